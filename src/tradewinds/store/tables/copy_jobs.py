"""What a bulk listing-copy job (``merchant.copy``, issue 19) did to each product.

One ``copy_job_items`` row per job, product and language, written in the same
transaction as the draft it names (and fenced by the job's lease): a job picked up again
after its worker died skips what its earlier attempts drafted, so each draft is written
once. ``outcome`` is ``drafted`` (``draft_id`` names the pending draft) or ``failed``
(``reason`` says why: a model down with no templates for the language, a refusal...).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow

COPY_JOB_OUTCOMES = ("drafted", "failed")


class CopyJobItem(TenantOwned, Base):
    """One product in one language, as a bulk copy job handled it."""

    __tablename__ = "copy_job_items"
    __table_args__ = (
        UniqueConstraint("tenant_id", "job_id", "product_id", "language", name="uq_copy_job_items"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    job_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("jobs.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(16))
    draft_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("copy_drafts.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
