"""Depots and vehicles: what delivery routing plans with."""

from __future__ import annotations

from datetime import time

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned


class Depot(TenantOwned, Base):
    __tablename__ = "depots"
    __table_args__ = (UniqueConstraint("tenant_id", "code"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    opens: Mapped[time] = mapped_column(Time, default=time(6, 0))
    closes: Mapped[time] = mapped_column(Time, default=time(22, 0))


class Vehicle(TenantOwned, Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        UniqueConstraint("tenant_id", "code"),
        CheckConstraint("capacity_weight_grams > 0", name="weight_capacity_positive"),
        CheckConstraint("capacity_volume_cm3 > 0", name="volume_capacity_positive"),
        CheckConstraint("shift_start < shift_end", name="shift_ordered"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    depot_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("depots.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32), default="van")  # van, cargo_bike, truck
    capacity_weight_grams: Mapped[int] = mapped_column(BigInteger)
    capacity_volume_cm3: Mapped[int] = mapped_column(BigInteger)
    shift_start: Mapped[time] = mapped_column(Time)
    shift_end: Mapped[time] = mapped_column(Time)
    fixed_cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_per_km_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_per_hour_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    max_duration_minutes: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
