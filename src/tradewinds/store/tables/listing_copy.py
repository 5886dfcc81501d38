"""Listing copy under review and as published (issue 19): drafts, versions, the tenant's
copy settings.

A ``copy_drafts`` row is one proposed copy of a product in one language (the
``ListingCopy`` as JSON), with the fact checker's findings and verdict when it was last
checked, who or what wrote it, and its review status (``pending``, ``approved``,
``rejected``, ``published``, ``superseded``).

A ``copy_versions`` row is one published copy, kept forever: ``number`` counts 1, 2, 3 per
product and language, exactly one row per product and language is ``current`` (what the
storefront shows), and ``title``/``body_html`` are the exact product fields it wrote (for
the shop's default language), so a revert restores them byte for byte. ``aigc_label`` is the
signed implicit label of AI-written copy, written at publish time so exports (in ``store``,
below the compliance capability) can carry it.

``copy_settings`` holds a tenant's choices: which finding kinds block publishing (None: the
checker's default policy) and whether AI-written copy shows its label to shoppers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class CopyDraft(TenantOwned, Base):
    """A proposed listing copy of one product in one language, and its review."""

    __tablename__ = "copy_drafts"
    __table_args__ = (
        Index("ix_copy_drafts_product_language", "tenant_id", "product_id", "language"),
        Index("ix_copy_drafts_tenant_status", "tenant_id", "status"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    copy: Mapped[dict[str, Any]] = mapped_column(JSON)
    origin: Mapped[str] = mapped_column(String(16))  # ai, template, merchant, mixed
    model: Mapped[str | None] = mapped_column(String(100))
    template: Mapped[str] = mapped_column(String(100), default="")
    author: Mapped[str] = mapped_column(String(320), default="")  # staff email, CLI, API
    verdict: Mapped[str] = mapped_column(String(16))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reviewed_by: Mapped[str] = mapped_column(String(320), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CopyVersion(TenantOwned, Base):
    """One published copy of a product in one language; never deleted with its draft."""

    __tablename__ = "copy_versions"
    __table_args__ = (
        UniqueConstraint("tenant_id", "product_id", "language", "number"),
        Index("ix_copy_versions_current", "tenant_id", "product_id", "language", "current"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    copy: Mapped[dict[str, Any]] = mapped_column(JSON)
    origin: Mapped[str] = mapped_column(String(16))
    model: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    body_html: Mapped[str] = mapped_column(Text, default="")
    draft_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("copy_drafts.id", ondelete="SET NULL")
    )
    reverted_from: Mapped[int | None] = mapped_column(Integer)  # the number restored
    note: Mapped[str] = mapped_column(String(200), default="")
    aigc_label: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    published_by: Mapped[str] = mapped_column(String(320), default="")
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CopySettings(TenantOwned, Base):
    """A tenant's listing-copy settings (one row at most; none means the defaults)."""

    __tablename__ = "copy_settings"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    blocking: Mapped[list[str] | None] = mapped_column(JSON)
    storefront_label: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
