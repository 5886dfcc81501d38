"""media: outcomes of fetching remote product images into the media store

Revision ID: 0009_media
Revises: 0001
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0009_media"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("media",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "remote_images",
        sa.Column("id", _ID, nullable=False),
        sa.Column("url_sha256", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "stored",
                "failed",
                name="remoteimagestatus",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("key", sa.String(length=300), nullable=True),
        sa.Column("content_type", sa.String(length=50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_remote_images_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remote_images")),
        sa.UniqueConstraint(
            "tenant_id", "url_sha256", name=op.f("uq_remote_images_tenant_id_url_sha256")
        ),
    )
    with op.batch_alter_table("remote_images", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_remote_images_tenant_id"), ["tenant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("remote_images", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_remote_images_tenant_id"))
    op.drop_table("remote_images")
