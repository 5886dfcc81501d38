"""Sign-in rate limiting and lockout, per email and per client address.

In-process: each server process counts on its own and forgets on restart, which is enough
for one ``tradewinds serve`` process. Several processes behind a load balancer each allow
the limits; a shared store (the database or Redis) would be needed to count them together.

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

_MAX_KEYS = 100_000  # beyond this, keys with no recent failure are forgotten first


def email_key(tenant_id: int, email: str) -> str:
    """The throttle's key for an email in a shop (a SHA-256 digest: no email is kept)."""
    digest = hashlib.sha256(f"{tenant_id}:{email.strip().lower()}".encode()).hexdigest()
    return f"email:{digest}"


def client_key(tenant_id: int, client: str) -> str:
    """The throttle's key for a client address in a shop."""
    return f"client:{tenant_id}:{client}"


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
        if self.max_per_email < 1 or self.max_per_client < 1 or self.window_s <= 0:
            raise ValueError("Expected max_per_email, max_per_client >= 1 and window_s > 0.")

    def _limit(self, key: str) -> int:
        return self.max_per_email if key.startswith("email:") else self.max_per_client

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
                times = self._recent(key, now)
                if len(times) >= self._limit(key):
                    wait = max(wait, times[-self._limit(key)] + self.window_s - now)
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


THROTTLE = SignInThrottle()  # the process's counts, used by sign_in and sign_up
