"""Workers: threads that claim jobs, run their kind's handler and keep their leases alive.

``tradewinds serve`` runs ``jobs.serve_concurrency`` worker threads inside each API
process; ``tradewinds worker`` runs them in a process of their own, on any host that
reaches the database. Both are this class.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import JobSettings
from tradewinds.jobs.context import JobContext
from tradewinds.jobs.lease import (
    Claim,
    JobCancelled,
    LeaseLost,
    claim_next,
    reap_expired,
    release,
    settle_failure,
)
from tradewinds.jobs.queue import add_local_waker, remove_local_waker
from tradewinds.jobs.registry import job_kind, registered_kinds
from tradewinds.store import Database

log = logging.getLogger(__name__)


class Worker:
    """Runs queued jobs on ``concurrency`` threads until stopped.

    Parameters
    ----------
    db
        The database holding the queue.
    concurrency
        Jobs run at once (threads).
    kinds
        Kinds to take (default: every kind registered in this process).
    lease_seconds
        How long a claim holds a job without a heartbeat; a worker killed mid-job loses
        its jobs to other workers this long after its last heartbeat (beats every third).
    poll_seconds
        How often an idle thread looks for work (a job submitted in this process wakes
        the threads at once).
    """

    def __init__(
        self,
        db: Database,
        *,
        concurrency: int = 1,
        kinds: list[str] | None = None,
        lease_seconds: float = 30.0,
        poll_seconds: float = 1.0,
    ) -> None:
        if concurrency < 1:
            raise InvalidInput(f"Expected concurrency >= 1, got {concurrency}.")
        if lease_seconds <= 0 or poll_seconds <= 0:
            raise InvalidInput("Expected lease_seconds > 0 and poll_seconds > 0.")
        known = registered_kinds()
        unknown = sorted(set(kinds or ()) - set(known))
        if unknown:
            raise InvalidInput(
                f"unknown job kind(s) {', '.join(unknown)} "
                f"(registered: {', '.join(known) or 'none'})"
            )
        self.db = db
        self.kinds = sorted(kinds) if kinds else known
        self.concurrency = concurrency
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.completed = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._active: dict[int, JobContext] = {}
        self._lock = threading.Lock()

    def start(self) -> Worker:
        """Start the worker threads and the heartbeat thread; returns ``self``."""
        add_local_waker(self._wake.set)
        for i in range(self.concurrency):
            thread = threading.Thread(target=self._loop, name=f"job-worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        beat = threading.Thread(target=self._heartbeats, name="job-heartbeat", daemon=True)
        beat.start()
        self._threads.append(beat)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop claiming; wait up to ``timeout`` s for running jobs, then give the rest
        back to the queue for another worker."""
        self._stop.set()
        self._wake.set()
        remove_local_waker(self._wake.set)
        for thread in self._threads:
            thread.join(timeout / max(len(self._threads), 1))
        with self._lock:
            left = [ctx.claim for ctx in self._active.values()]
        for claim in left:
            try:
                release(self.db, claim)
            except Exception:
                log.exception("job %s could not be given back; its lease will expire", claim.job_id)

    def wait_until_stopped(self) -> None:
        """Block until :meth:`stop` is called (``tradewinds worker``)."""
        while not self._stop.wait(1.0):
            pass

    def run_one(self) -> int | None:
        """Claim and run one job in the calling thread; its id, or ``None`` if none was due."""
        claim = claim_next(self.db, self.kinds, lease_seconds=self.lease_seconds)
        if claim is None:
            return None
        self._run(claim)
        return claim.job_id

    def _loop(self) -> None:
        # Expired leases are looked for at start and then every third of a lease: often
        # enough that a dead worker's job waits at most about 1.3 leases, rarely enough that
        # a busy worker does not pay a query per job for it.
        next_reap = 0.0
        while not self._stop.is_set():
            try:
                if time.monotonic() >= next_reap:
                    next_reap = time.monotonic() + min(self.lease_seconds / 3, 10.0)
                    reap_expired(self.db, self.kinds)
                ran = self.run_one()
            except Exception:
                log.exception("job worker: the queue could not be read; trying again")
                ran = None
            if ran is not None:
                continue
            self._wake.wait(self.poll_seconds)
            self._wake.clear()

    def _run(self, claim: Claim) -> None:
        ctx = JobContext(self.db, claim, lease_seconds=self.lease_seconds)
        with self._lock:
            self._active[claim.job_id] = ctx
        try:
            kind = job_kind(claim.kind)
            try:
                result = kind.run(ctx)
                if not ctx.finished:
                    with ctx.finish(result if isinstance(result, dict) else None):
                        pass
                with self._lock:
                    self.completed += 1
            except LeaseLost:
                log.warning("job %s: lease lost; its new holder finishes it", claim.job_id)
            except BaseException as exc:  # the handler's failure is the job's, not ours
                status = settle_failure(self.db, claim, kind, exc)
                if status == "failed" and not isinstance(exc, JobCancelled):
                    log.warning("job %s (%s) failed: %s", claim.job_id, claim.kind, exc)
                if not isinstance(exc, Exception):
                    raise
        finally:
            with self._lock:
                self._active.pop(claim.job_id, None)

    def _heartbeats(self) -> None:
        interval = self.lease_seconds / 3
        while not self._stop.wait(interval):
            with self._lock:
                active = list(self._active.values())
            for ctx in active:
                try:
                    ctx.beat()
                except Exception:
                    log.exception("job %s: heartbeat failed", ctx.job_id)

    def __enter__(self) -> Worker:
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()


_SERVED_LOCK = threading.Lock()


def serve_jobs(holder: Any, db: Database, settings: JobSettings | None = None) -> Worker | None:
    """The worker kept on ``holder.job_worker`` (an app's ``state``: the API and the
    console share it), started on first use with ``settings`` (``[jobs]``); ``None`` when
    ``serve_concurrency`` is 0 (jobs then run only in ``tradewinds worker`` processes)."""
    settings = settings or JobSettings()
    if settings.serve_concurrency < 1:
        return None
    with _SERVED_LOCK:
        worker = getattr(holder, "job_worker", None)
        if worker is None:
            worker = Worker(
                db,
                concurrency=settings.serve_concurrency,
                lease_seconds=settings.lease_seconds,
                poll_seconds=settings.poll_seconds,
            ).start()
            holder.job_worker = worker
    assert isinstance(worker, Worker)
    return worker


def stop_serving_jobs(holder: Any) -> None:
    """Stop the worker :func:`serve_jobs` kept on ``holder``, if one was started."""
    with _SERVED_LOCK:
        worker, holder.job_worker = getattr(holder, "job_worker", None), None
    if worker is not None:
        worker.stop()
