"""The workers' side of the queue: claim a job, hold it by a lease, finish it.

Claiming is one statement on both backends::

    UPDATE jobs SET status='running', attempts=attempts+1, lease_owner=:me, ...
    WHERE id = (SELECT id FROM jobs AS pick WHERE status='queued' AND run_after <= :now
                AND kind IN (:kinds) ORDER BY run_after, id LIMIT 1
                FOR UPDATE SKIP LOCKED)
      AND status = 'queued'
    RETURNING id, tenant_id, kind, payload, attempts, max_attempts

On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets many workers claim at once, each skipping
the rows the others are claiming. SQLite has no row locks (SQLAlchemy leaves the clause
out): a write holds the whole database, so the statement is atomic anyway, and a
process-local lock keeps this process' threads from waiting on each other's busy timeout.
The ``status = 'queued'`` guard and the returned row tell a claim that won from one that
found nothing.

Every later write of a worker is fenced by its claim's ``lease_owner``: a worker whose
lease expired (and whose job another worker took) can no longer change the job, and its
results roll back with the failed fence.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from tradewinds.core.errors import Conflict
from tradewinds.jobs.queue import _changed, _end
from tradewinds.jobs.registry import JobKind
from tradewinds.store import Database, system_session, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import Job

log = logging.getLogger(__name__)
_HOST = socket.gethostname()
_SQLITE_CLAIM = threading.Lock()
_REAP_BATCH = 100
_PICK = aliased(Job, name="pick")  # built once: aliasing per claim costs more than the claim


class LeaseLost(Conflict):
    """The job's lease expired and another worker (or a reaper) has taken it over."""


class JobCancelled(Conflict):
    """The job was cancelled while it ran; its handler stops and keeps nothing."""


@dataclass(frozen=True)
class Claim:
    """A job this worker holds: what its handler needs and the lease that fences it."""

    job_id: int
    tenant_id: int
    kind: str
    payload: dict[str, Any]
    attempt: int
    max_attempts: int
    owner: str


def new_owner() -> str:
    """A lease owner unique to one claim: ``host:pid:token``."""
    return f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def claim_next(db: Database, kinds: list[str], *, lease_seconds: float) -> Claim | None:
    """Claim the oldest due job of ``kinds`` (any tenant); ``None`` when there is none."""
    if not kinds:
        return None
    owner, now = new_owner(), utcnow()
    pick = _PICK
    chosen = (
        select(pick.id)
        .where(pick.status == "queued", pick.run_after <= now, pick.kind.in_(kinds))
        .order_by(pick.run_after, pick.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    stmt = (
        update(Job)
        .where(Job.id == chosen, Job.status == "queued")
        .values(
            status="running",
            attempts=Job.attempts + 1,
            lease_owner=owner,
            lease_expires_at=now + timedelta(seconds=lease_seconds),
            started_at=now,
            progress="started",
        )
        .returning(Job.id, Job.tenant_id, Job.kind, Job.payload, Job.attempts, Job.max_attempts)
        .execution_options(synchronize_session=False)
    )
    sqlite = db.dialect == "sqlite"
    if sqlite:
        _SQLITE_CLAIM.acquire()
    try:
        with system_session(db) as session:
            row = session.execute(stmt).first()
    finally:
        if sqlite:
            _SQLITE_CLAIM.release()
    if row is None:
        return None
    job_id, tenant_id, kind, payload, attempt, max_attempts = row
    return Claim(job_id, tenant_id, kind, dict(payload or {}), attempt, max_attempts, owner)


def heartbeat(
    db: Database, claim: Claim, *, lease_seconds: float, progress: str | None = None
) -> bool:
    """Extend the lease (and record ``progress``). Returns whether a cancel was asked;
    raises :class:`LeaseLost` when the job is no longer this claim's."""
    values: dict[str, Any] = {"lease_expires_at": utcnow() + timedelta(seconds=lease_seconds)}
    if progress is not None:
        values["progress"] = progress[:200]
    stmt = (
        update(Job)
        .where(Job.id == claim.job_id, Job.lease_owner == claim.owner, Job.status == "running")
        .values(**values)
        .returning(Job.cancel_requested)
        .execution_options(synchronize_session=False)
    )
    with tenant_session(db, claim.tenant_id) as session:
        row = session.execute(stmt).first()
    if row is None:
        raise LeaseLost(f"job {claim.job_id}: the lease was lost (another worker took it over)")
    return bool(row[0])


def mark_done(session: Session, claim: Claim, result: dict[str, Any] | None) -> None:
    """Mark the job done in the caller's (tenant) transaction, fenced by the lease and by
    the cancel flag: :class:`LeaseLost` or :class:`JobCancelled` make the caller roll back."""
    stmt = (
        update(Job)
        .where(
            Job.id == claim.job_id,
            Job.lease_owner == claim.owner,
            Job.status == "running",
            Job.cancel_requested.is_(False),
        )
        .values(
            status="done",
            result=result,
            error=None,
            progress="",
            finished_at=utcnow(),
            lease_owner=None,
            lease_expires_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    if session.execute(stmt).rowcount == 1:  # type: ignore[attr-defined]
        return
    _refuse(session, claim)


def mark_step(
    session: Session,
    claim: Claim,
    *,
    lease_seconds: float,
    progress: str | None = None,
    result: dict[str, Any] | None = None,
) -> None:
    """Record a step's ``progress`` (and partial ``result``) and renew the lease in the
    caller's (tenant) transaction, fenced like :func:`mark_done`: the step's writes commit
    only while this claim holds the job and no cancel was asked; the job stays running."""
    values: dict[str, Any] = {"lease_expires_at": utcnow() + timedelta(seconds=lease_seconds)}
    if progress is not None:
        values["progress"] = progress[:200]
    if result is not None:
        values["result"] = result
    stmt = (
        update(Job)
        .where(
            Job.id == claim.job_id,
            Job.lease_owner == claim.owner,
            Job.status == "running",
            Job.cancel_requested.is_(False),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if session.execute(stmt).rowcount == 1:  # type: ignore[attr-defined]
        return
    _refuse(session, claim)


def _refuse(session: Session, claim: Claim) -> None:
    """Raise why a fenced write of ``claim`` matched no row: cancelled, or taken over."""
    cancelled = session.scalar(
        select(Job.cancel_requested).where(
            Job.id == claim.job_id, Job.lease_owner == claim.owner, Job.status == "running"
        )
    )
    if cancelled:
        raise JobCancelled(f"job {claim.job_id} was cancelled")
    raise LeaseLost(f"job {claim.job_id}: the lease was lost (another worker took it over)")


def settle_failure(db: Database, claim: Claim, kind: JobKind, exc: BaseException) -> str:
    """After the handler raised ``exc``: cancel, retry later, or fail the job. Returns the
    job's new status (``lost`` when it is no longer this claim's)."""
    message = _describe(exc)
    with tenant_session(db, claim.tenant_id) as session:
        job = _held(session, claim)
        if job is None:
            return "lost"
        if isinstance(exc, JobCancelled) or job.cancel_requested:
            _end(session, job, "cancelled", "cancelled while running; nothing of it was kept")
        elif isinstance(exc, kind.transient) and job.attempts < job.max_attempts:
            delay = kind.backoff(job.attempts)
            job.status, job.error = "queued", message
            job.run_after = utcnow() + timedelta(seconds=delay)
            job.lease_owner, job.lease_expires_at = None, None
            job.progress = f"attempt {job.attempts} failed; retrying in {delay:.0f} s"
            _changed(session, job)
        else:
            _end(session, job, "failed", message)
        return job.status


def release(db: Database, claim: Claim) -> None:
    """Give a job back to the queue at once (its worker is stopping); the interrupted
    attempt is not counted. The handler, if still running, fails its fence later."""
    with tenant_session(db, claim.tenant_id) as session:
        job = _held(session, claim)
        if job is None:
            return
        if job.cancel_requested:
            _end(session, job, "cancelled", "cancelled while its worker stopped")
            return
        job.status, job.attempts = "queued", max(job.attempts - 1, 0)
        job.run_after, job.lease_owner, job.lease_expires_at = utcnow(), None, None
        job.progress = "requeued: its worker stopped"
        _changed(session, job)


def reap_expired(db: Database, kinds: list[str]) -> int:
    """Requeue (or fail, when out of attempts) running jobs of ``kinds`` whose lease has
    expired: their worker died. Returns how many were taken back."""
    if not kinds:
        return 0
    now = utcnow()
    with system_session(db) as session:
        rows = session.execute(
            select(Job.id, Job.tenant_id)
            .where(Job.status == "running", Job.lease_expires_at < now, Job.kind.in_(kinds))
            .limit(_REAP_BATCH)
        ).all()
    reaped = 0
    for job_id, tenant_id in rows:
        with tenant_session(db, tenant_id) as session:
            job = session.scalars(
                select(Job)
                .where(Job.id == job_id, Job.status == "running", Job.lease_expires_at < now)
                .with_for_update(skip_locked=True)
            ).one_or_none()
            if job is None:
                continue  # renewed, finished or reaped by another worker meanwhile
            reaped += 1
            lost = f"its worker stopped (lease expired) during attempt {job.attempts}"
            if job.cancel_requested:
                _end(session, job, "cancelled", f"cancelled; {lost}")
            elif job.attempts >= job.max_attempts:
                _end(session, job, "failed", f"{lost} of {job.max_attempts}")
            else:
                job.status, job.run_after = "queued", utcnow()
                job.lease_owner, job.lease_expires_at = None, None
                job.progress, job.error = f"requeued: {lost}", lost
                _changed(session, job)
    if reaped:
        log.warning("%d job(s) taken back from workers whose lease expired", reaped)
    return reaped


def _held(session: Session, claim: Claim) -> Job | None:
    stmt = (
        select(Job)
        .where(Job.id == claim.job_id, Job.lease_owner == claim.owner, Job.status == "running")
        .with_for_update()
    )
    return session.scalars(stmt).one_or_none()


def _describe(exc: BaseException) -> str:
    from tradewinds.core.errors import TradewindsError

    if isinstance(exc, TradewindsError):
        return exc.message[:4000]
    return f"{type(exc).__name__}: {exc}"[:4000]
