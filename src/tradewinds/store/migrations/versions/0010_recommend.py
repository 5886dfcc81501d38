"""recommend: impressions and clicks of recommendation slots, per experiment variant

Revision ID: 0010_recommend
Revises: 0001
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0010_recommend"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("recommend",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "recommendation_events",
        sa.Column("id", _ID, nullable=False),
        sa.Column("at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slot", sa.String(length=32), nullable=False),
        sa.Column("experiment", sa.String(length=64), nullable=False),
        sa.Column("variant", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("customer_id", _ID, nullable=True),
        sa.Column("session_id", sa.String(length=64), nullable=True),
        sa.Column("product_id", _ID, nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_recommendation_events_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_recommendation_events_product_id_products"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_recommendation_events_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_events")),
    )
    with op.batch_alter_table("recommendation_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_recommendation_events_tenant_slot_at", ["tenant_id", "slot", "at"], unique=False
        )
        batch_op.create_index(
            "ix_recommendation_events_tenant_request", ["tenant_id", "request_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_events_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("recommendation_events")
