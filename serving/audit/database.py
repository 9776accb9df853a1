"""Database access for the audit store: engines, migrations, and the auditor queries.

SQLite (the embedded default) runs in WAL mode with ``synchronous=FULL`` (a commit is on
disk when it returns) and ``BEGIN IMMEDIATE`` for writes, so several processes can share
one file. PostgreSQL is used through psycopg 3; ``db_schema`` puts every table in one
schema (created if missing). Migrations (Alembic, shipped in ``migrations/``) run at
start-up under a lock, so replicas starting together do not race.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import logging
import threading
from pathlib import Path

import orjson
from sqlalchemy import and_, create_engine, event, or_, select, text
from sqlalchemy.engine import Engine, make_url

from serving.audit.models import decisions, outcomes, writers

log = logging.getLogger("calltriage.serving.audit")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x63616C6C  # pg_advisory lock key ("call")


class AuditDatabase:
    def __init__(self, url: str, *, schema: str | None = None, connect_timeout_s: float = 3.0,
                 busy_timeout_ms: int = 2000) -> None:
        self.url = url
        self.schema = schema
        self.is_sqlite = url.startswith("sqlite")
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        if self.is_sqlite:
            db_path = make_url(url).database
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            self.sqlite_path = Path(db_path) if db_path else None
            self.writer = self._sqlite_engine(url, busy_timeout_ms, "BEGIN IMMEDIATE")
            self.reader = self._sqlite_engine(url, busy_timeout_ms, "BEGIN")
        else:
            self.sqlite_path = None
            options = "-c statement_timeout=3000"
            if schema:
                options += f" -c search_path={schema}"
            args = {"connect_timeout": max(1, int(round(connect_timeout_s))), "options": options,
                    "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
                    "keepalives_count": 3}
            self.writer = create_engine(url, connect_args=args, pool_pre_ping=True,
                                        pool_size=2, max_overflow=2)
            self.reader = create_engine(url, connect_args=args, pool_pre_ping=True,
                                        pool_size=4, max_overflow=4)

    @staticmethod
    def _sqlite_engine(url: str, busy_timeout_ms: int, begin: str) -> Engine:
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000.0,
                                                  "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql(begin)

        return engine

    # schema ---------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Apply migrations once (idempotent; raises when the database is unreachable)."""
        if self._schema_ready:
            return
        with self._schema_lock:
            if self._schema_ready:
                return
            self._upgrade()
            self._schema_ready = True

    def _upgrade(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        if self.is_sqlite:
            lock_path = Path(f"{self.sqlite_path}.migrate.lock") if self.sqlite_path else None
            fd = lock_path.open("a") if lock_path else None
            try:
                if fd:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                with self.writer.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
            finally:
                if fd:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    fd.close()
        else:
            with self.writer.begin() as conn:
                if self.schema:
                    conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    def ping(self) -> bool:
        try:
            with self.reader.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            return False

    def dispose(self) -> None:
        self.writer.dispose()
        self.reader.dispose()

    # reads ----------------------------------------------------------------------------
    def decision_exists(self, decision_id: str) -> bool:
        with self.reader.connect() as conn:
            return conn.execute(select(decisions.c.id).where(decisions.c.id == decision_id)
                                ).first() is not None

    def get_decision(self, decision_id: str) -> dict | None:
        from serving.audit.records import record_hash

        with self.reader.connect() as conn:
            row = conn.execute(select(decisions).where(decisions.c.id == decision_id)).first()
            if row is None:
                return None
            outs = conn.execute(select(outcomes).where(outcomes.c.decision_id == decision_id)
                                .order_by(outcomes.c.received_at, outcomes.c.id)).all()
        m = row._mapping
        return {
            "decision_id": m["id"],
            "record": orjson.loads(m["record"]),
            "chain": {"writer_id": m["writer_id"], "seq": m["seq"], "prev_hash": m["prev_hash"],
                      "hash": m["hash"],
                      "record_hash_ok": record_hash(m["record"].encode()) == m["hash"]},
            "outcomes": [
                {"outcome_id": o._mapping["id"], **orjson.loads(o._mapping["record"])["outcome"],
                 "received_at": orjson.loads(o._mapping["record"])["received_at"],
                 "client": o._mapping["client"]}
                for o in outs
            ],
        }

    def list_decisions(self, *, since: dt.datetime | None = None,
                       until: dt.datetime | None = None, route: str | None = None,
                       category: str | None = None, disqualifier: str | None = None,
                       model_version: str | None = None, client: str | None = None,
                       degraded: bool | None = None, limit: int = 50,
                       cursor: str | None = None) -> tuple[list[dict], str | None]:
        c = decisions.c
        conds = []
        if since is not None:
            conds.append(c.received_at >= _naive(since))
        if until is not None:
            conds.append(c.received_at < _naive(until))
        if route:
            conds.append(c.route == route)
        if category:
            conds.append(c.category == category)
        if disqualifier:
            conds.append(c.disqualifier_codes.like(f"%,{disqualifier},%"))
        if model_version:
            conds.append(c.model_version == model_version)
        if client:
            conds.append(c.client == client)
        if degraded is not None:
            conds.append(c.degraded == degraded)
        if cursor:
            ts, last_id = _decode_cursor(cursor)
            conds.append(or_(c.received_at < ts, and_(c.received_at == ts, c.id < last_id)))
        cols = [c.id, c.received_at, c.client, c.request_id, c.route, c.category,
                c.disqualifier_codes, c.model_version, c.rules_version, c.policy_version,
                c.degraded, c.caller, c.district, c.incident_id, c.latency_ms]
        q = (select(*cols).where(and_(*conds)) if conds else select(*cols))
        q = q.order_by(c.received_at.desc(), c.id.desc()).limit(limit + 1)
        with self.reader.connect() as conn:
            rows = conn.execute(q).all()
        items = [{
            "decision_id": r.id,
            "received_at": r.received_at.replace(tzinfo=dt.timezone.utc).isoformat(),
            "client": r.client, "request_id": r.request_id, "route": r.route,
            "category": r.category,
            "disqualifier_codes": [x for x in r.disqualifier_codes.split(",") if x],
            "model_version": r.model_version, "rules_version": r.rules_version,
            "policy_version": r.policy_version, "degraded": bool(r.degraded),
            "caller": r.caller, "district": r.district, "incident_id": r.incident_id,
            "latency_ms": r.latency_ms,
        } for r in rows[:limit]]
        next_cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            next_cursor = _encode_cursor(last.received_at, last.id)
        return items, next_cursor

    def writer_heads(self) -> list[dict]:
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(writers)).all()]


def _naive(ts: dt.datetime) -> dt.datetime:
    if ts.tzinfo is None:
        return ts
    return ts.astimezone(dt.timezone.utc).replace(tzinfo=None)


class BadCursor(ValueError):
    pass


def _encode_cursor(ts: dt.datetime, last_id: str) -> str:
    raw = f"{ts.isoformat()}|{last_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[dt.datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, last_id = raw.split("|", 1)
        return dt.datetime.fromisoformat(ts), last_id
    except (ValueError, UnicodeDecodeError):
        raise BadCursor("invalid cursor") from None
