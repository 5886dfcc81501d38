"""Content controls: the audit log of generations, complaints, and each tenant's policy.

``audit_records`` keeps one row per generation (texts in full or only their SHA-256, per
``compliance.audit_retention_mode``) for ``compliance.audit_retention_days``. Complaints point
at a content id (the label's id) and keep their status history in ``complaint_events``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class AuditRecord(TenantOwned, Base):
    """One generation: who asked, what went in and out, what moderation said, which label."""

    __tablename__ = "audit_records"
    __table_args__ = (
        Index("ix_audit_records_tenant_created", "tenant_id", "created_at"),
        Index("ix_audit_records_content_id", "content_id", unique=True),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    content_id: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(200))
    input_text: Mapped[str | None] = mapped_column(Text)  # None in hash mode
    input_sha256: Mapped[str] = mapped_column(String(64))
    output_text: Mapped[str | None] = mapped_column(Text)
    output_sha256: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))  # allow | flag | block
    flagged: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(String(500), default="")
    label: Mapped[str] = mapped_column(String(1000), default="")  # the signed header value
    # What called the model, as on its usage record: "api" for /v1, else the feature.
    feature: Mapped[str] = mapped_column(String(32), default="", server_default="")


class Complaint(TenantOwned, Base):
    """A report about one piece of generated content, with its current status."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    content_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    reason: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    events: Mapped[list[ComplaintEvent]] = relationship(
        cascade="all, delete-orphan", order_by="ComplaintEvent.id", lazy="selectin"
    )


class ComplaintEvent(TenantOwned, Base):
    """One status change of a complaint (the first is its creation)."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class BlocklistEntryRow(TenantOwned, Base):
    """One keyword or regex of a tenant's blocklist."""

    __tablename__ = "blocklist_entries"
    __table_args__ = (UniqueConstraint("tenant_id", "kind", "pattern"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    pattern: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(8), default="keyword")  # keyword | regex
    category: Mapped[str] = mapped_column(String(32), default="blocklist")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CompliancePolicy(TenantOwned, Base):
    """A tenant's own moderation actions and explicit label texts (override the settings)."""

    __tablename__ = "compliance_policies"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    moderation_actions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    explicit_labels: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    default_locale: Mapped[str] = mapped_column(String(16), default="en")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
