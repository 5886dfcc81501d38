"""accounts: storefront sign-up (password, cart of the account), addresses, sessions,
orders placed while signed in

Revision ID: 0009_accounts
Revises: 0008_checkout
Create Date: 2026-12-07 05:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0009_accounts"
down_revision: str | None = "0008_checkout"
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


def _customer_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["customer_id"],
        ["customers.id"],
        name=op.f(f"fk_{table}_customer_id_customers"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    # Plain nullable columns: SQLite adds them without rebuilding the table.
    op.add_column("customers", sa.Column("password_hash", sa.String(length=255), nullable=True))
    op.add_column(
        "customers",
        sa.Column("signed_up_at", tradewinds.store.base.UTCDateTime(), nullable=True),
    )
    op.add_column("customers", sa.Column("cart_token", sa.String(length=64), nullable=True))

    op.create_table(
        "customer_addresses",
        sa.Column("id", _ID, nullable=False),
        sa.Column("customer_id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=500), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _customer_fk("customer_addresses"),
        _tenant_fk("customer_addresses"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_addresses")),
    )
    with op.batch_alter_table("customer_addresses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_addresses_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_addresses_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "account_sessions",
        sa.Column("id", _ID, nullable=False),
        sa.Column("customer_id", _ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _customer_fk("account_sessions"),
        _tenant_fk("account_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_sessions")),
        sa.UniqueConstraint(
            "tenant_id", "token_hash", name=op.f("uq_account_sessions_tenant_id_token_hash")
        ),
    )
    with op.batch_alter_table("account_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_sessions_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_account_sessions_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "account_orders",
        sa.Column("id", _ID, nullable=False),
        sa.Column("customer_id", _ID, nullable=False),
        sa.Column("order_id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _customer_fk("account_orders"),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_account_orders_order_id_orders"),
            ondelete="CASCADE",
        ),
        _tenant_fk("account_orders"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_orders")),
        sa.UniqueConstraint(
            "tenant_id", "order_id", name=op.f("uq_account_orders_tenant_id_order_id")
        ),
    )
    with op.batch_alter_table("account_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_orders_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_account_orders_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("account_orders")
    op.drop_table("account_sessions")
    op.drop_table("customer_addresses")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("cart_token")
        batch_op.drop_column("signed_up_at")
        batch_op.drop_column("password_hash")
