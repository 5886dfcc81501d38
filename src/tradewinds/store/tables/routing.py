"""Delivery route plans: one plan per run, its routes (one per vehicle) and stops.

Orders the plan could not serve are stops without a route, with the reason. A re-plan
writes a new plan and marks the one it started from ``superseded``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class RoutePlan(TenantOwned, Base):
    __tablename__ = "route_plans"
    __table_args__ = (
        Index("ix_route_plans_tenant_date", "tenant_id", "plan_date"),
        # A plan made by a background job names it, once: a rerun finds it (0016).
        Index("uq_route_plans_job", "tenant_id", "job_id", unique=True),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    plan_date: Mapped[date] = mapped_column(Date)
    depot_code: Mapped[str] = mapped_column(String(64), default="")  # "" = every depot
    status: Mapped[str] = mapped_column(String(16), default="current")  # current | superseded
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    timezone: Mapped[str] = mapped_column(String(64))
    solver: Mapped[str] = mapped_column(String(64))
    seed: Mapped[int] = mapped_column(BigInteger, default=0)
    time_limit_s: Mapped[float] = mapped_column(Float)
    solve_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    iterations: Mapped[int] = mapped_column(BigInteger, default=0)
    matrix_provider: Mapped[str] = mapped_column(String(32), default="haversine")
    replanned_from_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("route_plans.id", ondelete="SET NULL")
    )
    job_id: Mapped[int | None] = mapped_column(BigInteger)  # the routing.plan job, if any

    routes: Mapped[list[PlanRoute]] = relationship(
        cascade="all, delete-orphan", order_by="PlanRoute.id", lazy="selectin"
    )
    stops: Mapped[list[RouteStop]] = relationship(
        cascade="all, delete-orphan", order_by="RouteStop.id", lazy="selectin"
    )


class PlanRoute(TenantOwned, Base):
    """One vehicle's tour in a plan."""

    __tablename__ = "plan_routes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("route_plans.id", ondelete="CASCADE"), index=True
    )
    vehicle_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("vehicles.id", ondelete="SET NULL"), index=True
    )
    vehicle_code: Mapped[str] = mapped_column(String(64))
    depot_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("depots.id", ondelete="SET NULL")
    )
    start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[datetime] = mapped_column(UTCDateTime())
    distance_m: Mapped[int] = mapped_column(BigInteger)
    duration_s: Mapped[int] = mapped_column(Integer)
    load_weight_grams: Mapped[int] = mapped_column(BigInteger)
    load_volume_cm3: Mapped[int] = mapped_column(BigInteger)
    cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)


class RouteStop(TenantOwned, Base):
    """An order in a plan: a stop on a route, or unassigned with the reason."""

    __tablename__ = "route_stops"
    __table_args__ = (
        CheckConstraint(
            "route_id IS NOT NULL OR unassigned_reason IS NOT NULL", name="routed_or_reason"
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("route_plans.id", ondelete="CASCADE"), index=True
    )
    route_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("plan_routes.id", ondelete="CASCADE"), index=True
    )
    order_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int | None] = mapped_column(Integer)
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    service_start_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    promised_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    promised_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    weight_grams: Mapped[int] = mapped_column(BigInteger, default=0)
    volume_cm3: Mapped[int] = mapped_column(BigInteger, default=0)
    unassigned_reason: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(500), default="")
