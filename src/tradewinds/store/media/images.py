"""Images out of the media store: originals, resized variants cached in the store, checks.

A variant is a fixed width (:data:`WIDTHS`; any other width is refused, so a client cannot
fill the cache with one file per pixel), never wider than the original, encoded as WebP.
It is stored beside the originals under the reserved key
``_variants/w<width>/<etag of the original>/<key>.webp``: it is made once, survives
restarts, works the same on any backend, and a replaced original gets new variants
(its ETag changes) instead of stale ones.

Pillow is imported inside the functions that need it (``tradewinds --help`` stays light).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store.media.backend import MediaStore
from tradewinds.store.media.keys import check_key, content_type_of

if TYPE_CHECKING:
    from PIL import Image

WIDTHS = (160, 320, 480, 640, 960, 1280)
"""The widths a variant may have, in pixels."""

MAX_PIXELS = 40_000_000  # decompression-bomb guard for stored and fetched images
_VARIANT_QUALITY = 80


@dataclass(frozen=True)
class ServedImage:
    """Bytes ready to send: the body, its type and a strong ETag (unquoted)."""

    data: bytes
    content_type: str
    etag: str


def image_for(store: MediaStore, tenant_id: int, key: str, width: int | None) -> ServedImage:
    """The stored image ``key`` of ``tenant_id``, resized to ``width`` if given.

    Raises ``NotFound`` when the tenant has no such image, ``InvalidInput`` for a bad key
    or a width outside :data:`WIDTHS`.
    """
    check_key(key)
    content_type = content_type_of(key)
    if width is not None and width not in WIDTHS:
        allowed = ", ".join(str(w) for w in WIDTHS)
        raise InvalidInput(f"image width {width} is not offered (expected one of {allowed})")
    original = store.info(tenant_id, key)
    if original is None:
        raise NotFound(f"no image {key!r}")
    if width is None:
        return ServedImage(store.read(tenant_id, key), content_type, original.etag)
    variant_key = f"_variants/w{width}/{original.etag}/{key}.webp"
    variant = store.info(tenant_id, variant_key, derived=True)
    if variant is None:
        data = resize(store.read(tenant_id, key), width)
        variant = store.put(tenant_id, variant_key, data, derived=True)
    else:
        data = store.read(tenant_id, variant_key, derived=True)
    return ServedImage(data, "image/webp", variant.etag)


def resize(data: bytes, width: int) -> bytes:
    """``data`` (any image Pillow reads) scaled to ``width`` pixels wide (never enlarged),
    as WebP; ``InvalidInput`` if it is not a readable image."""
    from PIL import Image, ImageOps

    with _readable("not a readable image"), _open(data) as opened:
        image = ImageOps.exif_transpose(opened)  # phone photos: turn, then scale
        if image.width > width:
            height = max(1, round(image.height * width / image.width))
            image = image.resize((width, height), Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        out = io.BytesIO()
        image.save(out, "WEBP", quality=_VARIANT_QUALITY)
        return out.getvalue()


_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}


def sniff_image(data: bytes) -> str:
    """The content type of ``data`` if it is a whole JPEG, PNG, WebP or GIF image within
    :data:`MAX_PIXELS`, else ``InvalidInput`` (what a fetched file must pass to be kept)."""
    with _readable("not a readable image"), _open(data) as image:
        kind = _FORMATS.get(image.format or "")
        if kind is None:
            raise InvalidInput(f"not a JPEG, PNG, WebP or GIF image (found {image.format})")
        image.load()  # a truncated file fails here, not when a shopper asks for it
        return kind


def _open(data: bytes) -> Image.Image:
    """Pillow's image of ``data``, refused when it has more than :data:`MAX_PIXELS`."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise InvalidInput(f"image of {image.width}x{image.height} pixels is too large")
    return image


@contextmanager
def _readable(what: str) -> Iterator[None]:
    """Pillow raises many kinds of error for bad files; none may leave this module."""
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(f"{what}: {exc}") from None
