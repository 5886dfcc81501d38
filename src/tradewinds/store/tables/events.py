"""Interaction events: what shoppers looked at, carted, bought and searched for."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class EventKind(enum.StrEnum):
    VIEW = "view"
    ADD_TO_CART = "add_to_cart"
    PURCHASE = "purchase"
    SEARCH = "search"


class InteractionEvent(TenantOwned, Base):
    __tablename__ = "interaction_events"
    __table_args__ = (
        Index("ix_events_tenant_kind_at", "tenant_id", "kind", "at"),
        Index("ix_events_tenant_product", "tenant_id", "product_id"),
        Index("ix_events_tenant_customer_at", "tenant_id", "customer_id", "at"),
        # a guest's history (recommendations read it on every storefront page)
        Index("ix_events_tenant_session_at", "tenant_id", "session_id", "at"),
        # the dashboard's sessions a day over a date range (migration 0014_report_indexes)
        Index("ix_events_tenant_at_session", "tenant_id", "at", "session_id", "kind"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[EventKind] = mapped_column(
        Enum(
            EventKind,
            native_enum=False,
            length=16,
            create_constraint=True,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    customer_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="SET NULL")
    )
    session_id: Mapped[str | None] = mapped_column(String(64))
    product_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="SET NULL")
    )
    variant_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("variants.id", ondelete="SET NULL")
    )
    order_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="SET NULL")
    )
    query: Mapped[str | None] = mapped_column(String(500))
    quantity: Mapped[int | None] = mapped_column(Integer)
