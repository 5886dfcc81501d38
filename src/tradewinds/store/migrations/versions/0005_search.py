"""search: search log, clicks, synonyms, merchandising rules

Revision ID: 0005_search
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

import tradewinds.store.base

revision: str = "0005_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("search",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_UTC = tradewinds.store.base.UTCDateTime


def _tenant(table: str) -> list[SchemaItem]:
    return [
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f(f"fk_{table}_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "search_log",
        sa.Column("id", _ID, nullable=False),
        sa.Column("at", _UTC(), nullable=False),
        sa.Column("query", sa.String(length=500), nullable=False),
        sa.Column("normalised", sa.String(length=500), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("result_count", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        *_tenant("search_log"),
    )
    op.create_index("ix_search_log_tenant_at", "search_log", ["tenant_id", "at"])
    op.create_index(op.f("ix_search_log_tenant_id"), "search_log", ["tenant_id"])

    op.create_table(
        "search_clicks",
        sa.Column("id", _ID, nullable=False),
        sa.Column("search_id", _ID, nullable=False),
        sa.Column("product_id", _ID, nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["search_id"],
            ["search_log.id"],
            name=op.f("fk_search_clicks_search_id_search_log"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_search_clicks_product_id_products"),
            ondelete="SET NULL",
        ),
        *_tenant("search_clicks"),
    )
    op.create_index(op.f("ix_search_clicks_search_id"), "search_clicks", ["search_id"])
    op.create_index(op.f("ix_search_clicks_tenant_id"), "search_clicks", ["tenant_id"])

    op.create_table(
        "search_synonyms",
        sa.Column("id", _ID, nullable=False),
        sa.Column("rule", sa.String(length=5000), nullable=False),
        *_tenant("search_synonyms"),
    )
    op.create_index(op.f("ix_search_synonyms_tenant_id"), "search_synonyms", ["tenant_id"])

    op.create_table(
        "merchandising_rules",
        sa.Column("id", _ID, nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "pin",
                "hide",
                "boost",
                "bury",
                name="ruleaction",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("product_id", _ID, nullable=True),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("value", sa.String(length=500), nullable=True),
        sa.Column("query", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("starts_at", _UTC(), nullable=True),
        sa.Column("ends_at", _UTC(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_merchandising_rules_product_id_products"),
            ondelete="CASCADE",
        ),
        *_tenant("merchandising_rules"),
    )
    op.create_index(op.f("ix_merchandising_rules_tenant_id"), "merchandising_rules", ["tenant_id"])


def downgrade() -> None:
    op.drop_table("merchandising_rules")
    op.drop_table("search_synonyms")
    op.drop_table("search_clicks")
    op.drop_table("search_log")
