"""Remote product images copied into the media store (issue 16).

A product image whose ``src`` is an ``http(s)://`` URL (from an imported CSV, say) is
never loaded by a storefront page from its host. ``fetch_pending_images`` downloads it
into the media store and records the outcome here, one row per tenant and URL: the key
it is stored under, or why it could not be fetched. Rows are keyed by the URL's SHA-256
so a long URL needs no long unique index.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class RemoteImageStatus(enum.StrEnum):
    STORED = "stored"
    FAILED = "failed"


class RemoteImage(TenantOwned, Base):
    """The outcome of fetching one remote image URL for one tenant."""

    __tablename__ = "remote_images"
    __table_args__ = (UniqueConstraint("tenant_id", "url_sha256"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    url_sha256: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[RemoteImageStatus] = mapped_column(
        Enum(
            RemoteImageStatus,
            native_enum=False,
            length=16,
            create_constraint=True,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    key: Mapped[str | None] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(50), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(500), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
