"""Routing policies by version, for replaying a decision with the policy it was made with.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_policies",
        sa.Column("policy_version", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("policy_json", sa.Text, nullable=False),
        sa.Column("source_text", sa.Text, nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=False), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_policies")
