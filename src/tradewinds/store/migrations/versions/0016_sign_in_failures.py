"""sign_in_failures: failed sign-ins shared by every server process (the sign-in throttle)

Revision ID: 0016_sign_in_failures
Revises: 0001
Create Date: 2026-12-07 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_sign_in_failures"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("sign_in",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("id", _ID, nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("key_sha256", sa.String(length=64), nullable=False),
        sa.Column("failed_at", sa.Double(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_sign_in_failures_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
    )
    op.create_index(
        op.f("ix_sign_in_failures_tenant_id"), "sign_in_failures", ["tenant_id"], unique=False
    )
    op.create_index(
        "ix_sign_in_failures_key",
        "sign_in_failures",
        ["tenant_id", "scope", "key_sha256", "failed_at"],
        unique=False,
    )
    op.create_index(
        "ix_sign_in_failures_age", "sign_in_failures", ["tenant_id", "failed_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_sign_in_failures_age", table_name="sign_in_failures")
    op.drop_index("ix_sign_in_failures_key", table_name="sign_in_failures")
    op.drop_index(op.f("ix_sign_in_failures_tenant_id"), table_name="sign_in_failures")
    op.drop_table("sign_in_failures")
