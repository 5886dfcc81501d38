"""marketing: customer segments, campaigns and their SMTP deliveries

Revision ID: 0015_marketing
Revises: 0001
Create Date: 2026-12-07 20:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0015_marketing"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("marketing",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"],
        ["tenants.id"],
        name=op.f(f"fk_{table}_tenant_id_tenants"),
        ondelete="CASCADE",
    )


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="CASCADE",
    )


def _indexes(table: str, *columns: str) -> None:
    for column in (*columns, "tenant_id"):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "customer_segments",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("customer_segments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_segments")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_customer_segments_tenant_id_name")),
    )
    _indexes("customer_segments")
    op.create_table(
        "campaigns",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("segment_id", _ID, nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("shares", sa.JSON(), nullable=False),
        sa.Column("picks", sa.JSON(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("written_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _fk("campaigns", "segment_id", "customer_segments"),
        _tenant_fk("campaigns"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_campaigns_tenant_id_name")),
    )
    _indexes("campaigns", "segment_id")
    op.create_table(
        "campaign_deliveries",
        sa.Column("id", _ID, nullable=False),
        sa.Column("campaign_id", _ID, nullable=False),
        sa.Column("customer_id", _ID, nullable=False),
        sa.Column("variant", sa.String(length=32), nullable=False),
        sa.Column("sent_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _fk("campaign_deliveries", "campaign_id", "campaigns"),
        _fk("campaign_deliveries", "customer_id", "customers"),
        _tenant_fk("campaign_deliveries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_deliveries")),
        sa.UniqueConstraint(
            "campaign_id",
            "customer_id",
            name=op.f("uq_campaign_deliveries_campaign_id_customer_id"),
        ),
    )
    _indexes("campaign_deliveries", "campaign_id", "customer_id")


def downgrade() -> None:
    op.drop_table("campaign_deliveries")
    op.drop_table("campaigns")
    op.drop_table("customer_segments")
