"""listing copy review: copy_drafts, copy_versions, copy_settings

Revision ID: 0015_listing_copy
Revises: 0001
Create Date: 2026-12-07 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0015_listing_copy"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("listing_copy",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_AT = tradewinds.store.base.UTCDateTime


def _tenant(table: str) -> list[Any]:
    return [
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f(f"fk_{table}_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
    ]  # fmt: skip


def _product(table: str) -> list[Any]:
    return [
        sa.Column("product_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f(f"fk_{table}_product_id_products"),
            ondelete="CASCADE",
        ),
    ]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "copy_drafts",
        sa.Column("id", _ID, nullable=False),
        *_product("copy_drafts"),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("copy", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("author", sa.String(length=320), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("created_at", _AT(), nullable=False),
        sa.Column("updated_at", _AT(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=320), nullable=False),
        sa.Column("reviewed_at", _AT(), nullable=True),
        sa.Column("published_at", _AT(), nullable=True),
        *_tenant("copy_drafts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_drafts")),
    )
    op.create_index(
        "ix_copy_drafts_product_language", "copy_drafts", ["tenant_id", "product_id", "language"]
    )
    op.create_index("ix_copy_drafts_tenant_status", "copy_drafts", ["tenant_id", "status"])
    op.create_index(op.f("ix_copy_drafts_product_id"), "copy_drafts", ["product_id"])
    op.create_index(op.f("ix_copy_drafts_tenant_id"), "copy_drafts", ["tenant_id"])

    op.create_table(
        "copy_versions",
        sa.Column("id", _ID, nullable=False),
        *_product("copy_versions"),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("copy", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("draft_id", _ID, nullable=True),
        sa.Column("reverted_from", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("aigc_label", sa.JSON(), nullable=True),
        sa.Column("published_by", sa.String(length=320), nullable=False),
        sa.Column("published_at", _AT(), nullable=False),
        *_tenant("copy_versions"),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["copy_drafts.id"], name=op.f("fk_copy_versions_draft_id_copy_drafts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_versions")),
        sa.UniqueConstraint(
            "tenant_id", "product_id", "language", "number",
            name=op.f("uq_copy_versions_tenant_id_product_id_language_number"),
        ),
    )  # fmt: skip
    op.create_index(
        "ix_copy_versions_current",
        "copy_versions",
        ["tenant_id", "product_id", "language", "current"],
    )
    op.create_index(op.f("ix_copy_versions_product_id"), "copy_versions", ["product_id"])
    op.create_index(op.f("ix_copy_versions_tenant_id"), "copy_versions", ["tenant_id"])

    op.create_table(
        "copy_settings",
        sa.Column("id", _ID, nullable=False),
        sa.Column("blocking", sa.JSON(), nullable=True),
        sa.Column("storefront_label", sa.Boolean(), nullable=False),
        sa.Column("updated_at", _AT(), nullable=False),
        *_tenant("copy_settings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_settings")),
        sa.UniqueConstraint("tenant_id", name=op.f("uq_copy_settings_tenant_id")),
    )
    op.create_index(op.f("ix_copy_settings_tenant_id"), "copy_settings", ["tenant_id"])


def downgrade() -> None:
    op.drop_table("copy_settings")
    op.drop_table("copy_versions")
    op.drop_table("copy_drafts")
