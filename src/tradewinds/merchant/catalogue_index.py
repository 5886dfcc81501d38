"""The tenant's own texts that a new draft is compared with for ``near_duplicate``
findings: every product's description (which holds its published copy in the shop's
language) and the current published copy of every other language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.merchant.duplicates import DuplicateIndex
from tradewinds.merchant.listing import ListingCopy
from tradewinds.store.tables import CopyVersion, Product


def catalogue_duplicates(session: Session) -> DuplicateIndex:
    """An index of the session's tenant's descriptions and published copies.

    Returns
    -------
    DuplicateIndex
        Pass it to :func:`create_draft` or :func:`edit` as ``duplicates``; build it once
        for many drafts (a bulk job), as it reads the whole catalogue.
    """
    index = DuplicateIndex()
    products = session.execute(select(Product.id, Product.handle, Product.title, Product.body_html))
    names = {}
    for product_id, handle, title, body in products:
        names[product_id] = (handle, title)
        if body:
            index.add(handle, body, "description", 1.0, title)
    versions = session.execute(
        select(CopyVersion.product_id, CopyVersion.language, CopyVersion.copy).where(
            CopyVersion.current.is_(True)
        )
    )
    for product_id, language, copy in versions:
        handle, title = names[product_id]
        text = ListingCopy.from_dict(copy).text()
        index.add(handle, text, f"published {language} copy", 1.0, title)
    return index
