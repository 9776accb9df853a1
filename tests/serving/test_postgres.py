"""The audit store on a real PostgreSQL (CALLTRIAGE_TEST_PG_DSN; skipped loudly without it):
one instance end to end, two instances on one database, and an outage under load (the
database port closed, then reopened) where every returned decision is stored exactly once."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from serving_helpers import call, free_port, running_app, server_env
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from serving.audit.database import AuditDatabase
from serving.audit.verify import verify

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]


def _verify(url: str, schema: str):
    db = AuditDatabase(url, schema=schema)
    try:
        return verify(db)
    finally:
        db.dispose()


def _stored_ids(dsn: str, schema: str) -> list[str]:
    eng = create_engine(dsn)
    with eng.connect() as conn:
        ids = [r[0] for r in conn.execute(text(f'SELECT id FROM "{schema}".audit_decisions'))]
    eng.dispose()
    return ids


async def test_postgres_end_to_end(pg_schema, settings_factory, keys):
    dsn, schema = pg_schema
    settings = settings_factory(database_url=dsn, db_schema=schema)
    async with running_app(settings) as (_, client):
        cad, aud = keys.header("cad"), keys.header("auditor")
        d = (await client.post("/v1/triage", headers=cad,
                               json=call("subject has a gun and is threatening"))).json()
        assert d["recorded"] == "store"
        b = await client.post("/v1/triage/batch", headers=cad, json={"calls": [call()] * 20})
        assert b.status_code == 200
        o = await client.post(f"/v1/decisions/{d['decision_id']}/outcome", headers=cad,
                              json={"kind": "call_taker", "action": "accepted"})
        assert o.status_code == 201
        got = (await client.get(f"/v1/decisions/{d['decision_id']}", headers=aud)).json()
        assert got["chain"]["record_hash_ok"] and len(got["outcomes"]) == 1
        listed = (await client.get("/v1/decisions?disqualifier=weapon", headers=aud)).json()
        assert [i["decision_id"] for i in listed["items"]] == [d["decision_id"]]
        assert (await client.get("/readyz")).status_code == 200
    report = _verify(dsn, schema)
    assert report.ok and report.decisions == 21 and report.outcomes == 1
    # tampering is detected on PostgreSQL too
    eng = create_engine(dsn)
    with eng.begin() as conn:
        conn.execute(text(f'UPDATE "{schema}".audit_decisions SET route=\'community_responder\' '
                          "WHERE id=:i"), {"i": d["decision_id"]})
    eng.dispose()
    p = _verify(dsn, schema).problems[0]
    assert p.kind == "edited" and p.record_id == d["decision_id"]


async def test_two_instances_one_postgres(pg_schema, tmp_path, model_dir, keys, servers):
    dsn, schema = pg_schema
    srv = [servers(server_env(model_dir, tmp_path / n, keys, CALLTRIAGE_DATABASE_URL=dsn,
                              CALLTRIAGE_DB_SCHEMA=schema, CALLTRIAGE_WRITER_ID=f"pg-{n}"), n)
           for n in ("a", "b")]
    for s in srv:
        s.wait_ready()
    returned: list[str] = []

    async def client_loop(url: str) -> None:
        async with httpx.AsyncClient(base_url=url, headers=keys.header("cad"), timeout=30) as c:
            for i in range(30):
                r = await c.post("/v1/triage", json=call(f"loud music {i}, verbal only"))
                assert r.status_code == 200
                returned.append(r.json()["decision_id"])

    await asyncio.gather(*(client_loop(s.url) for s in srv for _ in range(3)))
    for s in srv:
        s.stop()
    report = _verify(dsn, schema)
    assert report.ok, report.problems
    assert len(report.writers) == 2 and report.decisions == len(returned) == 180
    assert sorted(_stored_ids(dsn, schema)) == sorted(returned)


class TcpProxy:
    """A loopback TCP forwarder to PostgreSQL that can be taken down (port closed, live
    connections cut) and brought back on the same port: a real network outage."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self.server: asyncio.AbstractServer | None = None
        self.conns: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)

    async def _pipe(self, reader, writer) -> None:
        with contextlib.suppress(Exception):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        with contextlib.suppress(Exception):
            writer.close()

    async def _handle(self, reader, writer) -> None:
        try:
            ur, uw = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.conns |= {writer, uw}
        await asyncio.gather(self._pipe(reader, uw), self._pipe(ur, writer))
        self.conns -= {writer, uw}

    async def down(self) -> None:
        self.server.close()
        await self.server.wait_closed()
        for w in list(self.conns):
            with contextlib.suppress(Exception):
                w.transport.abort()
        self.conns.clear()

    async def up(self) -> None:
        await self.start()


async def test_postgres_outage_under_load(pg_schema, tmp_path, model_dir, keys, servers):
    dsn, schema = pg_schema
    url = make_url(dsn)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    server = servers(server_env(model_dir, tmp_path / "data", keys,
                                CALLTRIAGE_DATABASE_URL=proxied, CALLTRIAGE_DB_SCHEMA=schema,
                                CALLTRIAGE_DB_CONNECT_TIMEOUT_S=1))
    await asyncio.to_thread(server.wait_ready)
    returned: list[str] = []
    recorded: set[str] = set()
    stop = asyncio.Event()

    async def load(w: int) -> None:
        async with httpx.AsyncClient(base_url=server.url, headers=keys.header("cad"),
                                     timeout=30) as c:
            i = 0
            while not stop.is_set():
                r = await c.post("/v1/triage", json=call(f"noise complaint {w}-{i}"))
                assert r.status_code == 200, r.text
                returned.append(r.json()["decision_id"])
                recorded.add(r.json()["recorded"])
                i += 1
                await asyncio.sleep(0.005)

    async def outage() -> None:
        await asyncio.sleep(0.5)
        await proxy.down()
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as c:
            for _ in range(200):
                audit = (await c.get("/readyz")).json()["checks"]["audit"]
                if audit["database"] == "down" and audit["spool_depth"] > 20:
                    break
                await asyncio.sleep(0.05)
            assert audit["database"] == "down", audit
        await proxy.up()
        await asyncio.sleep(1.0)
        stop.set()

    await asyncio.gather(outage(), *(load(w) for w in range(6)))
    assert recorded == {"store", "spool"}
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as c:
        for _ in range(200):
            audit = (await c.get("/readyz")).json()["checks"]["audit"]
            if audit["spool_depth"] == 0 and audit["database"] == "up":
                break
            await asyncio.sleep(0.1)
    assert audit["spool_depth"] == 0, audit
    server.stop()
    await proxy.down()
    stored = _stored_ids(dsn, schema)
    assert len(stored) == len(set(stored))
    assert sorted(stored) == sorted(returned)
    report = _verify(dsn, schema)
    assert report.ok, report.problems
