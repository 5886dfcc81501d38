"""Recommendations: what each slot showed, and what shoppers did with it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class RecommendationEvent(TenantOwned, Base):
    """An impression (one product shown in a slot), or a click on one.

    ``request_id`` ties the products of one served list together and a click to the list it
    came from; ``subject`` is who was assigned to ``variant`` (``customer:<id>`` or a hash
    of the web session), so conversions can be found among that shopper's later purchases.
    """

    __tablename__ = "recommendation_events"
    __table_args__ = (
        Index("ix_recommendation_events_tenant_slot_at", "tenant_id", "slot", "at"),
        Index("ix_recommendation_events_tenant_request", "tenant_id", "request_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # impression, click
    slot: Mapped[str] = mapped_column(String(32))
    experiment: Mapped[str] = mapped_column(String(64), default="")
    variant: Mapped[str] = mapped_column(String(64), default="")
    request_id: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(80), default="")
    customer_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="SET NULL")
    )
    session_id: Mapped[str | None] = mapped_column(String(64))
    product_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="SET NULL")
    )
    position: Mapped[int | None] = mapped_column(Integer)
