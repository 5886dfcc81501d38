"""Operational gauges read at scrape time: job queue depth and search index lag.

They describe shared state (the ``jobs`` table, each tenant's index), so they are read
from the database by whichever worker answers ``/metrics``, not counted per process.
Labels stay bounded: no tenant label; the index lag is the worst over the first
``MAX_TENANTS`` tenants (oldest first), with how many indexes are unbuilt or behind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from tradewinds.core.settings import Settings
from tradewinds.jobs import queue_health
from tradewinds.search import index_lag
from tradewinds.store import Database
from tradewinds.store.tenants import list_tenants

log = logging.getLogger(__name__)

MAX_TENANTS = 100


def ops_exposition(db: Database, settings: Settings) -> bytes:
    """Queue and index gauges in Prometheus text format (empty if the database fails).

    Metric families built per scrape, not ``Gauge`` objects: under multiprocess mode a
    ``Gauge`` would write per-process files, and these values are not per process.
    """
    try:
        health = queue_health(db)
        lags = [index_lag(db, t.id, settings) for t in list_tenants(db)[:MAX_TENANTS]]
    except Exception as exc:  # a scrape must answer; the failure is logged
        log.warning("queue and index metrics unavailable: %s", type(exc).__name__)
        return b""
    jobs = GaugeMetricFamily("tradewinds_jobs", "Jobs by state.", labels=["state"])
    jobs.add_metric(["queued_due"], health.due)
    jobs.add_metric(["queued_later"], health.queued - health.due)
    jobs.add_metric(["running"], health.running)
    jobs.add_metric(["lease_expired"], health.expired)
    families = [
        jobs,
        GaugeMetricFamily(
            "tradewinds_jobs_oldest_due_seconds",
            "How long the longest-waiting due job has waited.",
            value=health.oldest_due_s,
        ),
        GaugeMetricFamily(
            "tradewinds_search_index_lag_seconds",
            "Age of the oldest catalogue change not yet in a built search index (worst).",
            value=max((x.seconds for x in lags if x.built), default=0.0),
        ),
        GaugeMetricFamily(
            "tradewinds_search_index_pending_products",
            "Catalogue changes not yet in the built search indexes, over all tenants.",
            value=sum(x.pending for x in lags if x.built),
        ),
        GaugeMetricFamily(
            "tradewinds_search_indexes_unbuilt",
            "Tenants without a search index.",
            value=sum(1 for x in lags if not x.built),
        ),
    ]
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Families(families))
    return generate_latest(registry)


class _Families(Collector):
    def __init__(self, families: Sequence[Metric]) -> None:
        self._families = families

    def collect(self) -> list[Metric]:
        return list(self._families)
