"""reports: an index for the dashboard's sessions (tenant, time, session, kind)

The sales dashboard counts each day's distinct storefront sessions over a date range; with
this index SQLite and PostgreSQL read only the range's entries of the index (it holds every
column the query reads) instead of the tenant's whole event table.

Revision ID: 0014_report_indexes
Revises: 0001
Create Date: 2026-12-07 16:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_report_indexes"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("reports",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_events_tenant_at_session",
        "interaction_events",
        ["tenant_id", "at", "session_id", "kind"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_events_tenant_at_session", table_name="interaction_events")
