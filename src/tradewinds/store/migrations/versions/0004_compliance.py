"""compliance: audit log, complaints, blocklists, tenant policies

Revision ID: 0004_compliance
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0004_compliance"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("compliance",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_column(table: str) -> tuple[sa.Column[int], sa.ForeignKeyConstraint]:
    return (
        sa.Column("tenant_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f(f"fk_{table}_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
    )


def upgrade() -> None:
    op.create_table(
        "audit_records",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("content_id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("input_text", sa.Text(), nullable=True),
        sa.Column("input_sha256", sa.String(length=64), nullable=False),
        sa.Column("output_text", sa.Text(), nullable=True),
        sa.Column("output_sha256", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("flagged", sa.String(length=200), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("label", sa.String(length=1000), nullable=False),
        *_tenant_column("audit_records"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_records")),
    )
    with op.batch_alter_table("audit_records", schema=None) as batch_op:
        batch_op.create_index("ix_audit_records_content_id", ["content_id"], unique=True)
        batch_op.create_index(
            "ix_audit_records_tenant_created", ["tenant_id", "created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_records_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", _ID, nullable=False),
        sa.Column("content_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        *_tenant_column("complaints"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_content_id"), ["content_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "complaint_events",
        sa.Column("id", _ID, nullable=False),
        sa.Column("complaint_id", _ID, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", tradewinds.store.base.UTCDateTime(), nullable=False),
        *_tenant_column("complaint_events"),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_events_complaint_id"), ["complaint_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaint_events_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "blocklist_entries",
        sa.Column("id", _ID, nullable=False),
        sa.Column("pattern", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        *_tenant_column("blocklist_entries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocklist_entries")),
        sa.UniqueConstraint(
            "tenant_id", "kind", "pattern", name=op.f("uq_blocklist_entries_tenant_id_kind_pattern")
        ),
    )
    with op.batch_alter_table("blocklist_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_blocklist_entries_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "compliance_policies",
        sa.Column("id", _ID, nullable=False),
        sa.Column("moderation_actions", sa.JSON(), nullable=False),
        sa.Column("explicit_labels", sa.JSON(), nullable=False),
        sa.Column("default_locale", sa.String(length=16), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        *_tenant_column("compliance_policies"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_policies")),
        sa.UniqueConstraint("tenant_id", name=op.f("uq_compliance_policies_tenant_id")),
    )
    with op.batch_alter_table("compliance_policies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_compliance_policies_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    for table in (
        "compliance_policies",
        "blocklist_entries",
        "complaint_events",
        "complaints",
        "audit_records",
    ):
        op.drop_table(table)
