"""events: an index for a guest's interactions (tenant, web session, time)

Revision ID: 0012_event_sessions
Revises: 0001
Create Date: 2026-12-07 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012_event_sessions"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("event_sessions",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_events_tenant_session_at",
        "interaction_events",
        ["tenant_id", "session_id", "at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_events_tenant_session_at", table_name="interaction_events")
