"""Demand forecasting: runs and their forecast points, and supply terms per SKU.

Forecast quantities are floats: they are estimates of expected demand, never added up
into money. Supply terms hold what the replenishment policy needs about each SKU's
supplier: lead time, pack size, minimum order quantity and what is already on order.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class ForecastRun(TenantOwned, Base):
    """One forecasting run over the tenant's order history.

    ``status`` goes ``queued`` -> ``running`` -> ``done`` or ``failed`` (with ``error``);
    a run's points are written in the same transaction that marks it ``done``, so readers
    never see a half-written run. ``owner`` names the process that runs a background run
    (``host:pid:queue``), so a restart can tell runs it interrupted. ``grouping`` is
    ``sku`` (one series per SKU) or ``sku_depot`` (``SKU@depot-code``). Until a run is
    done ``history_end`` holds the day it was queued (the API shows it as null).
    """

    __tablename__ = "forecast_runs"
    __table_args__ = (
        Index("ix_forecast_runs_tenant_created", "tenant_id", "created_at"),
        Index("ix_forecast_runs_status", "status"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="queued", server_default="done")
    error: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[str] = mapped_column(String(200), default="", server_default="")
    owner: Mapped[str] = mapped_column(String(200), default="", server_default="")
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    grouping: Mapped[str] = mapped_column(String(16), default="sku", server_default="sku")
    freq: Mapped[str] = mapped_column(String(1))  # D | W
    horizon: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer, default=90)
    history_end: Mapped[date] = mapped_column(Date)
    series: Mapped[int] = mapped_column(Integer, default=0)
    wrmsse: Mapped[float | None] = mapped_column(Float)  # backtest of the chosen models
    coverage: Mapped[float | None] = mapped_column(Float)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    report_json: Mapped[str] = mapped_column(Text, default="{}")  # issues and chosen models


class ForecastPoint(TenantOwned, Base):
    """Forecast demand of one SKU on one date of a run's horizon."""

    __tablename__ = "forecast_points"
    __table_args__ = (
        Index("ix_forecast_points_run_sku_ds", "run_id", "sku", "ds"),
        CheckConstraint("yhat >= 0 AND yhat_lo >= 0 AND yhat_hi >= yhat_lo", name="sane"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    run_id: Mapped[int] = mapped_column(IdType, ForeignKey("forecast_runs.id", ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(255))
    ds: Mapped[date] = mapped_column(Date)
    yhat: Mapped[float] = mapped_column(Float)
    yhat_lo: Mapped[float] = mapped_column(Float)
    yhat_hi: Mapped[float] = mapped_column(Float)
    model: Mapped[str] = mapped_column(String(64))


class SupplyTerm(TenantOwned, Base):
    """How a SKU is bought: supplier lead time, pack size, MOQ, quantity already on order."""

    __tablename__ = "supply_terms"
    __table_args__ = (
        UniqueConstraint("tenant_id", "sku"),
        CheckConstraint("lead_time_days >= 0", name="lead_time_not_negative"),
        CheckConstraint("pack_size >= 1", name="pack_size_positive"),
        CheckConstraint("min_order_qty >= 0", name="moq_not_negative"),
        CheckConstraint("on_order_qty >= 0", name="on_order_not_negative"),
        CheckConstraint("service_level > 0 AND service_level < 1", name="service_level_range"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    sku: Mapped[str] = mapped_column(String(255))
    supplier: Mapped[str] = mapped_column(String(255), default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    review_days: Mapped[int] = mapped_column(Integer, default=1)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    min_order_qty: Mapped[int] = mapped_column(Integer, default=0)
    on_order_qty: Mapped[int] = mapped_column(Integer, default=0)
    service_level: Mapped[float] = mapped_column(Float, default=0.95)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
