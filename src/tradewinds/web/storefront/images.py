"""Product pictures on the pages: same-origin media URLs at the sizes the pages use.

Which images may be shown is the media store's decision (:mod:`tradewinds.store.media`):
media URLs, and remote images already copied in. Everything else leaves the page to its
placeholder; no page loads an image from another host.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tradewinds.store import Database, tenant_session
from tradewinds.store.media import ShownImage, first_images, shown_images
from tradewinds.store.tables import Product

CARD_WIDTH = 320
PAGE_WIDTHS = (480, 960)  # the product page's picture, and twice that for dense screens


def card_images(
    db: Database, tenant_id: int, results: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Search results (dicts with ``id``) with ``image``: ``{"src"}`` or ``None``."""
    with tenant_session(db, tenant_id) as session:
        first = first_images(session, [int(r["id"]) for r in results])
    return [
        {**r, "image": {"src": _sized(first[r["id"]], CARD_WIDTH)} if r["id"] in first else None}
        for r in results
    ]


def page_images(session: Session, product: Product) -> list[dict[str, str]]:
    """A product page's pictures: ``src``, ``srcset`` and ``alt`` each."""
    return [
        {**sized(image.url), "alt": image.alt}
        for image in shown_images(session, product.images, product.title)
    ]


def sized(url: str) -> dict[str, str]:
    """A product page picture at ``url`` (a media URL): ``src`` and ``srcset``."""
    small, large = PAGE_WIDTHS
    return {
        "src": f"{url}?w={small}",
        "srcset": f"{url}?w={small} {small}w, {url}?w={large} {large}w",
    }


def _sized(image: ShownImage, width: int) -> str:
    return f"{image.url}?w={width}"
