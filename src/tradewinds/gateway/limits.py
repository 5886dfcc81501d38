"""Requests and tokens per minute per key: token buckets behind a small interface.

Each key has two buckets: ``rpm`` requests and ``tpm`` tokens, each refilled continuously
at its per-minute rate up to one minute's worth (so a burst of a full minute is allowed,
then the steady rate). A request is admitted while the token bucket is not empty and takes
its estimate (prompt + max_tokens); when it finishes, the difference to the real count is
settled, which may leave the bucket in debt, delaying the next request. So, like budgets,
tokens per minute are overrun by at most the requests in flight.

:class:`TokenBucketLimiter` keeps the state in this process, in a bounded LRU
(``gateway.max_tracked_keys``): an evicted key starts again with full buckets, which only
errs on the lenient side for keys idle long enough to be evicted. Several server processes
would each enforce the limits separately (N processes allow up to N times the rate), so
they share the same buckets through the database (``limits_db``) or Redis
(``limits_redis``) instead; ``shared_limits.limiter_for`` picks one from the settings.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from tradewinds.gateway.errors import RateLimited
from tradewinds.gateway.keys import KeyInfo


class RateLimiter(Protocol):
    """What the gateway needs from a limiter; swap in a shared one for several processes."""

    def admit(self, key: KeyInfo, tokens: int) -> None:
        """Take one request and ``tokens`` estimated tokens, or raise ``RateLimited``.

        A shared limiter that cannot reach its store raises ``LimiterUnavailable``.
        """

    def settle(self, key: KeyInfo, estimated: int, actual: int) -> None:
        """Correct the token bucket once the real count of an admitted request is known."""


def refused(key: KeyInfo, requests: float, tokens: float) -> RateLimited:
    """The refusal of ``key`` given its refilled bucket levels (requests checked first)."""
    if key.rpm is not None and requests < 1:
        wait = (1 - requests) * 60.0 / key.rpm
        return RateLimited(
            f"rate limit: key {key.name!r} allows {key.rpm} requests per minute; "
            f"retry in {wait:.1f} s",
            retry_after=wait,
            details={"limit": "rpm", "value": key.rpm},
        )
    tpm = key.tpm or 1
    wait = (1 - tokens) * 60.0 / tpm
    return RateLimited(
        f"rate limit: key {key.name!r} allows {tpm} tokens per minute; retry in {wait:.1f} s",
        retry_after=wait,
        details={"limit": "tpm", "value": tpm},
    )


@dataclass
class _Bucket:
    level: float
    stamp: float

    def refill(self, per_minute: int, now: float) -> None:
        rate = per_minute / 60.0
        self.level = min(float(per_minute), self.level + (now - self.stamp) * rate)
        self.stamp = now


class TokenBucketLimiter:
    """In-process token buckets, one pair per key, for at most ``max_keys`` keys."""

    def __init__(self, max_keys: int = 10_000) -> None:
        self.max_keys = max_keys
        self._buckets: OrderedDict[int, tuple[_Bucket, _Bucket]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def _pair(self, key: KeyInfo, now: float) -> tuple[_Bucket, _Bucket]:
        pair = self._buckets.get(key.id)
        if pair is None:
            pair = (_Bucket(float(key.rpm or 0), now), _Bucket(float(key.tpm or 0), now))
            self._buckets[key.id] = pair
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key.id)
        return pair

    def admit(self, key: KeyInfo, tokens: int) -> None:
        if key.rpm is None and key.tpm is None:
            return
        now = time.monotonic()
        with self._lock:
            requests, token_bucket = self._pair(key, now)
            if key.rpm is not None:
                requests.refill(key.rpm, now)
            if key.tpm is not None:
                token_bucket.refill(key.tpm, now)
            if (key.rpm is not None and requests.level < 1) or (
                key.tpm is not None and token_bucket.level <= 0
            ):
                raise refused(key, requests.level, token_bucket.level)
            if key.tpm is not None:
                token_bucket.level -= tokens
            if key.rpm is not None:
                requests.level -= 1

    def settle(self, key: KeyInfo, estimated: int, actual: int) -> None:
        if key.tpm is None or actual == estimated:
            return
        with self._lock:
            pair = self._buckets.get(key.id)
            if pair is not None:
                pair[1].level = min(float(key.tpm), pair[1].level + estimated - actual)
