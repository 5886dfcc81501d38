"""Where media bytes live: the ``MediaStore`` contract and its folder implementation.

A backend stores opaque bytes under ``(tenant_id, key)``; keys are checked by
:func:`~tradewinds.store.media.keys.check_key` before a backend sees them. The folder
backend keeps ``<root>/t<tenant_id>/<key>``; an object-storage backend (S3 and friends)
would implement the same four methods with the tenant id as a key prefix. Nothing above
this module knows which backend is in use (see :func:`open_media_store`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from tradewinds.core.errors import ConfigError, InvalidInput, NotFound
from tradewinds.core.settings import Settings
from tradewinds.store.media.keys import check_key


@dataclass(frozen=True)
class MediaInfo:
    """What a backend knows about a stored object without reading it."""

    key: str
    size: int
    etag: str  # changes whenever the bytes change; quoted when sent as an HTTP ETag


@runtime_checkable
class MediaStore(Protocol):
    """Bytes per tenant and key. Implementations must never resolve a key outside the
    tenant's space; ``derived`` keys (``_variants/...``) are written by Tradewinds only."""

    def put(self, tenant_id: int, key: str, data: bytes, *, derived: bool = False) -> MediaInfo:
        """Store ``data`` at ``key``, replacing what was there (atomically)."""
        ...

    def read(self, tenant_id: int, key: str, *, derived: bool = False) -> bytes:
        """The bytes at ``key``; ``NotFound`` if there are none."""
        ...

    def info(self, tenant_id: int, key: str, *, derived: bool = False) -> MediaInfo | None:
        """Size and version of ``key``, or ``None`` if nothing is stored there."""
        ...

    def delete(self, tenant_id: int, key: str, *, derived: bool = False) -> None:
        """Remove ``key`` if present."""
        ...


class FolderMediaStore:
    """Media as files under ``root``: one folder per tenant (``t<id>``), writes atomic."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, tenant_id: int, key: str, derived: bool) -> Path:
        check_key(key, derived=derived)
        if not isinstance(tenant_id, int) or isinstance(tenant_id, bool) or tenant_id <= 0:
            raise InvalidInput(f"expected a positive tenant id, got {tenant_id!r}")
        space = (self.root / f"t{tenant_id}").resolve()
        path = (space / key).resolve()
        # Second wall after check_key: a symlink inside the folder must not lead out of it.
        if not path.is_relative_to(space):
            raise InvalidInput(f"media key {key!r} leaves the tenant's media folder")
        return path

    def put(self, tenant_id: int, key: str, data: bytes, *, derived: bool = False) -> MediaInfo:
        path = self._path(tenant_id, key, derived)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            Path(tmp).replace(path)  # readers see the old file or the new one, never half
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return _info(key, path.stat())

    def read(self, tenant_id: int, key: str, *, derived: bool = False) -> bytes:
        path = self._path(tenant_id, key, derived)
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(f"no media {key!r}") from None

    def info(self, tenant_id: int, key: str, *, derived: bool = False) -> MediaInfo | None:
        path = self._path(tenant_id, key, derived)
        try:
            stat = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            return None
        return _info(key, stat) if path.is_file() else None

    def delete(self, tenant_id: int, key: str, *, derived: bool = False) -> None:
        self._path(tenant_id, key, derived).unlink(missing_ok=True)


def _info(key: str, stat: os.stat_result) -> MediaInfo:
    version = f"{key}:{stat.st_size}:{stat.st_mtime_ns}".encode()
    return MediaInfo(key, stat.st_size, hashlib.sha256(version).hexdigest()[:20])


def open_media_store(settings: Settings) -> MediaStore:
    """The media store ``settings.media`` configures (today: ``folder``)."""
    if settings.media.backend == "folder":
        return FolderMediaStore(settings.media_path)
    raise ConfigError(f"media.backend={settings.media.backend!r} is not available")
