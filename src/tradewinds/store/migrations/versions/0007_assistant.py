"""assistant: conversation sessions and their messages

Revision ID: 0007_assistant
Revises: 0001
Create Date: 2026-11-24 02:35:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0007_assistant"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("assistant",)
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
        "assistant_sessions",
        sa.Column("id", _ID, nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("customer_id", _ID, nullable=True),
        sa.Column("state_json", sa.Text(), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_assistant_sessions_customer_id_customers"),
            ondelete="SET NULL",
        ),
        _tenant_fk("assistant_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_sessions")),
        sa.UniqueConstraint(
            "tenant_id", "token", name=op.f("uq_assistant_sessions_tenant_id_token")
        ),
    )
    with op.batch_alter_table("assistant_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assistant_sessions_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "assistant_messages",
        sa.Column("id", _ID, nullable=False),
        sa.Column("session_id", _ID, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["assistant_sessions.id"],
            name=op.f("fk_assistant_messages_session_id_assistant_sessions"),
            ondelete="CASCADE",
        ),
        _tenant_fk("assistant_messages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_messages")),
    )
    with op.batch_alter_table("assistant_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assistant_messages_session_id", ["session_id", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assistant_messages_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("assistant_messages")
    op.drop_table("assistant_sessions")
