"""Which rate limiter a gateway uses, and what happens when a shared one is down.

``gateway.limiter``:

* ``memory``: :class:`~tradewinds.gateway.limits.TokenBucketLimiter`, per process;
* ``database``: :class:`~tradewinds.gateway.limits_db.DatabaseLimiter` (``rate_buckets``);
* ``redis``: :class:`~tradewinds.gateway.limits_redis.RedisLimiter` (``gateway.redis_url``);
* ``auto`` (default): the database on PostgreSQL (the deployments that run several
  processes or hosts), memory on SQLite (one process; a database round trip would buy
  nothing there).

When a shared limiter cannot answer (``LimiterUnavailable``), :func:`limiter_down` applies
``gateway.limiter_down_models`` to model calls (default ``closed``: refused with 503, since
an unlimited model call spends real money) and ``gateway.limiter_down_other`` to requests
that call no model (default ``open``: let through), and logs it, at most once per
:data:`LOG_EVERY_S` seconds per process with the count of occurrences since.
"""

from __future__ import annotations

import logging
import threading
import time

from tradewinds.core.settings import Settings
from tradewinds.gateway.errors import LimiterUnavailable
from tradewinds.gateway.limits import RateLimiter, TokenBucketLimiter
from tradewinds.store import Database

log = logging.getLogger(__name__)

#: Seconds between two log lines about an unavailable limiter (the rest are counted).
LOG_EVERY_S = 10.0


def limiter_kind(db: Database, settings: Settings) -> str:
    """``memory``, ``database`` or ``redis``: ``gateway.limiter`` with ``auto`` resolved."""
    kind = settings.gateway.limiter
    if kind == "auto":
        return "database" if db.engine.dialect.name == "postgresql" else "memory"
    return kind


def limiter_for(db: Database, settings: Settings) -> RateLimiter:
    """A new limiter for a gateway serving ``db`` with ``settings``."""
    config = settings.gateway
    kind = limiter_kind(db, settings)
    if kind == "database":
        from tradewinds.gateway.limits_db import DatabaseLimiter

        return DatabaseLimiter(db, timeout_s=config.limiter_timeout_s)
    if kind == "redis":
        from tradewinds.gateway.limits_redis import RedisLimiter

        assert config.redis_url is not None  # the settings refuse redis without a URL
        return RedisLimiter(config.redis_url.get_secret_value(), timeout_s=config.limiter_timeout_s)
    return TokenBucketLimiter(config.max_tracked_keys)


class _Throttle:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last = -LOG_EVERY_S
        self.suppressed = 0

    def due(self) -> int | None:
        """The count suppressed since the last line when a line is due now, else None."""
        now = time.monotonic()
        with self.lock:
            if now - self.last < LOG_EVERY_S:
                self.suppressed += 1
                return None
            count, self.suppressed, self.last = self.suppressed, 0, now
            return count


_throttle = _Throttle()


def limiter_down(settings: Settings, exc: LimiterUnavailable, *, model_call: bool) -> None:
    """Apply the failure policy: return to let the request through, or raise ``exc``."""
    config = settings.gateway
    policy = config.limiter_down_models if model_call else config.limiter_down_other
    suppressed = _throttle.due()
    if suppressed is not None:
        what = "model calls" if model_call else "requests without a model"
        action = "refused (503)" if policy == "closed" else "let through without rpm/tpm limits"
        more = f" ({suppressed} more since the last line)" if suppressed else ""
        log.error(
            "%s; %s are %s (gateway.limiter=%s, limiter_down_%s=%s)%s",
            exc.message,
            what,
            action,
            config.limiter,
            "models" if model_call else "other",
            policy,
            more,
        )
    if policy == "closed":
        raise exc
