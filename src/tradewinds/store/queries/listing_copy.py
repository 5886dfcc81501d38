"""Published listing copy as the storefront and exports read it: the shop's default
language (whose copy lives in the product's own title and Body HTML) and the current
version of a product's copy per language (``copy_versions``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.tables import CompliancePolicy, CopyVersion


def shop_language(session: Session) -> str:
    """The shop's default language: the tenant's default locale (kept with its compliance
    policy, as for its AI-content labels) without region, else ``en``."""
    locale = session.scalars(select(CompliancePolicy.default_locale)).one_or_none() or "en"
    return locale.replace("_", "-").split("-")[0].lower() or "en"


def current_copies(
    session: Session, language: str, product_ids: Iterable[int] | None = None
) -> dict[int, CopyVersion]:
    """The current published copy in ``language`` of each product (of ``product_ids``, or
    every product of the tenant), by product id."""
    stmt = select(CopyVersion).where(
        CopyVersion.language == language, CopyVersion.current.is_(True)
    )
    if product_ids is not None:
        stmt = stmt.where(CopyVersion.product_id.in_(list(product_ids)))
    return {row.product_id: row for row in session.scalars(stmt)}
