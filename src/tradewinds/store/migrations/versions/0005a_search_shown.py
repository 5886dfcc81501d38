"""search: what each logged search showed (product ids of the page and its first position)

Revision ID: 0005a_search_shown
Revises: 0005_search
Create Date: 2026-11-24 07:00:00

Only ``ADD COLUMN``: searches logged before it showed nothing on record (``[]``), and the
ranker's click training falls back to today's ranking for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005a_search_shown"
down_revision: str | None = "0005_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("search_log", sa.Column("shown", sa.Text(), server_default="[]", nullable=False))
    op.add_column(
        "search_log", sa.Column("shown_from", sa.Integer(), server_default="1", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("search_log", "shown_from")
    op.drop_column("search_log", "shown")
