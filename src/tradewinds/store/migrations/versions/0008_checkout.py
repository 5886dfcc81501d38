"""checkout: shoppers' carts and the receipts of placed orders

Revision ID: 0008_checkout
Revises: 0001
Create Date: 2026-12-07 04:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0008_checkout"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("checkout",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"],
        ["tenants.id"],
        name=op.f(f"fk_{table}_tenant_id_tenants"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "carts",
        sa.Column("id", _ID, nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("carts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carts")),
        sa.UniqueConstraint("tenant_id", "token", name=op.f("uq_carts_tenant_id_token")),
    )
    with op.batch_alter_table("carts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_carts_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "cart_lines",
        sa.Column("id", _ID, nullable=False),
        sa.Column("cart_id", _ID, nullable=False),
        sa.Column("variant_id", _ID, nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_cart_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["cart_id"], ["carts.id"], name=op.f("fk_cart_lines_cart_id_carts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["variant_id"],
            ["variants.id"],
            name=op.f("fk_cart_lines_variant_id_variants"),
            ondelete="CASCADE",
        ),
        _tenant_fk("cart_lines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cart_lines")),
        sa.UniqueConstraint("cart_id", "variant_id", name=op.f("uq_cart_lines_cart_id_variant_id")),
    )
    with op.batch_alter_table("cart_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cart_lines_cart_id"), ["cart_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cart_lines_tenant_id"), ["tenant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cart_lines_variant_id"), ["variant_id"], unique=False)

    op.create_table(
        "checkout_receipts",
        sa.Column("id", _ID, nullable=False),
        sa.Column("idempotency_key", sa.String(length=128), nullable=False),
        sa.Column("cart_token", sa.String(length=64), nullable=False),
        sa.Column("order_id", _ID, nullable=False),
        sa.Column("view_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_checkout_receipts_order_id_orders"),
            ondelete="CASCADE",
        ),
        _tenant_fk("checkout_receipts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout_receipts")),
        sa.UniqueConstraint(
            "tenant_id",
            "idempotency_key",
            name=op.f("uq_checkout_receipts_tenant_id_idempotency_key"),
        ),
        sa.UniqueConstraint(
            "tenant_id", "order_id", name=op.f("uq_checkout_receipts_tenant_id_order_id")
        ),
    )
    with op.batch_alter_table("checkout_receipts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkout_receipts_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("checkout_receipts")
    op.drop_table("cart_lines")
    op.drop_table("carts")
