"""Fail-safe: a missing or corrupt model gives degraded, conservative answers (never a 5xx)
and /readyz false; a database outage under load loses nothing and stores nothing twice."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import time

import httpx
import pytest
from serving_helpers import call, running_app, server_env

from serving.audit.database import AuditDatabase
from serving.audit.verify import verify

pytestmark = pytest.mark.anyio

KNIFE = "caller says her brother has a knife and is threatening the neighbors"
CALM = "RP states neighbor playing loud music again, verbal only, no weapons"


async def _assert_degraded(client, keys):
    ready = await client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["ready"] is False
    assert ready.json()["checks"]["model"]["ok"] is False
    r = await client.post("/v1/triage", headers=keys.header("cad"), json=call(KNIFE))
    assert r.status_code == 200
    assert r.json()["degraded"] is True and r.json()["route"] == "standard_dispatch"
    assert r.json()["category"] is None and r.json()["model_version"] is None
    r = await client.post("/v1/triage", headers=keys.header("cad"), json=call(CALM))
    assert r.status_code == 200
    assert r.json()["degraded"] is True and r.json()["route"] == "call_taker_review"
    assert any("Model unavailable" in x for x in r.json()["reasons"])
    batch = await client.post("/v1/triage/batch", headers=keys.header("cad"),
                              json={"calls": [call(KNIFE), call(CALM)]})
    assert [x["route"] for x in batch.json()["results"]] == ["standard_dispatch",
                                                              "call_taker_review"]


async def test_missing_model(settings_factory, keys, tmp_path):
    async with running_app(settings_factory(model_dir=tmp_path / "nothing-here")) as (_, client):
        await _assert_degraded(client, keys)
        m = (await client.get("/v1/model", headers=keys.header("auditor"))).json()
        assert m["model_loaded"] is False and "no model artifact" in m["model_error"]


async def test_corrupt_model(settings_factory, keys, tmp_path, model_dir):
    bad = tmp_path / "corrupt"
    shutil.copytree(model_dir, bad)
    (bad / "model.joblib").write_bytes(b"\x00garbage" * 100)
    async with running_app(settings_factory(model_dir=bad)) as (_, client):
        await _assert_degraded(client, keys)
    meta = json.loads((model_dir / "metadata.json").read_text())
    meta["library_versions"]["scikit-learn"] = "0.1"
    shutil.rmtree(bad)
    shutil.copytree(model_dir, bad)
    (bad / "metadata.json").write_text(json.dumps(meta))
    async with running_app(settings_factory(model_dir=bad)) as (_, client):
        await _assert_degraded(client, keys)


async def test_model_failing_at_runtime(settings_factory, keys):
    async with running_app(settings_factory()) as (app, client):
        clf = app.state.engine.slot.model.classifier

        def broken(*a, **k):
            raise FloatingPointError("boom")

        clf.proba_doc = clf.scores_doc = broken  # the real model object, made to fail the way a bad one would
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call(KNIFE))
        assert r.status_code == 200 and r.json()["degraded"] is True
        assert r.json()["route"] == "standard_dispatch"
        assert (await client.get("/readyz")).status_code == 503


async def test_model_too_slow_is_benched_and_readyz_says_so(settings_factory, keys):
    """A model that turns slow (overload, a bad build) is taken out of the hot path: the
    CAD keeps getting fast, conservative, explained answers; /readyz and /v1/model say why."""
    settings = settings_factory(model_budget_ms=5, model_slow_streak=2, model_cooloff_s=60)
    async with running_app(settings) as (app, client):
        clf = app.state.engine.slot.model.classifier
        real = type(clf).scores_doc

        def slow(*a, **k):
            time.sleep(0.02)
            return real(clf, *a, **k)

        clf.scores_doc = slow  # the real model, made slow the way an overloaded one is
        assert (await client.get("/readyz")).status_code == 200  # one slow call: no streak
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call(CALM))
        assert r.status_code == 200 and r.json()["degraded"] is False  # the streak's 2nd
        ready = await client.get("/readyz")
        assert ready.status_code == 503
        assert "model too slow" in ready.json()["checks"]["model"]["detail"]
        for text, route in ((KNIFE, "standard_dispatch"), (CALM, "call_taker_review")):
            r = await client.post("/v1/triage", headers=keys.header("cad"), json=call(text))
            assert r.status_code == 200 and r.json()["degraded"] is True
            assert r.json()["route"] == route
            assert any("model too slow" in x for x in r.json()["reasons"])
        info = (await client.get("/v1/model", headers=keys.header("auditor"))).json()
        assert info["model_loaded"] is True and "model too slow" in info["model_benched"]


class SqliteLock:
    """Another process-like connection holding the database's write lock: the store's
    writes fail with 'database is locked' until it is released (a real outage)."""

    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA busy_timeout=5000")

    def __enter__(self):
        self.conn.execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc):
        self.conn.execute("ROLLBACK")
        self.conn.close()


async def test_database_outage_under_load_loses_nothing(tmp_path, model_dir, keys, servers):
    data = tmp_path / "data"
    server = servers(server_env(model_dir, data, keys, CALLTRIAGE_DB_BUSY_TIMEOUT_MS=50))
    server.wait_ready()
    returned: list[str] = []
    stop = asyncio.Event()

    async def load(worker: int) -> None:
        async with httpx.AsyncClient(base_url=server.url, headers=keys.header("cad"),
                                     timeout=30) as c:
            i = 0
            while not stop.is_set() or i < 30:
                r = await c.post("/v1/triage", json=call(f"noise complaint {worker}-{i}"))
                assert r.status_code == 200, r.text
                returned.append(r.json()["decision_id"])
                if r.json()["recorded"] == "spool" and i % 5 == 0:
                    o = await c.post(f"/v1/decisions/{r.json()['decision_id']}/outcome",
                                     json={"kind": "call_taker", "action": "accepted"})
                    assert o.status_code == 201, o.text
                i += 1

    spooled = []

    async def outage() -> None:
        await asyncio.sleep(0.5)
        with SqliteLock(data / "audit.db"):
            async with httpx.AsyncClient(base_url=server.url, timeout=10) as c:
                for _ in range(300):
                    m = (await c.get("/readyz")).json()["checks"]["audit"]
                    if m["database"] == "down" and m["spool_depth"] > 20:
                        spooled.append(m["spool_depth"])
                        break
                    await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        stop.set()

    await asyncio.gather(outage(), *(load(w) for w in range(8)))
    assert spooled, "the outage never reached the spool"
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as c:
        for _ in range(200):
            audit = (await c.get("/readyz")).json()["checks"]["audit"]
            if audit["spool_depth"] == 0 and audit["database"] == "up":
                break
            await asyncio.sleep(0.1)
        assert audit["spool_depth"] == 0, audit
        metrics = (await c.get("/metrics")).text
        assert "calltriage_audit_replayed_total" in metrics
    server.stop()
    conn = sqlite3.connect(data / "audit.db")
    stored = [r[0] for r in conn.execute("SELECT id FROM audit_decisions")]
    assert len(stored) == len(set(stored))
    assert sorted(stored) == sorted(returned)  # every returned id exactly once, nothing else
    db = AuditDatabase(f"sqlite:///{data / 'audit.db'}")
    report = verify(db)
    db.dispose()
    assert report.ok, report.problems
    assert report.orphan_outcomes == 0


async def test_spool_left_by_a_stopped_instance_is_replayed(settings_factory, keys, tmp_path):
    """The database is down when an instance stops: its spool stays on disk and the next
    instance replays it, in order, exactly once."""
    settings = settings_factory(db_busy_timeout_ms=20)
    async with running_app(settings) as (_, client):  # create the schema
        first = (await client.post("/v1/triage", headers=keys.header("cad"), json=call())).json()
    ids = [first["decision_id"]]
    with SqliteLock(settings.data_dir / "audit.db"):
        async with running_app(settings) as (app, client):
            for i in range(25):
                r = (await client.post("/v1/triage", headers=keys.header("cad"),
                                       json=call(f"noise {i}"))).json()
                assert r["recorded"] == "spool"
                ids.append(r["decision_id"])
    spools = list((settings.data_dir / "spool").glob("*.jsonl"))
    assert len(spools) == 1 and spools[0].stat().st_size > 0
    async with running_app(settings) as (app, client):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and spools[0].exists():
            await asyncio.sleep(0.05)  # the new writer replays orphaned spools at start
        assert not spools[0].exists()
    conn = sqlite3.connect(settings.data_dir / "audit.db")
    stored = [r[0] for r in conn.execute("SELECT id FROM audit_decisions")]
    assert sorted(stored) == sorted(ids)
    db = AuditDatabase(settings.effective_database_url)
    assert verify(db).ok
    db.dispose()
