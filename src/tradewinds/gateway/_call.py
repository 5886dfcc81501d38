"""One metered model call: admission (rate limits, budgets), then exactly one usage record."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Protocol

from tradewinds.core.settings import Settings
from tradewinds.gateway import budgets, metrics
from tradewinds.gateway.errors import BudgetExceeded, LimiterUnavailable, RateLimited
from tradewinds.gateway.keys import KeyInfo
from tradewinds.gateway.limits import RateLimiter
from tradewinds.gateway.metering import UsageEvent
from tradewinds.gateway.shared_limits import limiter_down
from tradewinds.store import Database
from tradewinds.store.base import utcnow

log = logging.getLogger(__name__)


class GatewayParts(Protocol):
    """What a metered call (and a stream) needs of its gateway; ``service.Gateway`` has it.

    A protocol rather than an import of ``service``, which imports this module.
    """

    db: Database
    settings: Settings
    limiter: RateLimiter

    def write_usage(self, event: UsageEvent, reservation: budgets.Reservation | None) -> None:
        """Record one finished request (queued or committed now)."""


def new_completion_id() -> str:
    """A fresh OpenAI-style completion id (``chatcmpl-`` and 32 hex digits)."""
    return "chatcmpl-" + uuid.uuid4().hex


class MeteredCall:
    """Tracks one request from admission to its usage record; ``finish`` runs once."""

    def __init__(
        self,
        gateway: GatewayParts,
        tenant_id: int,
        key: KeyInfo | None,
        model: str,
        endpoint: str,
        feature: str,
    ) -> None:
        self.gateway = gateway
        self.key = key
        self.event = UsageEvent(
            tenant_id=tenant_id,
            key_id=key.id if key else None,
            feature=feature,
            endpoint=endpoint,
            model=model,
        )
        self.started = time.perf_counter()
        self.reservation: budgets.Reservation | None = None
        self.rate_estimate = 0
        self.done = False
        self.in_flight = False

    def admit(self, rate_tokens: int, budget_tokens: int) -> None:
        """Take the key's rate limits and reserve the budgets, or record the refusal and raise."""
        gw = self.gateway
        if self.key is not None:
            try:
                gw.limiter.admit(self.key, rate_tokens)
                self.rate_estimate = rate_tokens
            except RateLimited:
                self.finish("rate_limited")
                raise
            except LimiterUnavailable as exc:
                try:  # open: through, unlimited (nothing to settle); closed: refused
                    limiter_down(gw.settings, exc, model_call=bool(self.event.model))
                except LimiterUnavailable:
                    self.finish("limiter_unavailable")
                    raise
        if budget_tokens <= 0:
            return
        try:
            self.reservation = budgets.reserve(
                gw.db,
                self.event.tenant_id,
                self.key,
                budget_tokens,
                cache_ttl_s=gw.settings.gateway.key_cache_ttl_s,
            )
        except BudgetExceeded:
            self.finish("budget_exceeded")
            raise
        metrics.IN_FLIGHT.inc()
        self.in_flight = True

    def extend(self, tokens: int) -> None:
        """Reserve ``tokens`` more for a stream (``BudgetExceeded`` when spent)."""
        assert self.reservation is not None
        budgets.extend(self.gateway.db, self.reservation, tokens)

    @property
    def reserved(self) -> int:
        return self.reservation.tokens if self.reservation else 0

    def finish(
        self, status: str, *, prompt: int = 0, completion: int = 0, backend: str = ""
    ) -> None:
        """Queue the usage record (it settles the reservation) and count the metrics."""
        if self.done:
            return
        self.done = True
        seconds = time.perf_counter() - self.started
        event = self.event
        event.status = status
        event.prompt_tokens, event.completion_tokens = prompt, completion
        event.backend = backend
        event.latency_ms = round(seconds * 1000)
        event.created_at = utcnow()
        if self.in_flight:
            metrics.IN_FLIGHT.dec()
        if self.key is not None and self.rate_estimate:
            try:
                self.gateway.limiter.settle(self.key, self.rate_estimate, prompt + completion)
            except LimiterUnavailable as exc:  # the bucket keeps the estimate: errs strict
                log.warning("%s; the token count of this request was not settled", exc.message)
        metrics.observe(
            event.endpoint,
            event.model,
            status,
            seconds,
            prompt,
            completion,
            self.gateway.settings.models,
        )
        self.gateway.write_usage(event, self.reservation)
