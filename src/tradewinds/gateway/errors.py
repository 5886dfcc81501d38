"""Gateway refusals, as ``TradewindsError`` subclasses so every surface formats them once.

::

    TradewindsError
    ├── RateLimited          code=rate_limit_exceeded  HTTP 429 (+ Retry-After)
    │   └── BudgetExceeded   code=budget_exceeded      HTTP 429 (+ Retry-After)
    ├── LimiterUnavailable   code=limiter_unavailable  HTTP 503 (shared limiter down, closed)
    ├── InvalidInput
    │   └── ContentBlocked   code=content_blocked      HTTP 400
    └── NotFound
        └── UnknownModel     code=model_not_found      HTTP 404
"""

from __future__ import annotations

import math
from typing import Any

from tradewinds.core.errors import InvalidInput, NotFound, TradewindsError


class RateLimited(TradewindsError):
    """A key's requests or tokens per minute are used up; ``retry_after`` is in seconds."""

    code = "rate_limit_exceeded"
    http_status = 429

    def __init__(
        self, message: str, *, retry_after: float, details: dict[str, Any] | None = None
    ) -> None:
        self.retry_after = max(1, math.ceil(retry_after))
        super().__init__(message, details={**(details or {}), "retry_after": self.retry_after})


class BudgetExceeded(RateLimited):
    """A monthly token budget (of a key or of the tenant) is spent until next month."""

    code = "budget_exceeded"


class LimiterUnavailable(TradewindsError):
    """The shared rate limiter (database or Redis) did not answer in time.

    Raised by shared :class:`~tradewinds.gateway.limits.RateLimiter` s; the gateway then
    refuses the request or lets it through, as ``gateway.limiter_down_*`` say.
    """

    code = "limiter_unavailable"
    http_status = 503


class ContentBlocked(InvalidInput):
    """Moderation blocked the input (or the output) of a request."""

    code = "content_blocked"
    http_status = 400


class UnknownModel(NotFound):
    """The request names a model alias that is not configured, or not allowed for the key."""

    code = "model_not_found"
