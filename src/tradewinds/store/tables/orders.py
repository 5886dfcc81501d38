"""Orders, their lines and their status history."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class OrderStatus(enum.StrEnum):
    """Lifecycle of an order as the platform tracks it (Shopify's financial and
    fulfillment statuses are kept alongside, verbatim)."""

    PENDING = "pending"
    PAID = "paid"
    PACKED = "packed"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"


_status_type = Enum(
    OrderStatus,
    native_enum=False,
    length=20,
    create_constraint=True,
    values_callable=lambda e: [m.value for m in e],
)


class Order(TenantOwned, Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        Index("ix_orders_tenant_created", "tenant_id", "created_at"),
        CheckConstraint(
            "window_start IS NULL OR window_end IS NULL OR window_start < window_end",
            name="window_ordered",
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))  # "#1001"
    customer_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[OrderStatus] = mapped_column(_status_type, default=OrderStatus.PENDING)
    financial_status: Mapped[str] = mapped_column(String(32), default="")
    fulfillment_status: Mapped[str] = mapped_column(String(32), default="")
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_code: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Delivery address.
    ship_name: Mapped[str] = mapped_column(String(200), default="")
    ship_street: Mapped[str] = mapped_column(String(500), default="")
    ship_city: Mapped[str] = mapped_column(String(200), default="")
    ship_zip: Mapped[str] = mapped_column(String(20), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    ship_latitude: Mapped[float | None] = mapped_column(Float)
    ship_longitude: Mapped[float | None] = mapped_column(Float)
    # What the customer asked for, and what routing promised (filled by the routing capability).
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    promised_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    promised_end: Mapped[datetime | None] = mapped_column(UTCDateTime())

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        order_by="OrderLine.id",
        lazy="selectin",
    )
    history: Mapped[list[OrderStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="OrderStatusChange.at", lazy="selectin"
    )


class OrderLine(TenantOwned, Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("variants.id", ondelete="SET NULL"), index=True
    )
    sku: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer)
    price_minor: Mapped[int] = mapped_column(BigInteger)  # unit price

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderStatusChange(TenantOwned, Base):
    """One entry of an order's status history."""

    __tablename__ = "order_status_changes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[OrderStatus] = mapped_column(_status_type)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    note: Mapped[str] = mapped_column(String(500), default="")
    # The console member who made the change ("" for checkout, imports and routing).
    actor_email: Mapped[str] = mapped_column(String(320), default="", server_default="")
