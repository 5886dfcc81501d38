"""``/products/{handle}``: one product as a shopper sees it.

Only active, published products are shown; any other handle is the HTML 404 page. Pictures
come from the media store (:mod:`.images`); an image it does not hold yet (a remote URL not
fetched) is not loaded from its host: the page shows a placeholder instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tradewinds.core.errors import NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import get_product
from tradewinds.store.tables import Product, ProductStatus, Variant
from tradewinds.web.description import description_paragraphs
from tradewinds.web.storefront.images import page_images

LOW_STOCK = 3  # "only 3 left" at or below this many units


@dataclass(frozen=True)
class StockState:
    """``in_stock``, ``low`` (with ``quantity``) or ``sold_out``."""

    kind: str
    quantity: int


def stock_state(quantity: int) -> StockState:
    if quantity <= 0:
        return StockState("sold_out", 0)
    return StockState("low" if quantity <= LOW_STOCK else "in_stock", quantity)


def _variant(variant: Variant) -> dict[str, Any]:
    options = [o for o in (variant.option1, variant.option2, variant.option3) if o]
    compare_at = variant.compare_at_minor
    return {
        "id": variant.id,
        "name": " / ".join(options),
        "sku": variant.sku or "",
        "price": variant.price_minor,
        "compare_at": compare_at if compare_at and compare_at > variant.price_minor else None,
        "currency": variant.currency,
        "stock": stock_state(variant.inventory_qty),
    }


def _context(session: Session, product: Product) -> dict[str, Any]:
    variants = [_variant(v) for v in sorted(product.variants, key=lambda v: v.position)]
    prices = [v["price"] for v in variants]
    return {
        "id": product.id,
        "handle": product.handle,
        "title": product.title,
        "vendor": product.vendor,
        "category": product.category.path.split(" > ") if product.category else [],
        "images": page_images(session, product),
        "variants": variants,
        "min_price": min(prices) if prices else None,
        "max_price": max(prices) if prices else None,
        "currency": variants[0]["currency"] if variants else "",
        "in_stock": any(v["stock"].kind != "sold_out" for v in variants),
        "attributes": sorted((a.key, a.value) for a in product.attributes),
        "description": description_paragraphs(product.body_html),
    }


def product_context(db: Database, tenant_id: int, handle: str) -> dict[str, Any]:
    """The product page's data, or ``NotFound`` for an unknown or unlisted handle."""
    with tenant_session(db, tenant_id) as session:
        product = get_product(session, handle)
        # A handle, not an id (get_product takes both); drafts and archived products stay hidden.
        listed = product.status == ProductStatus.ACTIVE and product.published
        if product.handle != handle or not listed:
            raise NotFound(f"no product {handle!r} in this shop")
        return _context(session, product)
