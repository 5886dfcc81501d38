"""jobs: the background job queue shared by every worker (forecast runs first)

Revision ID: 0015_jobs
Revises: 0001
Create Date: 2026-12-07 20:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0015_jobs"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("jobs",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("lease_owner", sa.String(length=200), nullable=True),
        sa.Column("lease_expires_at", tradewinds.store.base.UTCDateTime(), nullable=True),
        sa.Column("cancel_requested", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("progress", sa.String(length=200), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("started_at", tradewinds.store.base.UTCDateTime(), nullable=True),
        sa.Column("finished_at", tradewinds.store.base.UTCDateTime(), nullable=True),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_jobs_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("tenant_id", "kind", "idempotency_key", name="uq_jobs_idempotency"),
    )
    op.create_index("ix_jobs_claim", "jobs", ["status", "run_after"], unique=False)
    op.create_index("ix_jobs_tenant_created", "jobs", ["tenant_id", "created_at"], unique=False)
    op.create_index(op.f("ix_jobs_tenant_id"), "jobs", ["tenant_id"], unique=False)
    # Forecast runs left queued or running by the in-process queue this replaces have no
    # job to finish them: fail them with a reason rather than leave them "running" forever.
    if "forecast_runs" in sa.inspect(op.get_bind()).get_table_names():
        op.execute(
            sa.text(
                "UPDATE forecast_runs SET status = 'failed', progress = '', error = "
                "'interrupted by the upgrade to the job queue; start a new run' "
                "WHERE status IN ('queued', 'running')"
            )
        )


def downgrade() -> None:
    op.drop_table("jobs")
