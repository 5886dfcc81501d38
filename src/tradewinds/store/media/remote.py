"""Copying remote product images into the media store.

Product images whose ``src`` is an ``http(s)://`` URL (an imported Shopify CSV's, say) are
*pending* until a :class:`~tradewinds.store.tables.RemoteImage` row records them: stored
under a key, or failed with the reason. :func:`fetch_pending_images` downloads them with a
time limit per image, a size limit and a check that the bytes are really a JPEG, PNG,
WebP or GIF image; a failure is recorded and the next image is tried, nothing is raised
for one bad URL. Failed URLs are tried again only when asked (``retry_failed``). Where the
network does not allow (three hosts in a row unreachable), the run stops early and leaves
the rest pending for a later run.

Hosts on loopback, private and link-local networks are refused unless
``allow_private_hosts`` (a merchant's URL must not make the server probe its own
network); each redirect hop is checked the same way.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from sqlalchemy import select

from tradewinds.core.errors import InvalidInput
from tradewinds.store.db import Database
from tradewinds.store.media.backend import MediaStore
from tradewinds.store.media.images import sniff_image
from tradewinds.store.session import tenant_session
from tradewinds.store.tables import ProductImage, RemoteImage, RemoteImageStatus

log = logging.getLogger(__name__)

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
}
_MAX_REDIRECTS = 3
_UNREACHABLE_IN_A_ROW = 3
_CHUNK = 64 * 1024


@dataclass
class FetchReport:
    """What one :func:`fetch_pending_images` run did."""

    stored: int = 0
    failed: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # url -> reason, failures only
    pending: int = 0  # left for a later run (stopped early: the network seems down)


class _Unreachable(InvalidInput):
    """The host could not be reached at all (no route, no DNS, connection refused)."""


def url_sha256(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


def pending_image_urls(db: Database, tenant_id: int, *, retry_failed: bool = False) -> list[str]:
    """Remote product-image URLs of ``tenant_id`` not stored yet (and not failed, unless
    ``retry_failed``), in a stable order."""
    with tenant_session(db, tenant_id) as session:
        srcs = session.scalars(
            select(ProductImage.src)
            .where(ProductImage.src.startswith("http://") | ProductImage.src.startswith("https://"))
            .distinct()
        ).all()
        done = {
            row.url_sha256
            for row in session.scalars(select(RemoteImage))
            if row.status == RemoteImageStatus.STORED or not retry_failed
        }
    return sorted(src for src in srcs if url_sha256(src) not in done)


def fetch_pending_images(
    db: Database,
    store: MediaStore,
    tenant_id: int,
    *,
    timeout_s: float = 10.0,
    max_bytes: int = 10 * 1024 * 1024,
    retry_failed: bool = False,
    limit: int | None = None,
    allow_private_hosts: bool = False,
) -> FetchReport:
    """Download ``tenant_id``'s pending remote images into ``store`` and record each
    outcome; ``limit`` caps how many URLs one run tries."""
    report = FetchReport()
    urls = pending_image_urls(db, tenant_id, retry_failed=retry_failed)[:limit]
    unreachable = 0
    with httpx.Client(timeout=timeout_s, follow_redirects=False) as client:
        for done, url in enumerate(urls):
            if unreachable >= _UNREACHABLE_IN_A_ROW:
                report.pending = len(urls) - done
                log.warning("stopped fetching images: %d hosts in a row unreachable", unreachable)
                break
            try:
                data = _download(client, url, timeout_s, max_bytes, allow_private_hosts)
                content_type = sniff_image(data)
                key = f"remote/{url_sha256(url)[:32]}{_EXTENSIONS[content_type]}"
                store.put(tenant_id, key, data)
            except InvalidInput as exc:
                unreachable = unreachable + 1 if isinstance(exc, _Unreachable) else 0
                report.failed += 1
                report.errors[url] = exc.message
                _record(db, tenant_id, url, error=exc.message)
                log.info("remote image not fetched for tenant %s: %s", tenant_id, exc.message)
            else:
                unreachable = 0
                report.stored += 1
                _record(db, tenant_id, url, key=key, content_type=content_type, size=len(data))
    return report


def _record(db: Database, tenant_id: int, url: str, *, key: str | None = None,
            content_type: str = "", size: int = 0, error: str = "") -> None:  # fmt: skip
    digest = url_sha256(url)
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(select(RemoteImage).where(RemoteImage.url_sha256 == digest)).first()
        if row is None:
            row = RemoteImage(url_sha256=digest, url=url[:2000], attempts=0)
            session.add(row)
        row.status = RemoteImageStatus.STORED if key else RemoteImageStatus.FAILED
        row.key, row.content_type, row.size, row.error = key, content_type, size, error[:500]
        row.attempts += 1


def _download(client: httpx.Client, url: str, timeout_s: float, max_bytes: int,
              allow_private: bool) -> bytes:  # fmt: skip
    """The body of ``url`` (following up to three checked redirects), or ``InvalidInput``
    saying why not; the whole download must finish within ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    for _hop in range(_MAX_REDIRECTS + 1):
        _check_url(url, allow_private)
        try:
            with client.stream("GET", url, headers={"Accept": "image/*"}) as response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code != 200:
                    raise InvalidInput(f"HTTP {response.status_code}")
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind not in _EXTENSIONS:
                    raise InvalidInput(f"content type {kind or 'missing'!r} is not an image")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InvalidInput(f"{declared} bytes is over the limit of {max_bytes}")
                body = bytearray()
                for chunk in response.iter_bytes(_CHUNK):
                    body += chunk
                    if len(body) > max_bytes:
                        raise InvalidInput(f"over the limit of {max_bytes} bytes")
                    if time.monotonic() > deadline:
                        raise InvalidInput(f"took longer than {timeout_s:g} s")
                return bytes(body)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise _Unreachable(f"host unreachable: {type(exc).__name__}: {exc}") from None
        except httpx.HTTPError as exc:
            raise InvalidInput(f"download failed: {type(exc).__name__}: {exc}") from None
    raise InvalidInput(f"more than {_MAX_REDIRECTS} redirects")


def _check_url(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput("only http:// and https:// URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise _Unreachable(f"host {parts.hostname!r} not found: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise InvalidInput(f"host {parts.hostname!r} is on a private network ({address})")
