"""Sign-in rate limiting and lockout, per email and per client address: the rules, and
:class:`SignInThrottle`, the counts kept in one process's memory.

The storefront and the console count in the database by default
(:class:`~tradewinds.accounts.shared_throttle.DatabaseThrottle`), so every ``tradewinds
serve`` worker and host sees one count and a restart forgets nothing; this in-memory
throttle is for tests and for callers that want no database writes (each process counts on
its own and forgets on restart).

An email with ``max_per_email`` failures within ``window_s`` seconds is locked until the
oldest of them is ``window_s`` old; so is a client address with ``max_per_client``. Unknown
emails count like known ones, so the lockout reveals nothing about which exist. Emails are
kept only as SHA-256 digests.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

_MAX_KEYS = 100_000  # beyond this, keys with no recent failure are forgotten first


def email_key(tenant_id: int, email: str) -> str:
    """The throttle's key for an email in a shop (a SHA-256 digest: no email is kept)."""
    digest = hashlib.sha256(f"{tenant_id}:{email.strip().lower()}".encode()).hexdigest()
    return f"email:{digest}"


def client_key(tenant_id: int, client: str) -> str:
    """The throttle's key for a client address in a shop."""
    return f"client:{tenant_id}:{client}"


def check_limits(max_per_email: int, max_per_client: int, window_s: float) -> None:
    """Raise ``ValueError`` unless both limits are at least 1 and the window positive."""
    if max_per_email < 1 or max_per_client < 1 or window_s <= 0:
        raise ValueError("Expected max_per_email, max_per_client >= 1 and window_s > 0.")


def lockout_wait(
    key: str, times: list[float], now: float, *, max_per_email: int, max_per_client: int,
    window_s: float,
) -> float:  # fmt: skip
    """Seconds ``key`` stays locked given its failure ``times`` in the window (ascending):
    until the failure that reached the limit is ``window_s`` old; 0 below the limit."""
    limit = max_per_email if key.startswith("email:") else max_per_client
    if len(times) < limit:
        return 0.0
    return max(0.0, times[-limit] + window_s - now)


class Throttle(Protocol):
    """What sign-in needs of a throttle (in memory or in the database)."""

    def retry_after(self, *keys: str) -> float: ...

    def failed(self, *keys: str) -> None: ...

    def succeeded(self, key: str) -> None: ...


@dataclass
class SignInThrottle:
    """Failure counts per key in a sliding window (thread-safe)."""

    max_per_email: int = 5
    max_per_client: int = 20
    window_s: float = 15 * 60
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        check_limits(self.max_per_email, self.max_per_client, self.window_s)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        return times

    def retry_after(self, *keys: str) -> float:
        """Seconds until ``keys`` may try again (0 when none of them is locked)."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = list(self._recent(key, now))
                wait = max(wait, lockout_wait(key, times, now, max_per_email=self.max_per_email,
                                              max_per_client=self.max_per_client,
                                              window_s=self.window_s))  # fmt: skip
        return wait

    def failed(self, *keys: str) -> None:
        """Count one failure against each key."""
        now = self.clock()
        with self._lock:
            if len(self._failures) >= _MAX_KEYS:
                self._forget_stale(now)
            for key in keys:
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times

    def succeeded(self, key: str) -> None:
        """Forget the failures of ``key`` (an email after its correct password)."""
        with self._lock:
            self._failures.pop(key, None)

    def clear(self) -> None:
        """Forget every count (tests; an operator lifting a lockout by restarting works too)."""
        with self._lock:
            self._failures.clear()

    def _forget_stale(self, now: float) -> None:
        for key in [k for k, t in self._failures.items() if not t or t[-1] <= now - self.window_s]:
            del self._failures[key]
        while len(self._failures) >= _MAX_KEYS:  # still full: drop the oldest entries
            del self._failures[next(iter(self._failures))]
