"""routing: the job that made a route plan (route plans as jobs on the shared queue)

Revision ID: 0016_route_plan_job
Revises: 0002_routing
Create Date: 2026-12-07 23:50:00

Only ``ADD COLUMN`` and ``CREATE INDEX`` (no table rebuild on SQLite). The column is not a
foreign key to ``jobs``: that table lives on another branch, and a plan outlives its job.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_route_plan_job"
down_revision: str | None = "0002_routing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("route_plans", sa.Column("job_id", sa.BigInteger(), nullable=True))
    op.create_index("uq_route_plans_job", "route_plans", ["tenant_id", "job_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_route_plans_job", table_name="route_plans")
    op.drop_column("route_plans", "job_id")
