"""Forecast runs in the background: a bounded thread pool inside the API process.

``POST /api/v1/forecast/runs`` stores a ``queued`` run and hands it to a :class:`RunQueue`;
a worker thread marks it ``running``, forecasts (the heavy part runs in statsforecast's
compiled code, which releases the GIL for long stretches) and then, in one transaction,
writes every point and marks the run ``done``. Any failure marks it ``failed`` with a
message; nothing of a failed run is kept but its parameters and the message.

This fits one machine and one API process. On a cluster the queue would be Ray (a task
per run, which the ``engine="ray"`` path already uses for the work itself) or a job queue
with its own workers, and the status columns would stay as they are.

Restarts: each run records its owner ``host:pid:queue``. When a queue starts it marks
``failed`` ("interrupted by a restart") every ``queued``/``running`` run owned by a process
of this host that no longer exists, or by a queue of this process that has been shut down.
Runs owned by a live process, or by another host, are left alone.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import TradewindsError
from tradewinds.forecast.params import ForecastParams
from tradewinds.store import Database, system_session, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ForecastRun

logger = logging.getLogger(__name__)

INTERRUPTED = "interrupted by a restart: the process running it stopped; start a new run"
SHUT_DOWN = "cancelled: the server shut down before the run started; start a new run"
_HOST = socket.gethostname()
_LIVE: set[str] = set()  # tokens of this process' queues that are still open
_LIVE_LOCK = threading.Lock()
_SHARED_LOCK = threading.Lock()


class QueueFull(TradewindsError):
    """Too many forecast runs are waiting; try again later."""

    code = "queue_full"
    http_status = 503


class RunQueue:
    """Runs forecasts for the API on ``workers`` background threads.

    Parameters
    ----------
    db
        The database the runs are stored in.
    workers
        Runs executed at the same time (each is CPU-bound: keep it at most the CPUs).
    max_pending
        Runs queued or running at once across all tenants; more are refused
        (:class:`QueueFull`, HTTP 503).
    """

    def __init__(self, db: Database, *, workers: int = 1, max_pending: int = 16) -> None:
        self._db = db
        self.recovered = recover_interrupted(db)  # first: a database error leaves nothing
        self._token = uuid.uuid4().hex[:12]
        self.owner = f"{_HOST}:{os.getpid()}:{self._token}"
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="forecast-run")
        self._max_pending = max_pending
        self._futures: dict[int, Future[None]] = {}
        self._lock = threading.Lock()
        self._closed = False
        with _LIVE_LOCK:
            _LIVE.add(self._token)

    def submit(
        self,
        tenant_id: int,
        params: ForecastParams,
        *,
        by: str = "sku",
        record: Callable[[Session, int], None] | None = None,
    ) -> int:
        """Store a ``queued`` run for ``tenant_id`` and start it when a worker is free.

        ``record(session, run_id)`` is called in the transaction that stores the run (the
        console writes its audit record there, so both commit or neither). Returns the
        run id (committed: another session can read it at once).
        """
        from tradewinds.forecast.history import grouping_of

        grouping = grouping_of(by)
        with self._lock:
            if self._closed:
                raise QueueFull("the forecast queue is shut down (the server is stopping)")
            pending = sum(not f.done() for f in self._futures.values())
            if pending >= self._max_pending:
                raise QueueFull(
                    f"{pending} forecast runs are already queued or running; try again later"
                )
            with tenant_session(self._db, tenant_id) as session:
                run = ForecastRun(
                    status="queued",
                    owner=self.owner,
                    grouping=grouping,
                    freq=params.freq,
                    horizon=params.horizon,
                    level=params.level,
                    history_end=utcnow().date(),
                    progress="waiting for a worker",
                )
                session.add(run)
                session.flush()
                run_id = run.id
                if record is not None:
                    record(session, run_id)
            self._futures[run_id] = self._pool.submit(
                execute_run, self._db, tenant_id, run_id, params, grouping
            )
        return run_id

    def wait(self, run_id: int, timeout: float | None = None) -> None:
        """Block until run ``run_id`` of this queue has finished (tests, scripts)."""
        future = self._futures.get(run_id)
        if future is not None:
            future.result(timeout=timeout)

    def shutdown(self) -> None:
        """Stop taking runs; queued runs are marked failed, running ones finish."""
        with self._lock:
            self._closed = True
            cancelled = [rid for rid, f in self._futures.items() if f.cancel()]
        for run_id in cancelled:
            _finish_failed(self._db, run_id, SHUT_DOWN, tenant_id=None)
        self._pool.shutdown(wait=False)
        threading.Thread(target=self._release_when_idle, daemon=True).start()

    def _release_when_idle(self) -> None:
        self._pool.shutdown(wait=True)
        with _LIVE_LOCK:
            _LIVE.discard(self._token)


def shared_queue(holder: Any, db: Database) -> RunQueue:
    """The one run queue kept on ``holder.forecast_runs`` (an app's ``state``, so the API
    and the console share one bounded queue), started with restart recovery on first use."""
    with _SHARED_LOCK:
        queue = getattr(holder, "forecast_runs", None)
        if queue is None:
            queue = RunQueue(db)
            holder.forecast_runs = queue
    assert isinstance(queue, RunQueue)
    return queue


def close_shared_queue(holder: Any) -> None:
    """Shut down the queue :func:`shared_queue` kept on ``holder``, if it was started."""
    with _SHARED_LOCK:
        queue, holder.forecast_runs = getattr(holder, "forecast_runs", None), None
    if queue is not None:
        queue.shutdown()


def execute_run(
    db: Database, tenant_id: int, run_id: int, params: ForecastParams, grouping: str
) -> None:
    """Run a queued forecast run to ``done`` or ``failed`` (the worker's job)."""
    from tradewinds.forecast.runs import save_run
    from tradewinds.forecast.service import compute_forecast

    try:
        if not _set(db, tenant_id, run_id, "queued", status="running", progress="forecasting"):
            return  # no longer queued (recovered as failed meanwhile)
        with tenant_session(db, tenant_id) as session:
            made = compute_forecast(session, params, by=grouping)
        points = len(made.result.forecasts)
        _set(db, tenant_id, run_id, "running", progress=f"writing {points} forecast points")
        with tenant_session(db, tenant_id) as session:
            run = session.get(ForecastRun, run_id)
            if run is None or run.status != "running":
                return  # deleted or failed by a recovery meanwhile: keep its status
            save_run(
                session,
                made.result,
                history_end=made.history_end,
                grouping=made.grouping,
                extra=made.extra,
                run=run,
            )
    except Exception as exc:
        if isinstance(exc, TradewindsError):
            message = exc.message
        else:
            logger.exception("forecast run %s failed", run_id)
            message = f"{type(exc).__name__}: {exc}"
        _finish_failed(db, run_id, message, tenant_id=tenant_id)


def recover_interrupted(db: Database) -> int:
    """Mark ``failed`` the queued/running runs whose owner process is gone (every tenant).

    Returns the number of runs marked.
    """
    with system_session(db) as session:
        stale = [
            run
            for run in session.scalars(
                select(ForecastRun).where(ForecastRun.status.in_(("queued", "running")))
            )
            if _orphaned(run.owner)
        ]
        for run in stale:
            run.status, run.error, run.progress = "failed", INTERRUPTED, ""
            run.finished_at = utcnow()
    if stale:
        logger.warning("%d forecast run(s) %s", len(stale), INTERRUPTED)
    return len(stale)


def _orphaned(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid_text, _, token = rest.partition(":")
    if not owner or not pid_text.isdigit():
        return True
    if host != _HOST:
        return False  # another machine's process: it cannot be checked from here
    pid = int(pid_text)
    if pid == os.getpid():
        with _LIVE_LOCK:
            return token not in _LIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # exists, owned by another user
    return False


def _set(db: Database, tenant_id: int, run_id: int, expected: str, **values: Any) -> bool:
    with tenant_session(db, tenant_id) as session:
        run = session.get(ForecastRun, run_id)
        if run is None or run.status != expected:
            return False
        for key, value in values.items():
            setattr(run, key, value)
    return True


def _finish_failed(db: Database, run_id: int, message: str, *, tenant_id: int | None) -> None:
    session_for = system_session(db) if tenant_id is None else tenant_session(db, tenant_id)
    with session_for as session:
        run = session.get(ForecastRun, run_id)
        if run is not None and run.status in ("queued", "running"):
            run.status, run.error, run.progress = "failed", message[:2000], ""
            run.finished_at = utcnow()
