"""The public surface of each package is pinned: changing it must be a deliberate edit.

Each package's ``__all__`` must resolve, contain no duplicates, and equal the list recorded
in ``tests/public_api.txt``. After an intended API change, regenerate the file with
``python tests/test_exported_members.py > tests/public_api.txt`` and review the diff.
"""

from __future__ import annotations

import importlib
from pathlib import Path

PACKAGES = [
    "tradewinds.core",
    "tradewinds.text",
    "tradewinds.store",
    "tradewinds.store.importers",
    "tradewinds.store.exporters",
    "tradewinds.store.queries",
    "tradewinds.jobs",
    "tradewinds.models",
    "tradewinds.gateway",
    "tradewinds.compliance",
    "tradewinds.search",
    "tradewinds.routing",
    "tradewinds.forecast",
    "tradewinds.assistant",
    "tradewinds.checkout",
    "tradewinds.recommend",
    "tradewinds.accounts",
    "tradewinds.merchant",
    "tradewinds.marketing",
    "tradewinds.staff",
    "tradewinds.catalog",
    "tradewinds.orders",
    "tradewinds.reports",
    "tradewinds.demo",
    "tradewinds.api",
]
SNAPSHOT = Path(__file__).with_name("public_api.txt")


def current_surface() -> list[str]:
    lines = []
    for name in PACKAGES:
        module = importlib.import_module(name)
        exported = list(module.__all__)
        assert len(exported) == len(set(exported)), f"{name}.__all__ has duplicates"
        for member in exported:
            assert hasattr(module, member), f"{name}.__all__ names missing {member!r}"
        lines += [f"{name}.{member}" for member in sorted(exported)]
    return lines


def test_public_api_matches_the_snapshot() -> None:
    assert current_surface() == SNAPSHOT.read_text().split()


if __name__ == "__main__":
    print("\n".join(current_surface()))
