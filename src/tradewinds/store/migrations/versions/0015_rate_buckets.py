"""rate_buckets: requests and tokens per minute per API key, shared by every server process

Revision ID: 0015_rate_buckets
Revises: 0001
Create Date: 2026-12-07 20:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_rate_buckets"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("rate_limits",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rate_buckets",
        sa.Column("key_id", _ID, autoincrement=False, nullable=False),
        sa.Column("requests", sa.Double(), nullable=False),
        sa.Column("tokens", sa.Double(), nullable=False),
        sa.Column("stamp", sa.Double(), nullable=False),
        sa.Column("admitted", sa.Boolean(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_rate_buckets_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_rate_buckets")),
    )
    op.create_index(op.f("ix_rate_buckets_tenant_id"), "rate_buckets", ["tenant_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_rate_buckets_tenant_id"), table_name="rate_buckets")
    op.drop_table("rate_buckets")
