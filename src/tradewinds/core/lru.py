"""A small thread-safe, bounded, least-recently-used map whose entries know their age.

In-process caches in front of the database (verified API keys, tenants without a budget,
tenant content policies) all need the same three things: a bound so many tenants cannot
grow memory without limit, least recently used out first, and "no older than N seconds"
so another process's writes show after a while.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class TimedLRU(Generic[K, V]):
    """At most ``maxsize`` entries; each remembers when it was put.

    Parameters
    ----------
    maxsize
        Entries kept at most; putting one more drops the least recently used.
    """

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, got {maxsize}")
        self.maxsize = maxsize
        self._items: OrderedDict[K, tuple[V, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, max_age: float | None = None) -> V | None:
        """The value for ``key`` (now the most recently used), or ``None`` if there is
        none or it was put more than ``max_age`` seconds ago."""
        with self._lock:
            hit = self._items.get(key)
            if hit is None or (max_age is not None and time.monotonic() - hit[1] > max_age):
                return None
            self._items.move_to_end(key)
            return hit[0]

    def put(self, key: K, value: V, *, maxsize: int | None = None) -> list[tuple[K, V]]:
        """Remember ``value`` for ``key`` as of now; ``maxsize`` replaces the bound.

        Returns the entries dropped to stay within the bound, least recently used first
        (for a caller that must release what they hold).
        """
        dropped: list[tuple[K, V]] = []
        with self._lock:
            if maxsize is not None:
                self.maxsize = max(1, maxsize)
            self._items[key] = (value, time.monotonic())
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                old, (gone, _) = self._items.popitem(last=False)
                dropped.append((old, gone))
        return dropped

    def pop(self, key: K) -> None:
        """Forget ``key`` (nothing happens if it is not there)."""
        with self._lock:
            self._items.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items
