"""The tenant's side of the queue: submit a job, read it, cancel it, retry it.

Every function takes a tenant-scoped session (``store.tenant_session``), so a tenant only
ever sees and changes its own jobs. Workers use :mod:`tradewinds.jobs.lease` instead.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.jobs.registry import job_kind, registered_kinds
from tradewinds.store.base import utcnow
from tradewinds.store.tables import JOB_STATUSES, Job

MAX_KEY = 200
MAX_PAYLOAD_BYTES = 64 * 1024
_WAKERS: list[Callable[[], None]] = []
_WAKERS_LOCK = threading.Lock()


def submit_job(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    idempotency_key: str | None = None,
    max_attempts: int | None = None,
) -> Job:
    """Queue a job of ``kind`` for the session's tenant; workers run it once committed.

    Parameters
    ----------
    session
        A tenant-scoped session; the job commits with the caller's transaction.
    kind
        A registered kind (``forecast.run``).
    payload
        What the handler needs, as JSON (at most 64 KiB).
    idempotency_key
        Submitting the same key twice for the same tenant and kind returns the first job
        instead of queueing another.
    max_attempts
        Overrides the kind's number of attempts.

    Returns
    -------
    Job
        The new job, or the one already submitted with ``idempotency_key``.
    """
    definition = job_kind(kind)
    try:
        size = len(json.dumps(payload))
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"job payload: expected JSON values ({exc})") from None
    if size > MAX_PAYLOAD_BYTES:
        raise InvalidInput(f"job payload: {size} bytes, expected at most {MAX_PAYLOAD_BYTES}")
    if idempotency_key is not None and not 1 <= len(idempotency_key) <= MAX_KEY:
        raise InvalidInput(f"idempotency key: expected 1 to {MAX_KEY} characters")
    attempts = definition.max_attempts if max_attempts is None else max_attempts
    if attempts < 1:
        raise InvalidInput(f"Expected max_attempts >= 1, got {attempts}.")
    if idempotency_key is not None:
        existing = _by_key(session, kind, idempotency_key)
        if existing is not None:
            return existing
    job = Job(
        kind=kind,
        payload=payload,
        status="queued",
        attempts=0,
        max_attempts=attempts,
        run_after=utcnow(),
        cancel_requested=False,
        progress="waiting for a worker",
        idempotency_key=idempotency_key,
    )
    session.add(job)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(
            f"a {kind} job with idempotency key {idempotency_key!r} is being submitted at "
            "the same moment; send the request again to get it"
        ) from None
    event.listen(session, "after_commit", lambda _s: wake_local_workers(), once=True)
    return job


def get_job(session: Session, job_id: int) -> Job:
    """Job ``job_id`` of the session's tenant; ``NotFound`` otherwise."""
    job = session.scalars(select(Job).where(Job.id == job_id)).one_or_none()
    if job is None:
        raise NotFound(f"no job {job_id}")
    return job


def list_jobs(
    session: Session,
    *,
    status: str | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> list[Job]:
    """The tenant's newest jobs, optionally of one status and kind."""
    stmt = select(Job).order_by(Job.created_at.desc(), Job.id.desc())
    if status is not None:
        if status not in JOB_STATUSES:
            raise InvalidInput(f"job status {status!r}: expected one of {', '.join(JOB_STATUSES)}")
        stmt = stmt.where(Job.status == status)
    if kind is not None:
        stmt = stmt.where(Job.kind == kind)
    return list(session.scalars(stmt.limit(max(1, min(limit, 500)))))


def count_pending(session: Session, kind: str) -> int:
    """The tenant's jobs of ``kind`` that are queued or running."""
    stmt = select(func.count(Job.id)).where(Job.kind == kind, Job.status.in_(("queued", "running")))
    return int(session.scalar(stmt) or 0)


def cancel_job(session: Session, job_id: int) -> Job:
    """Cancel a job: a queued one at once; a running one is asked to stop and becomes
    ``cancelled`` when its handler next checks in (nothing of it is kept).
    ``Conflict`` for a job that has already finished."""
    job = _locked(session, job_id)
    if job.status == "queued":
        _end(session, job, "cancelled", "cancelled before it started")
    elif job.status == "running":
        job.cancel_requested = True
        job.progress = "cancelling"
    else:
        raise Conflict(
            f"job {job_id} is {job.status}; only queued or running jobs can be cancelled"
        )
    session.flush()
    return job


def retry_job(session: Session, job_id: int) -> Job:
    """Put a failed or cancelled job back in the queue; its attempts go on counting (one
    more is allowed if it had used them all). ``Conflict`` for any other status."""
    job = _locked(session, job_id)
    if job.status not in ("failed", "cancelled"):
        raise Conflict(
            f"job {job_id} is {job.status}; only failed or cancelled jobs can be retried"
        )
    job.status, job.run_after, job.finished_at = "queued", utcnow(), None
    job.cancel_requested, job.progress = False, "waiting for a worker (retried)"
    job.max_attempts = max(job.max_attempts, job.attempts + 1)
    _changed(session, job)
    session.flush()
    event.listen(session, "after_commit", lambda _s: wake_local_workers(), once=True)
    return job


def add_local_waker(wake: Callable[[], None]) -> None:
    """Call ``wake()`` when a job is committed in this process (a local worker's poll)."""
    with _WAKERS_LOCK:
        _WAKERS.append(wake)


def remove_local_waker(wake: Callable[[], None]) -> None:
    """Stop calling ``wake`` (its worker stopped)."""
    with _WAKERS_LOCK:
        if wake in _WAKERS:
            _WAKERS.remove(wake)


def wake_local_workers() -> None:
    """Let this process' workers look for a job now instead of at their next poll."""
    with _WAKERS_LOCK:
        wakers = list(_WAKERS)
    for wake in wakers:
        wake()


def _by_key(session: Session, kind: str, key: str) -> Job | None:
    stmt = select(Job).where(Job.kind == kind, Job.idempotency_key == key)
    return session.scalars(stmt).one_or_none()


def _locked(session: Session, job_id: int) -> Job:
    stmt = select(Job).where(Job.id == job_id).with_for_update()
    job = session.scalars(stmt).one_or_none()
    if job is None:
        raise NotFound(f"no job {job_id}")
    return job


def _end(session: Session, job: Job, status: str, error: str | None) -> None:
    """Finish ``job`` as ``failed`` or ``cancelled`` (in the caller's transaction)."""
    job.status, job.error, job.progress = status, (error or "")[:4000] or None, ""
    job.finished_at, job.lease_owner, job.lease_expires_at = utcnow(), None, None
    _changed(session, job)


def _changed(session: Session, job: Job) -> None:
    """Let the job's kind follow a status change the queue made (in this transaction)."""
    if job.kind in registered_kinds():
        hook = job_kind(job.kind).on_change
        if hook is not None:
            hook(session, job)
