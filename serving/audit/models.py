"""Audit tables (SQLAlchemy 2 Core). Changes go through an Alembic migration in
``migrations/versions``; the service applies them at start-up.

Each row keeps the canonical JSON of its record (``record``) and the chain fields; the
other columns are copies for filtering, and ``audit verify`` checks that they agree with
the record, so editing a column is detected like editing the record.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

decisions = Table(
    "audit_decisions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("writer_id", String(100), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", DateTime(timezone=False), nullable=False),  # UTC
    Column("client", String(100), nullable=False),
    Column("request_id", String(128), nullable=True),
    Column("route", String(32), nullable=False),
    Column("category", String(32), nullable=True),
    Column("disqualifier_codes", String(200), nullable=False),  # ",weapon,medical," or ""
    Column("model_version", String(200), nullable=True),
    Column("rules_version", String(100), nullable=False),
    Column("policy_version", String(100), nullable=False),
    Column("degraded", Boolean, nullable=False),
    Column("caller", String(20), nullable=False),
    Column("district", String(200), nullable=True),
    Column("incident_id", String(200), nullable=True),
    Column("latency_ms", Float, nullable=False),
    Column("record", Text, nullable=False),
    UniqueConstraint("writer_id", "seq", name="uq_audit_decisions_writer_seq"),
    Index("ix_audit_decisions_received_at", "received_at"),
    Index("ix_audit_decisions_route", "route"),
    Index("ix_audit_decisions_category", "category"),
    Index("ix_audit_decisions_model_version", "model_version"),
    Index("ix_audit_decisions_client", "client"),
)

outcomes = Table(
    "audit_outcomes",
    metadata,
    Column("id", String(36), primary_key=True),
    # No foreign key on purpose: an outcome accepted while the database was unreachable
    # is spooled, and its decision may still sit in another replica's spool at replay.
    Column("decision_id", String(36), nullable=False),
    Column("writer_id", String(100), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", DateTime(timezone=False), nullable=False),
    Column("client", String(100), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("action", String(20), nullable=True),
    Column("record", Text, nullable=False),
    UniqueConstraint("writer_id", "seq", name="uq_audit_outcomes_writer_seq"),
    Index("ix_audit_outcomes_decision_id", "decision_id"),
)

writers = Table(
    "audit_writers",
    metadata,
    Column("writer_id", String(100), primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
)

# Every routing policy the service has served, by ``policy_version`` (written at start-up),
# so a decision can be replayed with the policy it was made with. ``policy_json`` is the
# canonical JSON the version hashes, so an edited row no longer matches its version.
policies = Table(
    "audit_policies",
    metadata,
    Column("policy_version", String(100), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("policy_json", Text, nullable=False),
    Column("source_text", Text, nullable=True),  # the TOML file as read, when there was one
    Column("first_seen_at", DateTime(timezone=False), nullable=False),
)

TABLES = {"decision": decisions, "outcome": outcomes}
