"""orders: fulfilments, refunds and who changed an order's status (console orders)

Revision ID: 0014_order_fulfilment
Revises: 0001
Create Date: 2026-12-09 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0014_order_fulfilment"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"],
        ["tenants.id"],
        name=op.f(f"fk_{table}_tenant_id_tenants"),
        ondelete="CASCADE",
    )


def _order_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["order_id"],
        ["orders.id"],
        name=op.f(f"fk_{table}_order_id_orders"),
        ondelete="CASCADE",
    )


def _indexes(table: str, *columns: str) -> None:
    for column in (*columns, "tenant_id"):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.add_column(
        "order_status_changes",
        sa.Column("actor_email", sa.String(length=320), server_default="", nullable=False),
    )
    op.create_table(
        "order_fulfilments",
        sa.Column("id", _ID, nullable=False),
        sa.Column("order_id", _ID, nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("tracking_number", sa.String(length=100), nullable=False),
        sa.Column("actor_email", sa.String(length=320), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _order_fk("order_fulfilments"),
        _tenant_fk("order_fulfilments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_fulfilments")),
    )
    _indexes("order_fulfilments", "order_id")
    op.create_table(
        "order_refunds",
        sa.Column("id", _ID, nullable=False),
        sa.Column("order_id", _ID, nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("actor_email", sa.String(length=320), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.CheckConstraint("amount_minor >= 0", name=op.f("ck_order_refunds_amount_not_negative")),
        _order_fk("order_refunds"),
        _tenant_fk("order_refunds"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_refunds")),
    )
    _indexes("order_refunds", "order_id")
    op.create_table(
        "order_refund_lines",
        sa.Column("id", _ID, nullable=False),
        sa.Column("refund_id", _ID, nullable=False),
        sa.Column("order_line_id", _ID, nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("restocked", sa.Boolean(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_refund_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["order_refunds.id"],
            name=op.f("fk_order_refund_lines_refund_id_order_refunds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_line_id"],
            ["order_lines.id"],
            name=op.f("fk_order_refund_lines_order_line_id_order_lines"),
            ondelete="CASCADE",
        ),
        _tenant_fk("order_refund_lines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_refund_lines")),
    )
    _indexes("order_refund_lines", "refund_id", "order_line_id")


def downgrade() -> None:
    op.drop_table("order_refund_lines")
    op.drop_table("order_refunds")
    op.drop_table("order_fulfilments")
    with op.batch_alter_table("order_status_changes") as batch:
        batch.drop_column("actor_email")
