"""forecast: run status, error, progress, owner and grouping (background runs, SKU x depot)

Revision ID: 0006a_forecast_run_status
Revises: 0006_forecast
Create Date: 2026-11-25 10:00:00

Only ``ADD COLUMN`` and ``CREATE INDEX``: on SQLite a table rebuild would run with foreign
keys on and cascade-delete the runs' points. Existing runs were complete: status ``done``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0006a_forecast_run_status"
down_revision: str | None = "0006_forecast"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "forecast_runs",
        sa.Column("status", sa.String(length=16), server_default="done", nullable=False),
    )
    op.add_column("forecast_runs", sa.Column("error", sa.Text(), nullable=True))
    op.add_column(
        "forecast_runs",
        sa.Column("progress", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column(
        "forecast_runs",
        sa.Column("owner", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column(
        "forecast_runs",
        sa.Column("finished_at", tradewinds.store.base.UTCDateTime(), nullable=True),
    )
    op.add_column(
        "forecast_runs",
        sa.Column("grouping", sa.String(length=16), server_default="sku", nullable=False),
    )
    op.create_index("ix_forecast_runs_status", "forecast_runs", ["status"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_forecast_runs_status", table_name="forecast_runs")
    for column in ("grouping", "finished_at", "owner", "progress", "error", "status"):
        op.drop_column("forecast_runs", column)
