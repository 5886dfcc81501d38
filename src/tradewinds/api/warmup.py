"""Warm starts: what a served app loads in the background before ``/readyz`` says ready.

The first search after a cold start used to pay for everything loaded lazily on the way:
importing torch and sentence-transformers and loading the embedding model, catching the
tenant's index up and reading its vocabulary (typo dictionary, term statistics), CC-CEDICT
when the shop holds Chinese, jieba, the tenant's ranker — 15 s measured, against well under
a second for the next one. ``tradewinds serve`` (each of its workers) runs the same path
once per tenant at start-up, on a background thread, with probe queries that are not
logged as searches, so the first shopper's request finds everything loaded.

Steps run in order (the database first: everything else needs it). A step that fails is
logged and reported by ``/readyz`` under ``warm`` but does not hold readiness back: a
missing embedding model leaves search on keywords, which is what a request would get too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from tradewinds.core.settings import Settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

log = logging.getLogger(__name__)

PROBES = ("warm start", "预热")
"""Queries a warm-up search runs: one English, one Chinese (the Chinese analyser and the
Chinese-English dictionary load on the first text of their language)."""

Step = tuple[str, Callable[[], None]]


@dataclass
class Warmup:
    """Background loading with a state per step: pending, loading, ready or failed."""

    steps: list[Step] = field(default_factory=list)
    states: dict[str, str] = field(default_factory=dict)
    seconds: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Run the steps on a daemon thread (returns at once)."""
        with self._lock:
            for name, _ in self.steps:
                self.states.setdefault(name, "pending")
        self._thread = threading.Thread(target=self._run, name="warmup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the steps to finish; whether they did within ``timeout``."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def add(self, name: str, run: Callable[[], None]) -> None:
        """Append a step (steps may add the steps that depend on their result)."""
        with self._lock:
            self.steps.append((name, run))
            self.states[name] = "pending"

    def snapshot(self) -> dict[str, str]:
        with self._lock:
            return dict(self.states)

    def loading(self) -> list[str]:
        """Steps not finished yet (pending or loading)."""
        return [k for k, v in self.snapshot().items() if v in ("pending", "loading")]

    def _set(self, name: str, state: str) -> None:
        with self._lock:
            self.states[name] = state

    def _run(self) -> None:
        started = time.perf_counter()
        done = 0
        while True:
            with self._lock:
                if done >= len(self.steps):
                    break
                name, run = self.steps[done]
            done += 1
            self._set(name, "loading")
            step_started = time.perf_counter()
            try:
                run()
            except Exception as exc:  # reported by /readyz; the server still serves
                log.warning("warm-up step %s failed: %s", name, exc, exc_info=True)
                self._set(name, f"failed: {_reason(exc)}")
                continue
            self._set(name, "ready")
            log.info("warm-up step %s ready in %.1f s", name, time.perf_counter() - step_started)
        self.seconds = time.perf_counter() - started
        log.info("warm-up finished in %.1f s", self.seconds)


def _reason(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    # Our errors carry messages meant for people; others only their class (driver
    # messages can hold host names or URLs).
    return str(message) if isinstance(message, str) else type(exc).__name__


def plan_warmup(settings: Settings, open_db: Callable[[], Database]) -> Warmup:
    """The warm-up of a served app: open (and migrate) the database, then each tenant's
    search (at most ``server.warm_tenants``, oldest first)."""
    warmup = Warmup()

    def database() -> None:
        db = open_db()
        from tradewinds.store.tenants import list_tenants

        for tenant in list_tenants(db)[: settings.server.warm_tenants]:
            warmup.add(f"search:{tenant.slug}", partial(warm_search, db, tenant, settings))

    warmup.add("database", database)
    return warmup


def warm_search(db: Database, tenant: Tenant, settings: Settings) -> None:
    """Run the probe searches for ``tenant``: index caught up, its state and the models
    a search uses loaded. Not logged as searches."""
    from tradewinds.search import SearchRequest, search_products

    for probe in PROBES:
        request = SearchRequest(query=probe, log=False, source="warmup")
        search_products(db, tenant, request, settings)
