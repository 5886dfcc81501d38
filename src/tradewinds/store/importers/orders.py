"""Importing orders (stub: body being written)."""

from __future__ import annotations

from pathlib import Path

from tradewinds.store.db import Database
from tradewinds.store.importers.report import ImportReport, ProgressCallback


def import_orders(db: Database, tenant_id: int, path: Path, *, format: str = "auto",
                    skip_invalid: bool = False,
                    progress: ProgressCallback | None = None) -> ImportReport:  # fmt: skip
    raise NotImplementedError
