"""Audit store: decisions, outcomes (beside, never over, the decision) and writer heads.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_decisions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("writer_id", sa.String(100), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("client", sa.String(100), nullable=False),
        sa.Column("request_id", sa.String(128), nullable=True),
        sa.Column("route", sa.String(32), nullable=False),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("disqualifier_codes", sa.String(200), nullable=False),
        sa.Column("model_version", sa.String(200), nullable=True),
        sa.Column("rules_version", sa.String(100), nullable=False),
        sa.Column("policy_version", sa.String(100), nullable=False),
        sa.Column("degraded", sa.Boolean, nullable=False),
        sa.Column("caller", sa.String(20), nullable=False),
        sa.Column("district", sa.String(200), nullable=True),
        sa.Column("incident_id", sa.String(200), nullable=True),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.UniqueConstraint("writer_id", "seq", name="uq_audit_decisions_writer_seq"),
    )
    for col in ("received_at", "route", "category", "model_version", "client"):
        op.create_index(f"ix_audit_decisions_{col}", "audit_decisions", [col])
    op.create_table(
        "audit_outcomes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("writer_id", sa.String(100), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("client", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("action", sa.String(20), nullable=True),
        sa.Column("record", sa.Text, nullable=False),
        sa.UniqueConstraint("writer_id", "seq", name="uq_audit_outcomes_writer_seq"),
    )
    op.create_index("ix_audit_outcomes_decision_id", "audit_outcomes", ["decision_id"])
    op.create_table(
        "audit_writers",
        sa.Column("writer_id", sa.String(100), primary_key=True),
        sa.Column("last_seq", sa.BigInteger, nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=False), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_writers")
    op.drop_index("ix_audit_outcomes_decision_id", "audit_outcomes")
    op.drop_table("audit_outcomes")
    for col in ("received_at", "route", "category", "model_version", "client"):
        op.drop_index(f"ix_audit_decisions_{col}", "audit_decisions")
    op.drop_table("audit_decisions")
