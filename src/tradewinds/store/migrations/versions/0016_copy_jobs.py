"""copy_jobs: what each bulk listing-copy job did per product and language

Revision ID: 0016_copy_jobs
Revises: 0015_jobs, 0015_listing_copy
Create Date: 2026-12-07 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0016_copy_jobs"
# Its rows point at jobs and at copy drafts, so it joins those two branches (a
# ``depends_on`` off 0001 trips Alembic's head bookkeeping: KeyError '0001').
down_revision: str | Sequence[str] | None = ("0015_jobs", "0015_listing_copy")
branch_labels: str | Sequence[str] | None = ("copy_jobs",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _fk(column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_copy_job_items_{column}_{target}"),
        ondelete=ondelete,
    )  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "copy_job_items",
        sa.Column("id", _ID, nullable=False),
        sa.Column("job_id", _ID, nullable=False),
        sa.Column("product_id", _ID, nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("draft_id", _ID, nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _fk("job_id", "jobs", "CASCADE"),
        _fk("product_id", "products", "CASCADE"),
        _fk("draft_id", "copy_drafts", "SET NULL"),
        _fk("tenant_id", "tenants", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_job_items")),
        sa.UniqueConstraint(
            "tenant_id", "job_id", "product_id", "language", name="uq_copy_job_items"
        ),
    )
    for column in ("job_id", "product_id", "tenant_id"):
        op.create_index(op.f(f"ix_copy_job_items_{column}"), "copy_job_items", [column])


def downgrade() -> None:
    op.drop_table("copy_job_items")
