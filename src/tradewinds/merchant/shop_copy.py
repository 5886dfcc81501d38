"""The published copy a shopper sees on a product page, and whether it carries the
AI-generated label.

A page in the shop's default language shows the product's own fields (the published
copy wrote them); a page in another language shows that language's published copy when
there is one, else the default language's. The label is due when the copy shown was
written by a model (``ai``, or ``mixed``: a person's edit that kept a model's text) and the
tenant has not turned the storefront label off.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tradewinds.merchant.copy_settings import copy_settings, default_language
from tradewinds.merchant.listing import ListingCopy
from tradewinds.store.queries import current_copies


@dataclass(frozen=True)
class ShopCopy:
    """The copy shown: its language, the copy, and whether to label it AI-generated."""

    language: str
    copy: ListingCopy
    body_html: str
    translation: bool
    labelled: bool


def shop_copy(session: Session, product_id: int, language: str) -> ShopCopy | None:
    """The published copy of a product a page in ``language`` shows (None: none published,
    the product's own fields are all there is).

    Parameters
    ----------
    session
        A tenant-scoped session.
    product_id
        The product's id.
    language
        The page's language.
    """
    shop = default_language(session)
    row = None
    if language != shop:
        row = current_copies(session, language, [product_id]).get(product_id)
    translation = row is not None
    if row is None:
        row = current_copies(session, shop, [product_id]).get(product_id)
    if row is None:
        return None
    copy = ListingCopy.from_dict(row.copy)
    labelled = copy.ai_generated and copy_settings(session).storefront_label
    return ShopCopy(row.language, copy, row.body_html, translation, labelled)
