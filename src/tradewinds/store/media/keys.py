"""Media keys: the names of stored files inside one tenant's media space.

A key is a relative path of plain ASCII segments (``products/red-kite/main.jpg``). It never
names a tenant: every store operation takes the tenant id separately, so a key guessed
from another shop's page only ever reaches the asking shop's own files. Keys are checked
here, once, before any backend sees them; ``..``, absolute paths, backslashes, empty or
hidden segments and anything outside ``[A-Za-z0-9._-]`` are refused.

Segments starting with ``_`` are reserved for files Tradewinds derives itself (resized
variants), so an uploaded or fetched key can never overwrite or shadow one.
"""

from __future__ import annotations

import re

from tradewinds.core.errors import InvalidInput

MEDIA_PREFIX = "/media/"
"""Where the web app serves media: ``ProductImage.src`` of a stored image is this + key."""

MAX_KEY_LENGTH = 300
IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}
"""Stored image files by extension; nothing else (SVG included: it can carry script) is kept."""

_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def check_key(key: str, *, derived: bool = False) -> str:
    """Return ``key`` if it is a valid media key, else raise ``InvalidInput``.

    ``derived`` allows the reserved ``_`` segments of Tradewinds' own variants.

    >>> check_key("products/red-kite/main.jpg")
    'products/red-kite/main.jpg'
    """
    if not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidInput(f"media key must be 1-{MAX_KEY_LENGTH} characters")
    for segment in key.split("/"):
        reserved = derived and segment.startswith("_") and _SEGMENT.fullmatch(segment[1:])
        if segment in (".", "..") or not (_SEGMENT.fullmatch(segment) or reserved):
            raise InvalidInput(
                f"bad media key {key!r}: expected segments of letters, digits, '.', '_' or '-' "
                "separated by '/', e.g. products/red-kite/main.jpg"
            )
        if ".." in segment:
            raise InvalidInput(f"bad media key {key!r}: '..' is not allowed")
    return key


def content_type_of(key: str) -> str:
    """The image type a key's extension names, or ``InvalidInput`` if it is not an image."""
    dot = key.rfind(".")
    kind = IMAGE_TYPES.get(key[dot:].lower()) if dot > 0 else None
    if kind is None:
        known = ", ".join(sorted(IMAGE_TYPES))
        raise InvalidInput(f"media key {key!r} is not an image (expected one of {known})")
    return kind


def media_url(key: str) -> str:
    """The same-origin URL path of a stored key.

    >>> media_url("products/red-kite/main.jpg")
    '/media/products/red-kite/main.jpg'
    """
    return MEDIA_PREFIX + check_key(key)


def key_of_src(src: str) -> str | None:
    """The key of an image ``src`` that points into the media store, else ``None``.

    >>> key_of_src("/media/products/kite.jpg"), key_of_src("https://cdn.example/kite.jpg")
    ('products/kite.jpg', None)
    """
    if not src.startswith(MEDIA_PREFIX):
        return None
    key = src[len(MEDIA_PREFIX) :]
    try:
        return check_key(key)
    except InvalidInput:
        return None
