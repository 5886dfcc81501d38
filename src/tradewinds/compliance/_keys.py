"""The HMAC key that signs implicit labels.

``compliance.label_signing_key`` when configured (required in production). In development
and tests a random key is generated once and kept in ``<home>/label_signing.key``, created
with permissions 0600 so other local users cannot forge labels.
"""

from __future__ import annotations

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
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process won the race: use its key
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32) + "\n")
    stored = path.read_text().strip()
    if not stored:
        raise ConfigError(f"{path} is empty; delete it to generate a new label signing key")
    return stored.encode()
