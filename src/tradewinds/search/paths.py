"""Where a tenant's search files live: its index generations, encoder choice and ranker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings


def index_directory(settings: Settings, tenant_id: int) -> Path:
    """``settings.home / "search" / "tenant-<id>"``."""
    return Path(settings.home) / "search" / f"tenant-{tenant_id}"
