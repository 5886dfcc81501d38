"""What a handler gets: the job's payload, its tenant's database, checkpoints, and the
transaction that writes its results and marks it done together."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy.orm import Session

from tradewinds.jobs.lease import Claim, JobCancelled, LeaseLost, heartbeat, mark_done, mark_step
from tradewinds.store import Database, tenant_session


class JobContext:
    """One attempt at one job, as its handler sees it.

    Handlers call :meth:`checkpoint` between steps (it stops a cancelled job) and write
    their results inside ``with context.finish() as session:``, which commits them in the
    same transaction that marks the job done — or rolls them back if the job was cancelled
    or taken over meanwhile. A job whose handler returns without calling :meth:`finish` is
    marked done with the returned dict (if any) as its result.
    """

    def __init__(self, db: Database, claim: Claim, *, lease_seconds: float) -> None:
        self.db = db
        self.claim = claim
        self.lease_seconds = lease_seconds
        self.finished = False
        self._cancel = threading.Event()
        self._lost = threading.Event()

    @property
    def job_id(self) -> int:
        return self.claim.job_id

    @property
    def tenant_id(self) -> int:
        return self.claim.tenant_id

    @property
    def payload(self) -> dict[str, Any]:
        return self.claim.payload

    @property
    def attempt(self) -> int:
        """1 on the first attempt, 2 on the first retry, ..."""
        return self.claim.attempt

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def session(self) -> AbstractContextManager[Session]:
        """A session scoped to the job's tenant, committed on success."""
        return tenant_session(self.db, self.tenant_id)

    def checkpoint(self, progress: str | None = None) -> None:
        """Renew the lease, record ``progress``, and stop here if the job was cancelled
        (:class:`JobCancelled`) or taken over (:class:`LeaseLost`)."""
        self.beat(progress)
        self.raise_if_stopped()

    def beat(self, progress: str | None = None) -> None:
        """Renew the lease (the worker's heartbeat thread calls this too)."""
        if self._lost.is_set():
            return
        try:
            if heartbeat(self.db, self.claim, lease_seconds=self.lease_seconds, progress=progress):
                self._cancel.set()
        except LeaseLost:
            self._lost.set()

    def raise_if_stopped(self) -> None:
        if self._lost.is_set():
            raise LeaseLost(f"job {self.job_id}: the lease was lost (another worker took it over)")
        if self._cancel.is_set():
            raise JobCancelled(f"job {self.job_id} was cancelled")

    @contextmanager
    def step(
        self, progress: str | None = None, result: dict[str, Any] | None = None
    ) -> Iterator[Session]:
        """A tenant session whose writes commit only while this attempt still holds the job
        and no cancel was asked (:class:`LeaseLost`, :class:`JobCancelled` roll them back),
        together with ``progress`` and a partial ``result``; the job stays running. For
        handlers that keep each unit of work as they go (a bulk job's drafts) and key it,
        so a later attempt skips what an earlier one committed."""
        self.raise_if_stopped()
        with tenant_session(self.db, self.tenant_id) as session:
            yield session
            mark_step(
                session, self.claim, lease_seconds=self.lease_seconds, progress=progress,
                result=result,
            )  # fmt: skip

    @contextmanager
    def finish(self, result: dict[str, Any] | None = None) -> Iterator[Session]:
        """A tenant session whose writes commit together with the job's ``done`` mark."""
        self.raise_if_stopped()
        with tenant_session(self.db, self.tenant_id) as session:
            yield session
            mark_done(session, self.claim, result)
        self.finished = True
