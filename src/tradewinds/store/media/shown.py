"""Which product images a page may show, and at which same-origin URL.

A page never hotlinks another host. An image is shown when its ``src`` is already a media
URL (``/media/<key>``, as the demo store's are) or when it is a remote URL that
:func:`~tradewinds.store.media.remote.fetch_pending_images` has stored; any other image
is left out, and the page shows its placeholder instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.media.keys import key_of_src, media_url
from tradewinds.store.media.remote import url_sha256
from tradewinds.store.tables import ProductImage, RemoteImage, RemoteImageStatus


@dataclass(frozen=True)
class ShownImage:
    """A product image as a page shows it: a ``/media/...`` URL and its alt text."""

    url: str
    alt: str


def local_image_urls(session: Session, srcs: Iterable[str]) -> dict[str, str]:
    """The media URL of each of ``srcs`` the media store serves (others are absent)."""
    found: dict[str, str] = {}
    remote: dict[str, str] = {}
    for src in srcs:
        key = key_of_src(src)
        if key is not None:
            found[src] = media_url(key)
        elif src.startswith(("http://", "https://")):
            remote[url_sha256(src)] = src
    if remote:
        rows = session.execute(
            select(RemoteImage.url_sha256, RemoteImage.key).where(
                RemoteImage.url_sha256.in_(list(remote)),
                RemoteImage.status == RemoteImageStatus.STORED,
            )
        )
        for digest, key in rows:
            if key:
                found[remote[digest]] = media_url(key)
    return found


def shown_images(session: Session, images: Iterable[ProductImage], title: str) -> list[ShownImage]:
    """The servable ones of a product's ``images`` in position order; alt text falls back
    to the product's ``title``."""
    ordered = sorted(images, key=lambda i: i.position)
    urls = local_image_urls(session, [i.src for i in ordered])
    return [ShownImage(urls[i.src], i.alt or title) for i in ordered if i.src in urls]


def first_images(session: Session, product_ids: Iterable[int]) -> dict[int, ShownImage]:
    """The first servable image of each product (for cards in a list), by product id."""
    ids = list(set(product_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(ProductImage.product_id, ProductImage.src, ProductImage.alt)
        .where(ProductImage.product_id.in_(ids))
        .order_by(ProductImage.product_id, ProductImage.position)
    ).all()
    urls = local_image_urls(session, [src for _, src, _ in rows])
    first: dict[int, ShownImage] = {}
    for product_id, src, alt in rows:
        if product_id not in first and src in urls:
            first[product_id] = ShownImage(urls[src], alt)
    return first
