"""The hash chain: ``audit verify`` passes on an honest store and names the first edited,
deleted or reordered record; two service instances writing to one database keep
verifiable chains."""

from __future__ import annotations

import asyncio
import sqlite3

import httpx
import pytest
from serving_helpers import call, running_app, server_env

from serving import cli
from serving.audit import records
from serving.audit.database import AuditDatabase
from serving.audit.verify import verify

pytestmark = pytest.mark.anyio


async def _fill(settings, keys, n=12) -> list[str]:
    ids = []
    async with running_app(settings) as (_, client):
        for i in range(n):
            r = await client.post("/v1/triage", headers=keys.header("cad"),
                                  json=call(f"neighbors arguing loudly, unit {i}, verbal only"))
            ids.append(r.json()["decision_id"])
            if i % 4 == 0:
                await client.post(f"/v1/decisions/{ids[-1]}/outcome", headers=keys.header("cad"),
                                  json={"kind": "call_taker", "action": "accepted"})
    return ids


def _db(settings) -> sqlite3.Connection:
    return sqlite3.connect(settings.data_dir / "audit.db", isolation_level=None)


def _verify(settings):
    db = AuditDatabase(settings.effective_database_url)
    try:
        return verify(db)
    finally:
        db.dispose()


def _seq_ids(conn) -> list[tuple[int, str]]:
    return conn.execute("SELECT seq, id FROM audit_decisions ORDER BY seq").fetchall()


async def test_honest_chain_verifies(settings_factory, keys, capsys):
    settings = settings_factory()
    ids = await _fill(settings, keys)
    report = _verify(settings)
    assert report.ok, report.problems
    assert report.decisions == len(ids) and report.outcomes == 3
    assert cli.main(["audit", "verify", "--database-url", settings.effective_database_url]) == 0
    assert "OK: 1 writer chain(s), 12 decisions, 3 outcomes" in capsys.readouterr().out


async def test_edited_record_is_named(settings_factory, keys, capsys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    seq, rid = _seq_ids(conn)[4]
    # an edit of the stored record text (e.g. the narrative) breaks its hash
    rec = conn.execute("SELECT record FROM audit_decisions WHERE id=?", (rid,)).fetchone()[0]
    conn.execute("UPDATE audit_decisions SET record=? WHERE id=?",
                 (rec.replace("verbal only", "verbal ONLY"), rid))
    report = _verify(settings)
    assert [(p.kind, p.record_id) for p in report.problems] == [("edited", rid)]
    code = cli.main(["audit", "verify", "--database-url", settings.effective_database_url])
    out = capsys.readouterr().out
    assert code == 1 and f"EDITED: record {rid}" in out


async def test_edited_filter_column_is_named(settings_factory, keys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    seq, rid = _seq_ids(conn)[2]
    conn.execute("UPDATE audit_decisions SET route='co_response', category='other' "
                 "WHERE id=?", (rid,))
    problems = _verify(settings).problems
    assert problems[0].kind == "edited" and problems[0].record_id == rid
    assert "route" in problems[0].message


async def test_forged_record_with_recomputed_hash_breaks_the_chain(settings_factory, keys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    rows = _seq_ids(conn)
    _, rid = rows[5]
    _, next_rid = rows[6]
    rec = records.parse_record(conn.execute("SELECT record FROM audit_decisions WHERE id=?",
                                            (rid,)).fetchone()[0])
    rec["request"]["narrative"] = "forged"
    raw = records.canonical(rec)
    conn.execute("UPDATE audit_decisions SET record=?, hash=? WHERE id=?",
                 (raw.decode(), records.record_hash(raw), rid))
    problems = _verify(settings).problems
    assert problems[0].kind == "chain_broken"
    assert problems[0].record_id == next_rid and rid in problems[0].message


async def test_deleted_record_is_named(settings_factory, keys, capsys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    rows = conn.execute("SELECT seq, id FROM (SELECT seq, id FROM audit_decisions UNION ALL "
                        "SELECT seq, id FROM audit_outcomes) ORDER BY seq").fetchall()
    (_, before), (gone_seq, gone), (_, after) = rows[6], rows[7], rows[8]
    conn.execute("DELETE FROM audit_decisions WHERE id=?", (gone,))
    conn.execute("DELETE FROM audit_outcomes WHERE id=?", (gone,))
    p = _verify(settings).problems[0]
    assert p.kind == "deleted" and p.record_id == after and before in p.message
    assert f"seq {gone_seq} missing" in p.message
    assert cli.main(["audit", "verify", "--database-url", settings.effective_database_url]) == 1
    assert "DELETED" in capsys.readouterr().out


async def test_deleted_tail_is_detected(settings_factory, keys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    last = conn.execute("SELECT id FROM audit_decisions ORDER BY seq DESC LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM audit_decisions WHERE id=?", (last,))
    p = _verify(settings).problems[0]
    assert p.kind == "tail_deleted"


async def test_reordered_records_are_named(settings_factory, keys):
    settings = settings_factory()
    await _fill(settings, keys)
    conn = _db(settings)
    rows = _seq_ids(conn)
    (s1, a), (s2, b) = rows[3], rows[5]
    conn.execute("UPDATE audit_decisions SET seq=-1 WHERE id=?", (a,))
    conn.execute("UPDATE audit_decisions SET seq=? WHERE id=?", (s1, b))
    conn.execute("UPDATE audit_decisions SET seq=? WHERE id=?", (s2, a))
    p = _verify(settings).problems[0]
    assert p.kind == "reordered" and p.record_id == b
    assert f"written as seq {s2}" in p.message


async def test_two_instances_one_database(tmp_path, model_dir, keys, servers):
    """Two service processes (as two replicas would) write to one SQLite file, each with
    its own chain; every returned decision is stored once and both chains verify."""
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    a = servers(server_env(model_dir, tmp_path / "a", keys, CALLTRIAGE_DATABASE_URL=db_url,
                           CALLTRIAGE_WRITER_ID="replica-a"), "a")
    b = servers(server_env(model_dir, tmp_path / "b", keys, CALLTRIAGE_DATABASE_URL=db_url,
                           CALLTRIAGE_WRITER_ID="replica-b"), "b")
    a.wait_ready()
    b.wait_ready()
    returned: list[str] = []

    async def client_loop(url: str, n: int) -> None:
        async with httpx.AsyncClient(base_url=url, headers=keys.header("cad"), timeout=30) as c:
            for i in range(n):
                r = await c.post("/v1/triage", json=call(f"loud music unit {i}, verbal only"))
                assert r.status_code == 200, r.text
                returned.append(r.json()["decision_id"])

    await asyncio.gather(*(client_loop(s.url, 30) for s in (a, b) for _ in range(3)))
    a.stop()
    b.stop()
    db = AuditDatabase(db_url)
    report = verify(db)
    db.dispose()
    assert report.ok, report.problems
    assert sorted(w.split("-")[1] for w in report.writers) == ["a", "b"]
    assert report.decisions == len(returned) == 180
    conn = sqlite3.connect(tmp_path / "shared.db")
    stored = [r[0] for r in conn.execute("SELECT id FROM audit_decisions")]
    assert sorted(stored) == sorted(returned)
