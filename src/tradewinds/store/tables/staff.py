"""The merchant console's people and history: staff accounts, their sessions, and the
record of every change made in the console.

A staff member belongs to one tenant and signs in to that tenant's console only; the
password is an argon2id hash written by the staff capability, never shown or logged.
Sessions keep only the SHA-256 of the cookie's token. ``console_changes`` is the console's
audit: who changed what, the values before and after, and when (kept with the tenant's
data, deleted with it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class StaffMember(TenantOwned, Base):
    """A person who runs the shop in the console; ``role`` is owner, manager or staff."""

    __tablename__ = "staff_members"
    __table_args__ = (UniqueConstraint("tenant_id", "email"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StaffSession(TenantOwned, Base):
    """A signed-in console session; removing the member removes its sessions."""

    __tablename__ = "staff_sessions"
    __table_args__ = (UniqueConstraint("tenant_id", "token_hash"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    staff_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("staff_members.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ConsoleChange(TenantOwned, Base):
    """One change made in the console (or by ``tradewinds staff``): who, what, before and
    after. ``actor_email`` is kept as written, so the record outlives the member."""

    __tablename__ = "console_changes"
    __table_args__ = (
        Index("ix_console_changes_tenant_created", "tenant_id", "created_at"),
        Index("ix_console_changes_subject", "tenant_id", "subject_type", "subject_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(IdType)  # None: the command line
    actor_email: Mapped[str] = mapped_column(String(320), default="")
    action: Mapped[str] = mapped_column(String(64))  # product.update, staff.add, ...
    subject_type: Mapped[str] = mapped_column(String(32))  # product, staff
    subject_id: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(String(500), default="")
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
