"""The durable, tamper-evident audit store: database + local spool + group-commit writer.

``AuditStore.open(settings, metrics)`` creates the database engines, applies migrations
(or, when the database is unreachable at start-up, starts in spool mode and migrates on the
first successful replay), claims a spool file and starts the writer thread.
"""

from __future__ import annotations

import logging

from serving.audit.database import AuditDatabase
from serving.audit.records import iso, uuid7
from serving.audit.spool import Spool
from serving.audit.writer import AuditUnavailable, AuditWriter

log = logging.getLogger("calltriage.serving.audit")

__all__ = ["AuditStore", "AuditUnavailable", "decision_payload", "outcome_payload", "uuid7"]


class AuditStore:
    def __init__(self, db: AuditDatabase, writer: AuditWriter) -> None:
        self.db = db
        self.writer = writer

    @classmethod
    def open(cls, settings, metrics=None, writer_id: str | None = None) -> AuditStore:
        db = AuditDatabase(settings.effective_database_url, schema=settings.db_schema,
                           connect_timeout_s=settings.db_connect_timeout_s,
                           busy_timeout_ms=settings.db_busy_timeout_ms)
        try:
            db.ensure_schema()
        except Exception as exc:  # noqa: BLE001 - start anyway; records go to the spool
            log.error("audit database unreachable at start-up (%s): decisions will be spooled "
                      "locally until it is back", type(exc).__name__)
        wid = writer_id or settings.effective_writer_id()
        spool = Spool(settings.spool_dir, wid)
        writer = AuditWriter(db, spool, wid, metrics,
                             commit_interval_s=settings.audit_commit_interval_ms / 1000.0,
                             max_batch=settings.audit_max_batch,
                             replay_interval_s=settings.audit_replay_interval_s)
        writer.start()
        log.info("audit store: %s (writer %s)", _redact(db.url), wid)
        return cls(db, writer)

    def close(self) -> None:
        self.writer.stop()
        self.db.dispose()

    def status(self) -> dict:
        return self.writer.status()

    @property
    def writable(self) -> bool:
        w = self.writer
        return w.alive and not (w.last_error or "").startswith("spool")


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<database url>"


def decision_payload(*, decision_id: str, received_at, client: str, request_id: str, call,
                     decision, decision_dict: dict, latency_ms: float,
                     batch: dict | None = None) -> dict:
    """Everything about one decision, as stored (chain fields are added by the writer)."""
    rec = dict(decision_dict)
    rec["disqualifiers"] = [f.to_dict() for f in decision.disqualifiers]
    rec["cleared"] = [c.to_dict() for c in decision.cleared]
    return {
        "type": "decision",
        "id": decision_id,
        "received_at": iso(received_at),
        "client": client,
        "request_id": request_id,
        "request": {
            "id": call.id,
            "narrative": call.narrative,
            "caller": call.caller,
            "call_type": call.call_type,
            "caller_requests_police": call.caller_requests_police,
            "incident_id": call.incident_id,
            "district": call.district,
            "received_at": iso(call.received_at) if call.received_at else None,
        },
        "decision": rec,
        "latency_ms": round(latency_ms, 3),
        "batch": batch,
    }


def outcome_payload(*, outcome_id: str, decision_id: str, received_at, client: str,
                    request_id: str, outcome) -> dict:
    body = outcome.model_dump(mode="json")
    return {
        "type": "outcome",
        "id": outcome_id,
        "decision_id": decision_id,
        "received_at": iso(received_at),
        "client": client,
        "request_id": request_id,
        "outcome": body,
    }
