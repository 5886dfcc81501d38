"""gateway: API keys, tenant budgets, token ledger, usage records

Revision ID: 0003_gateway
Revises: 0001
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0003_gateway"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("gateway",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"], ["tenants.id"], name=f"fk_{table}_tenant_id_tenants", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("rpm", sa.Integer(), nullable=True),
        sa.Column("tpm", sa.BigInteger(), nullable=True),
        sa.Column("monthly_tokens", sa.BigInteger(), nullable=True),
        sa.Column("models", sa.JSON(), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", tradewinds.store.base.UTCDateTime(), nullable=True),
        sa.Column("revoked_at", tradewinds.store.base.UTCDateTime(), nullable=True),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("api_keys"),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("secret_hash", name="uq_api_keys_secret_hash"),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"])
    op.create_index("ix_api_keys_tenant_id", "api_keys", ["tenant_id"])

    op.create_table(
        "tenant_budgets",
        sa.Column("id", _ID, nullable=False),
        sa.Column("monthly_tokens", sa.BigInteger(), nullable=True),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("tenant_budgets"),
        sa.PrimaryKeyConstraint("id", name="pk_tenant_budgets"),
        sa.UniqueConstraint("tenant_id", name="uq_tenant_budgets_tenant_id"),
    )
    op.create_index("ix_tenant_budgets_tenant_id", "tenant_budgets", ["tenant_id"])

    op.create_table(
        "token_ledger",
        sa.Column("id", _ID, nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("used_tokens", sa.BigInteger(), nullable=False),
        sa.Column("reserved_tokens", sa.BigInteger(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("token_ledger"),
        sa.PrimaryKeyConstraint("id", name="pk_token_ledger"),
        sa.UniqueConstraint(
            "tenant_id", "scope", "period", name="uq_token_ledger_tenant_id_scope_period"
        ),
    )
    op.create_index("ix_token_ledger_tenant_id", "token_ledger", ["tenant_id"])

    op.create_table(
        "usage_records",
        sa.Column("id", _ID, nullable=False),
        sa.Column("key_id", _ID, nullable=True),
        sa.Column("feature", sa.String(length=32), nullable=False),
        sa.Column("endpoint", sa.String(length=32), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("backend", sa.String(length=64), nullable=False),
        sa.Column("prompt_tokens", sa.BigInteger(), nullable=False),
        sa.Column("completion_tokens", sa.BigInteger(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["key_id"],
            ["api_keys.id"],
            name="fk_usage_records_key_id_api_keys",
            ondelete="SET NULL",
        ),
        _tenant_fk("usage_records"),
        sa.PrimaryKeyConstraint("id", name="pk_usage_records"),
    )
    op.create_index("ix_usage_records_key_id", "usage_records", ["key_id"])
    op.create_index("ix_usage_records_tenant_id", "usage_records", ["tenant_id"])
    op.create_index("ix_usage_records_tenant_created", "usage_records", ["tenant_id", "created_at"])


def downgrade() -> None:
    op.drop_table("usage_records")
    op.drop_table("token_ledger")
    op.drop_table("tenant_budgets")
    op.drop_table("api_keys")
