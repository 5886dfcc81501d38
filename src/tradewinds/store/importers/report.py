"""What an import did: counts, skipped rows and time, plus the progress-callback type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tradewinds.core.errors import RowProblem

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while an import writes; UI code draws the bar."""


@dataclass
class ImportReport:
    """The outcome of one import.

    ``created``, ``updated`` and ``unchanged`` count products (or orders); ``skipped`` lists
    the problems of rows left out under ``skip_invalid`` (a product with one bad row is
    skipped whole, and every problem it had is listed). ``changed_ids`` are the ids of the
    products created or updated (empty for orders and after a dry run, which
    ``dry_run`` marks: its counts say what an import would do).
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    seconds: float = 0.0
    path: str = ""
    format: str = ""
    changed_ids: list[int] = field(default_factory=list)
    dry_run: bool = False

    @property
    def skipped_lines(self) -> list[int]:
        """Distinct physical lines of the skipped rows, ascending."""
        return sorted({p.line for p in self.skipped})

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (the CLI's ``--json`` output)."""
        return {
            "file": self.path,
            "format": self.format,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [
                {"line": p.line, "field": p.field, "message": p.message} for p in self.skipped
            ],
            "seconds": round(self.seconds, 3),
        }
