"""compliance: which internal feature made each audited generation

Revision ID: 0004a_audit_feature
Revises: 0004_compliance
Create Date: 2026-12-07 20:10:00

Only ``ADD COLUMN``: the feature name of the usage record (``api`` for ``/v1`` clients,
``search_understanding``, ``forecast_narration``, ``assistant``... for a capability's own
model call); records written before it have ``""``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004a_audit_feature"
down_revision: str | None = "0004_compliance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "audit_records", sa.Column("feature", sa.String(32), server_default="", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.drop_column("feature")
