"""The bounded, age-aware LRU behind the in-process caches (keys, budgets, policies,
tenant encoders)."""

from __future__ import annotations

import time

import pytest

from tradewinds.core.lru import TimedLRU


def test_least_recently_used_goes_first() -> None:
    cache: TimedLRU[str, int] = TimedLRU(2)
    assert cache.put("a", 1) == [] and cache.put("b", 2) == []
    assert cache.get("a") == 1  # "a" is now the most recently used
    assert cache.put("c", 3) == [("b", 2)]  # what was dropped, for the caller to release
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2
    assert cache.put("d", 4, maxsize=1) == [("a", 1), ("c", 3)]  # a caller's bound replaces
    assert len(cache) == 1 and cache.get("d") == 4
    cache.pop("d")
    cache.pop("missing")
    assert len(cache) == 0


def test_entries_older_than_max_age_are_not_returned() -> None:
    cache: TimedLRU[str, int] = TimedLRU(4)
    cache.put("k", 7)
    assert cache.get("k", max_age=60) == 7
    time.sleep(0.02)
    assert cache.get("k", max_age=0.01) is None
    assert cache.get("k") == 7  # no age asked: still there
    cache.clear()
    assert cache.get("k") is None


def test_a_bound_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="maxsize must be at least 1"):
        TimedLRU(0)
