"""Customer segments and email campaigns (the marketing capability's tables).

* :class:`CustomerSegment`: a named definition (``kind`` and its ``params``); members are
  computed from orders and events when asked, never stored, so a segment is always current.
* :class:`Campaign`: the copy written for a segment (per variant and language), the
  product picks, the fact checker's findings, and whether a model wrote any of it.
* :class:`CampaignDelivery`: one email sent by SMTP to one customer, so a send that is
  interrupted and run again never mails anyone twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class CustomerSegment(TenantOwned, Base):
    """A segment definition: ``kind`` (rfm, lapsed, affinity, new) and its parameters."""

    __tablename__ = "customer_segments"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    description: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Campaign(TenantOwned, Base):
    """An email campaign for a segment: its copy, picks and the checker's verdict.

    ``content`` is ``{variant: {language: {"subject", "intro", "blocks": [{"handle",
    "text"}], "outro"}}}``; ``findings`` the checker's findings on it (each with the
    variant, language and part it was found in); ``written_by`` is ``template`` or
    ``model:<name>`` (then exports carry the AI-generated metadata header).
    """

    __tablename__ = "campaigns"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    segment_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("customer_segments.id", ondelete="CASCADE"), index=True
    )
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    shares: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    picks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    verdict: Mapped[str] = mapped_column(String(16), default="ok")
    written_by: Mapped[str] = mapped_column(String(100), default="template")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CampaignDelivery(TenantOwned, Base):
    """One campaign email handed to the SMTP server for one customer."""

    __tablename__ = "campaign_deliveries"
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    variant: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
