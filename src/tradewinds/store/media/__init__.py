"""The media store: product images kept by Tradewinds, served resized by the web app.

>>> from tradewinds.store.media import open_media_store, image_for
>>> store = open_media_store(settings)  # doctest: +SKIP
>>> store.put(tenant.id, "products/red-kite/main.jpg", jpeg_bytes)  # doctest: +SKIP
>>> image_for(store, tenant.id, "products/red-kite/main.jpg", 320)  # doctest: +SKIP

Keys are per tenant (:mod:`.keys`); bytes live in a :class:`MediaStore` backend
(:mod:`.backend`: a folder today); resized variants are cached in the store
(:mod:`.images`); remote images are copied in by :func:`fetch_pending_images`
(:mod:`.remote`); pages ask :mod:`.shown` which images they may show.
"""

from tradewinds.store.media.backend import (
    FolderMediaStore,
    MediaInfo,
    MediaStore,
    open_media_store,
)
from tradewinds.store.media.images import WIDTHS, ServedImage, image_for, resize, sniff_image
from tradewinds.store.media.keys import MEDIA_PREFIX, check_key, key_of_src, media_url
from tradewinds.store.media.remote import FetchReport, fetch_pending_images, pending_image_urls
from tradewinds.store.media.shown import (
    ShownImage,
    first_images,
    local_image_urls,
    shown_images,
)

__all__ = [
    "MEDIA_PREFIX",
    "WIDTHS",
    "FetchReport",
    "FolderMediaStore",
    "MediaInfo",
    "MediaStore",
    "ServedImage",
    "ShownImage",
    "check_key",
    "fetch_pending_images",
    "first_images",
    "image_for",
    "key_of_src",
    "local_image_urls",
    "media_url",
    "open_media_store",
    "pending_image_urls",
    "resize",
    "shown_images",
    "sniff_image",
]
