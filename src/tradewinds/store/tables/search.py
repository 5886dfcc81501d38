"""Search: the search log, clicks, per-tenant synonyms and merchandising rules."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class SearchLogEntry(TenantOwned, Base):
    """One search as served: what was asked, how it was read, how many results, how fast."""

    __tablename__ = "search_log"
    __table_args__ = (Index("ix_search_log_tenant_at", "tenant_id", "at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    query: Mapped[str] = mapped_column(String(500))
    normalised: Mapped[str] = mapped_column(String(500), default="")
    filters: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the applied filters
    result_count: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    source: Mapped[str] = mapped_column(String(16), default="api")  # api, cli
    # What the shopper saw: the page's product ids in order (JSON), the first at position
    # ``shown_from`` (1-based); clicks against it are the learned ranker's training data.
    shown: Mapped[str] = mapped_column(Text, default="[]")
    shown_from: Mapped[int] = mapped_column(Integer, default=1)


class SearchClick(TenantOwned, Base):
    """A result the shopper clicked, reported through the click endpoint."""

    __tablename__ = "search_clicks"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    search_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("search_log.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="SET NULL")
    )
    position: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SearchSynonym(TenantOwned, Base):
    """One synonym rule; ``rule`` is the line as written ("sofa, couch" or "tv => television")."""

    __tablename__ = "search_synonyms"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    rule: Mapped[str] = mapped_column(String(5000))


class RuleAction(enum.StrEnum):
    PIN = "pin"
    HIDE = "hide"
    BOOST = "boost"
    BURY = "bury"


class MerchandisingRule(TenantOwned, Base):
    """Pin, hide, boost or bury products, by id or by attribute, optionally for one query
    and optionally only between ``starts_at`` and ``ends_at``.

    ``field``/``value`` match a product attribute or one of the pseudo-fields ``brand``,
    ``category``, ``tag``; ``product_id`` matches one product. ``query`` (normalised) limits
    the rule to searches whose words include it; empty means every search.
    """

    __tablename__ = "merchandising_rules"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    action: Mapped[RuleAction] = mapped_column(
        Enum(
            RuleAction,
            native_enum=False,
            length=16,
            create_constraint=True,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    product_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE")
    )
    field: Mapped[str | None] = mapped_column(String(100))
    value: Mapped[str | None] = mapped_column(String(500))
    query: Mapped[str] = mapped_column(String(500), default="")
    position: Mapped[int | None] = mapped_column(Integer)  # pin: 1-based slot
    weight: Mapped[float] = mapped_column(Float, default=2.0)  # boost/bury factor
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
