"""``/products/{handle}``: one product as a shopper sees it.

Only active, published products are shown; any other handle is the HTML 404 page. Pictures
come from the media store (:mod:`.images`); an image it does not hold yet (a remote URL not
fetched) is not loaded from its host: the page shows a placeholder instead. The variant
shown is the shopper's choice (:mod:`.variant_picker`). The copy is the product's own title
and description, or the published copy in the page's language when the shop has one
(``merchant.shop_copy``); copy a model wrote carries the tenant's explicit AI-generated
label in the page's language, unless the tenant turned the storefront label off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tradewinds.compliance import explicit_label, load_policy
from tradewinds.core.errors import NotFound
from tradewinds.core.settings import Settings
from tradewinds.merchant import shop_copy
from tradewinds.store import Database, tenant_session
from tradewinds.store.media import local_image_urls
from tradewinds.store.queries import get_product
from tradewinds.store.tables import Product, ProductStatus, Variant
from tradewinds.web.description import description_paragraphs
from tradewinds.web.storefront.images import page_images, sized
from tradewinds.web.storefront.variant_picker import chosen_variant, option_groups

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


def _variant(variant: Variant, image_urls: Mapping[str, str]) -> dict[str, Any]:
    values = [(o or "").strip() for o in (variant.option1, variant.option2, variant.option3)]
    compare_at = variant.compare_at_minor
    image = image_urls.get(variant.image_src or "")
    return {
        "id": variant.id,
        "name": " / ".join(v for v in values if v),
        "options": values,
        "image": sized(image) if image else None,
        "sku": variant.sku or "",
        "price": variant.price_minor,
        "compare_at": compare_at if compare_at and compare_at > variant.price_minor else None,
        "currency": variant.currency,
        "stock": stock_state(variant.inventory_qty),
    }


def _copy(session: Session, product: Product, language: str | None) -> dict[str, Any]:
    """Title, description, SEO fields and whether the copy shown needs the AI label."""
    shown = shop_copy(session, product.id, language) if language else None
    translated = shown is not None and shown.translation
    return {
        "title": shown.copy.title if shown and translated else product.title,
        "description": description_paragraphs(
            shown.body_html if shown and translated else product.body_html
        ),
        "seo_title": shown.copy.seo_title if shown else "",
        "meta_description": shown.copy.meta_description if shown else "",
        "labelled": shown is not None and shown.labelled,
    }


def _context(session: Session, product: Product, query: Mapping[str, str]) -> dict[str, Any]:
    ordered = sorted(product.variants, key=lambda v: v.position)
    image_urls = local_image_urls(session, [v.image_src for v in ordered if v.image_src])
    variants = [_variant(v, image_urls) for v in ordered]
    prices = [v["price"] for v in variants]
    selection = chosen_variant(variants, query)
    names = {o.position: o.name for o in product.options if o.name != "Title"}
    images = page_images(session, product)
    return {
        "id": product.id,
        "handle": product.handle,
        "title": product.title,
        "vendor": product.vendor,
        "category": product.category.path.split(" > ") if product.category else [],
        "images": images,
        "gallery": _gallery(images, selection.variant, product.title),
        "variants": variants,
        "selection": selection,
        "option_groups": option_groups(variants, names, selection),
        "min_price": min(prices) if prices else None,
        "max_price": max(prices) if prices else None,
        "currency": variants[0]["currency"] if variants else "",
        "in_stock": any(v["stock"].kind != "sold_out" for v in variants),
        "attributes": sorted((a.key, a.value) for a in product.attributes),
        "description": description_paragraphs(product.body_html),
    }


def _gallery(
    images: list[dict[str, str]], chosen: dict[str, Any] | None, title: str
) -> list[dict[str, str]]:
    """The product's pictures, the chosen variant's own picture first."""
    picture = chosen["image"] if chosen else None
    if picture is None:
        return images
    return [{**picture, "alt": title}, *(i for i in images if i["src"] != picture["src"])]


def product_context(
    db: Database,
    tenant_id: int,
    handle: str,
    query: Mapping[str, str] | None = None,
    *,
    language: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """The product page's data with the variant chosen by ``query`` (``?variant=`` or the
    picker's option fields), or ``NotFound`` for an unknown or unlisted handle. With a
    ``language`` the published copy in it is shown and, if a model wrote it, ``ai_label``
    is the explicit label text (``settings`` for the label texts)."""
    with tenant_session(db, tenant_id) as session:
        product = get_product(session, handle)
        # A handle, not an id (get_product takes both); drafts and archived products stay hidden.
        listed = product.status == ProductStatus.ACTIVE and product.published
        if product.handle != handle or not listed:
            raise NotFound(f"no product {handle!r} in this shop")
        context = _context(session, product, query or {})
        copy = _copy(session, product, language)
    labelled = copy.pop("labelled")
    context.update(copy)
    context["ai_label"] = None
    if labelled and settings is not None:
        context["ai_label"] = explicit_label(settings, load_policy(db, tenant_id), language)
    return context
