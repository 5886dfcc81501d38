"""staff: console staff accounts, their sessions, and the console's change history

Revision ID: 0013_staff
Revises: 0001
Create Date: 2026-12-07 13:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0013_staff"
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


def upgrade() -> None:
    op.create_table(
        "staff_members",
        sa.Column("id", _ID, nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("staff_members"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("tenant_id", "email", name=op.f("uq_staff_members_tenant_id_email")),
    )
    op.create_index(
        op.f("ix_staff_members_tenant_id"), "staff_members", ["tenant_id"], unique=False
    )

    op.create_table(
        "staff_sessions",
        sa.Column("id", _ID, nullable=False),
        sa.Column("staff_id", _ID, nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("expires_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_members.id"],
            name=op.f("fk_staff_sessions_staff_id_staff_members"),
            ondelete="CASCADE",
        ),
        _tenant_fk("staff_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint(
            "tenant_id", "token_hash", name=op.f("uq_staff_sessions_tenant_id_token_hash")
        ),
    )
    op.create_index(
        op.f("ix_staff_sessions_staff_id"), "staff_sessions", ["staff_id"], unique=False
    )
    op.create_index(
        op.f("ix_staff_sessions_tenant_id"), "staff_sessions", ["tenant_id"], unique=False
    )

    op.create_table(
        "console_changes",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("actor_id", _ID, nullable=True),
        sa.Column("actor_email", sa.String(length=320), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("console_changes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_changes")),
    )
    op.create_index(
        "ix_console_changes_tenant_created",
        "console_changes",
        ["tenant_id", "created_at"],
        unique=False,
    )
    op.create_index(
        "ix_console_changes_subject",
        "console_changes",
        ["tenant_id", "subject_type", "subject_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_console_changes_tenant_id"), "console_changes", ["tenant_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("console_changes")
    op.drop_table("staff_sessions")
    op.drop_table("staff_members")
