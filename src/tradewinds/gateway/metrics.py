"""Prometheus metrics of the gateway, on a registry of their own (``/metrics``).

Under ``tradewinds serve --workers N`` each worker counts its own requests; ``serve`` points
``PROMETHEUS_MULTIPROC_DIR`` at a fresh folder before the workers start, prometheus_client
then keeps every value in a per-process file there, and :func:`exposition` sums the files
of all workers, so whichever worker answers a scrape reports the whole server.

Labels are bounded on purpose: endpoint, model alias (configured aliases only; anything
else is ``other``) and status, never tenant or key, whose number grows without limit and
would grow the exporter's memory with it. Per-tenant figures come from usage records.
"""

from __future__ import annotations

import os
from collections.abc import Collection

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "tradewinds_gateway_requests",
    "Gateway requests by endpoint, model alias and outcome.",
    ["endpoint", "model", "status"],
    registry=REGISTRY,
)
TOKENS = Counter(
    "tradewinds_gateway_tokens",
    "Tokens metered by the gateway, by model alias and kind (prompt, completion).",
    ["model", "kind"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "tradewinds_gateway_request_duration_seconds",
    "Time from admission to the last byte of the answer.",
    ["endpoint"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
IN_FLIGHT = Gauge(
    "tradewinds_gateway_in_flight",
    "Model requests being answered now.",
    registry=REGISTRY,
    multiprocess_mode="livesum",  # summed over the live workers
)


def observe(
    endpoint: str,
    model: str,
    status: str,
    seconds: float,
    prompt_tokens: int,
    completion_tokens: int,
    known_models: Collection[str],
) -> None:
    """Count one finished request."""
    alias = model if model in known_models else "other"
    REQUESTS.labels(endpoint, alias, status).inc()
    LATENCY.labels(endpoint).observe(seconds)
    if prompt_tokens:
        TOKENS.labels(alias, "prompt").inc(prompt_tokens)
    if completion_tokens:
        TOKENS.labels(alias, "completion").inc(completion_tokens)


def exposition() -> bytes:
    """The metrics in Prometheus text format: this process's, or with
    ``PROMETHEUS_MULTIPROC_DIR`` set, every worker's summed."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        combined = CollectorRegistry()
        multiprocess.MultiProcessCollector(combined)  # type: ignore[no-untyped-call]
        return generate_latest(combined)
    return generate_latest(REGISTRY)
