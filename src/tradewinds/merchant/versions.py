"""Published copy: every version of a product's copy in one language, kept forever, and
the one that is current.

Publishing or reverting adds a version: the product row is locked first (``SELECT ... FOR
UPDATE`` on PostgreSQL; SQLite has one writer at a time), so two publishes of one product
are applied one after the other, numbered 1, 2, 3 in that order, with exactly one current.
For the shop's default language the version also writes the product's own title and Body
HTML, and keeps exactly what it wrote, so a revert restores both byte for byte. Before the
first version of that language, the product's fields as they were are kept as version 1
(``note``: "before the first publish"), so the original copy can be restored too.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tradewinds.merchant.drafts import product_by_handle
from tradewinds.merchant.listing import ListingCopy
from tradewinds.store.base import utcnow
from tradewinds.store.tables import CopyDraft, CopyVersion, Product

BASELINE_NOTE = "before the first publish"


@dataclass(frozen=True)
class Version:
    """One published copy of a product in one language."""

    number: int
    language: str
    current: bool
    copy: ListingCopy
    title: str
    body_html: str
    draft_id: int | None
    reverted_from: int | None
    note: str
    ai_label: dict[str, Any] | None
    published_by: str
    published_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """The version as a JSON object."""
        return {
            "number": self.number,
            "language": self.language,
            "current": self.current,
            "copy": self.copy.to_dict(),
            "title": self.title,
            "body_html": self.body_html,
            "draft_id": self.draft_id,
            "reverted_from": self.reverted_from,
            "note": self.note,
            "ai_label": self.ai_label,
            "published_by": self.published_by,
            "published_at": self.published_at.isoformat().replace("+00:00", "Z"),
        }


def version_of(row: CopyVersion) -> Version:
    return Version(
        row.number, row.language, row.current, ListingCopy.from_dict(row.copy), row.title,
        row.body_html, row.draft_id, row.reverted_from, row.note, row.aigc_label,
        row.published_by, row.published_at,
    )  # fmt: skip


def lock_product(session: Session, product_id: int) -> Product:
    """Lock the product row for the rest of the transaction and return it, read afresh."""
    session.execute(select(Product.id).where(Product.id == product_id).with_for_update())
    product = session.get(Product, product_id, populate_existing=True)
    assert product is not None  # the row was just locked
    return product


def current_version(session: Session, product_id: int, language: str) -> CopyVersion | None:
    """The current published version of a product in ``language``, if any."""
    return session.scalars(
        select(CopyVersion).where(
            CopyVersion.product_id == product_id,
            CopyVersion.language == language,
            CopyVersion.current.is_(True),
        )
    ).one_or_none()


def html_text(body_html: str) -> str:
    """The text of a Body HTML, one paragraph per block, for diffs and baselines."""
    text = re.sub(r"<\s*(br|/p|/li|/div|/h\d)\s*/?>", "\n", body_html, flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def product_copy(product: Product, language: str) -> ListingCopy:
    """The product's own fields as a copy (what the shop shows before any version)."""
    return ListingCopy(language, product.title, description=html_text(product.body_html or ""))


def install_version(
    session: Session,
    product: Product,
    copy: ListingCopy,
    *,
    default_language: bool,
    title: str,
    body_html: str,
    published_by: str,
    draft_id: int | None = None,
    reverted_from: int | None = None,
    ai_label: dict[str, Any] | None = None,
) -> tuple[CopyVersion, CopyVersion | None]:
    """Add the next version of ``product`` in ``copy.language`` as the current one (the
    product row must be locked by :func:`lock_product`); returns it and the one it replaced.

    ``title`` and ``body_html`` are what the copy shows (for the default language they are
    written to the product's own fields); the draft of the replaced version becomes ``superseded``.
    """
    language = copy.language
    previous = current_version(session, product.id, language)
    if previous is None and default_language and not _has_versions(session, product, language):
        previous = _baseline(session, product, language, published_by)
    if previous is not None:
        previous.current = False
        if previous.draft_id is not None:
            session.execute(
                update(CopyDraft)
                .where(CopyDraft.id == previous.draft_id, CopyDraft.status == "published")
                .values(status="superseded", updated_at=utcnow())
            )
        session.flush()
    number = (
        session.scalar(
            select(func.max(CopyVersion.number)).where(
                CopyVersion.product_id == product.id, CopyVersion.language == language
            )
        )
        or 0
    ) + 1
    row = CopyVersion(
        product_id=product.id, language=language, number=number, current=True,
        copy=copy.to_dict(), origin=copy.origin, model=copy.model, title=title,
        body_html=body_html, draft_id=draft_id, reverted_from=reverted_from, note="",
        aigc_label=ai_label, published_by=published_by, published_at=utcnow(),
    )  # fmt: skip
    session.add(row)
    if default_language:
        product.title, product.body_html = title, body_html
        product.updated_at = utcnow()
    session.flush()
    return row, previous


def _has_versions(session: Session, product: Product, language: str) -> bool:
    stmt = select(CopyVersion.id).where(
        CopyVersion.product_id == product.id, CopyVersion.language == language
    )
    return session.scalars(stmt.limit(1)).first() is not None


def _baseline(session: Session, product: Product, language: str, by: str) -> CopyVersion:
    row = CopyVersion(
        product_id=product.id, language=language, number=1, current=True,
        copy=product_copy(product, language).to_dict(), origin="merchant", model=None,
        title=product.title, body_html=product.body_html or "", note=BASELINE_NOTE,
        aigc_label=None, published_by=by, published_at=utcnow(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def versions(session: Session, handle: str, language: str | None = None) -> list[Version]:
    """Every published version of product ``handle``, newest first (one language when
    ``language`` is given).

    Raises
    ------
    NotFound
        No product ``handle`` in this tenant.
    """
    product = product_by_handle(session, handle)
    stmt = select(CopyVersion).where(CopyVersion.product_id == product.id)
    if language is not None:
        stmt = stmt.where(CopyVersion.language == language)
    stmt = stmt.order_by(CopyVersion.language, CopyVersion.number.desc())
    return [version_of(row) for row in session.scalars(stmt)]
