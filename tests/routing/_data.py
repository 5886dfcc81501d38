"""Where the shared benchmark data lies: ``shared/data/routing`` beside the checkout.

The checkout may be the main one (``/work/main``: the data is ``../shared``) or a git
worktree one level deeper (``/work/wt/NAME``: ``../../shared``), so the folders above the
repository are searched, nearest first. ``ROUTING_DATA`` names another folder.
"""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


def routing_data() -> Path:
    """The benchmark data folder (it may not exist: tests that need it skip)."""
    if os.environ.get("ROUTING_DATA"):
        return Path(os.environ["ROUTING_DATA"])
    for above in _REPO.parents:
        candidate = above / "shared" / "data" / "routing"
        if candidate.is_dir():
            return candidate
    return _REPO.parent / "shared" / "data" / "routing"
