"""Catalogue tests save products, which reindexes them: close the indexes afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tradewinds.search import _state, close_indexes


@pytest.fixture(autouse=True)
def _close_indexes() -> Iterator[None]:
    yield
    close_indexes()
    _state.clear()
