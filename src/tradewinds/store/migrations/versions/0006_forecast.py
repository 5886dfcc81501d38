"""forecast: forecast runs and points, supply terms per SKU

Revision ID: 0006_forecast
Revises: 0001
Create Date: 2026-11-24 01:35:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tradewinds.store.base

revision: str = "0006_forecast"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("forecast",)
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _tenant_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["tenant_id"],
        ["tenants.id"],
        name=op.f(f"fk_{table}_tenant_id_tenants"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "forecast_runs",
        sa.Column("id", _ID, nullable=False),
        sa.Column("created_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("freq", sa.String(length=1), nullable=False),
        sa.Column("horizon", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("history_end", sa.Date(), nullable=False),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("wrmsse", sa.Float(), nullable=True),
        sa.Column("coverage", sa.Float(), nullable=True),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        _tenant_fk("forecast_runs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_runs")),
    )
    with op.batch_alter_table("forecast_runs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_forecast_runs_tenant_created", ["tenant_id", "created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_forecast_runs_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "forecast_points",
        sa.Column("id", _ID, nullable=False),
        sa.Column("run_id", _ID, nullable=False),
        sa.Column("sku", sa.String(length=255), nullable=False),
        sa.Column("ds", sa.Date(), nullable=False),
        sa.Column("yhat", sa.Float(), nullable=False),
        sa.Column("yhat_lo", sa.Float(), nullable=False),
        sa.Column("yhat_hi", sa.Float(), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.CheckConstraint(
            "yhat >= 0 AND yhat_lo >= 0 AND yhat_hi >= yhat_lo",
            name=op.f("ck_forecast_points_sane"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["forecast_runs.id"],
            name=op.f("fk_forecast_points_run_id_forecast_runs"),
            ondelete="CASCADE",
        ),
        _tenant_fk("forecast_points"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_points")),
    )
    with op.batch_alter_table("forecast_points", schema=None) as batch_op:
        batch_op.create_index(
            "ix_forecast_points_run_sku_ds", ["run_id", "sku", "ds"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_forecast_points_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "supply_terms",
        sa.Column("id", _ID, nullable=False),
        sa.Column("sku", sa.String(length=255), nullable=False),
        sa.Column("supplier", sa.String(length=255), nullable=False),
        sa.Column("lead_time_days", sa.Integer(), nullable=False),
        sa.Column("review_days", sa.Integer(), nullable=False),
        sa.Column("pack_size", sa.Integer(), nullable=False),
        sa.Column("min_order_qty", sa.Integer(), nullable=False),
        sa.Column("on_order_qty", sa.Integer(), nullable=False),
        sa.Column("service_level", sa.Float(), nullable=False),
        sa.Column("updated_at", tradewinds.store.base.UTCDateTime(), nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.CheckConstraint(
            "lead_time_days >= 0", name=op.f("ck_supply_terms_lead_time_not_negative")
        ),
        sa.CheckConstraint("pack_size >= 1", name=op.f("ck_supply_terms_pack_size_positive")),
        sa.CheckConstraint("min_order_qty >= 0", name=op.f("ck_supply_terms_moq_not_negative")),
        sa.CheckConstraint("on_order_qty >= 0", name=op.f("ck_supply_terms_on_order_not_negative")),
        sa.CheckConstraint(
            "service_level > 0 AND service_level < 1",
            name=op.f("ck_supply_terms_service_level_range"),
        ),
        _tenant_fk("supply_terms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_terms")),
        sa.UniqueConstraint("tenant_id", "sku", name=op.f("uq_supply_terms_tenant_id_sku")),
    )
    with op.batch_alter_table("supply_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supply_terms_tenant_id"), ["tenant_id"], unique=False)


def downgrade() -> None:
    op.drop_table("supply_terms")
    op.drop_table("forecast_points")
    op.drop_table("forecast_runs")
