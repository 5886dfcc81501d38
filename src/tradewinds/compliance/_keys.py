"""The HMAC key that signs implicit labels.

``compliance.label_signing_key`` when configured (required in production). In development
and tests a random key is generated once and kept in ``<home>/label_signing.key``, created
with permissions 0600 so other local users cannot forge labels.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import Settings

KEY_FILE = "label_signing.key"


def key_path(settings: Settings) -> Path:
    return settings.home / KEY_FILE


def signing_key(settings: Settings) -> bytes:
    """The label signing key, generating the development key on first use."""
    configured = settings.compliance.label_signing_key
    if configured is not None:
        value = configured.get_secret_value().encode()
        if len(value) < 16:
            raise ConfigError(
                "compliance.label_signing_key is too short (expected at least 16 characters; "
                "e.g. the output of 'python -c \"import secrets; print(secrets.token_hex(32))\"')"
            )
        return value
    if settings.env == "production":
        raise ConfigError(
            "env=production requires compliance.label_signing_key "
            "(TRADEWINDS_COMPLIANCE__LABEL_SIGNING_KEY) to sign AI-content labels"
        )
    path = key_path(settings)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write the key to a private temporary file, then link it into place: the link is
        # atomic, so a concurrent reader never sees a created-but-empty key file, and the
        # first writer's key wins for everyone.
        tmp = path.with_name(f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32) + "\n")
            # Another thread or process may have won the race: then its key is used.
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            tmp.unlink()
    stored = path.read_text().strip()
    if not stored:
        raise ConfigError(f"{path} is empty; delete it to generate a new label signing key")
    return stored.encode()
