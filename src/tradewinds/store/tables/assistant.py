"""Shopping-assistant conversations: one session per conversation, its messages in order.

``state_json`` keeps what follow-ups need (the products last shown, the last filters);
``payload_json`` keeps an answer's product cards and citations so a session can be replayed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class AssistantSession(TenantOwned, Base):
    """One conversation with a shopper, optionally signed in as a customer."""

    __tablename__ = "assistant_sessions"
    __table_args__ = (UniqueConstraint("tenant_id", "token"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token: Mapped[str] = mapped_column(String(64))  # what clients send back as the session id
    customer_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="SET NULL")
    )
    state_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class AssistantMessage(TenantOwned, Base):
    """One turn of a conversation: the shopper's message or the assistant's answer."""

    __tablename__ = "assistant_messages"
    __table_args__ = (Index("ix_assistant_messages_session_id", "session_id", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("assistant_sessions.id", ondelete="CASCADE")
    )
    role: Mapped[str] = mapped_column(String(16))  # user | assistant
    content: Mapped[str] = mapped_column(Text)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
