"""The queue's health across every tenant: depth, waiting time, workers that died.

Read by ``tradewinds doctor`` and ``/metrics`` (operations, not a tenant's view: counts
only, no payloads).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from tradewinds.store import Database
from tradewinds.store.session import system_session
from tradewinds.store.tables import Job


@dataclass(frozen=True)
class QueueHealth:
    """``queued``: jobs waiting (due or not); ``due``: waiting and due now; ``running``;
    ``expired``: running with a lease run out (their worker died or hangs; the next worker
    requeues them); ``oldest_due_s``: how long the longest-waiting due job has waited."""

    queued: int
    due: int
    running: int
    expired: int
    oldest_due_s: float


def queue_health(db: Database) -> QueueHealth:
    """Counts over the ``jobs`` table (see :class:`QueueHealth`)."""
    now = datetime.now(UTC)
    with system_session(db) as session:
        by_status = dict(
            session.execute(
                select(Job.status, func.count(Job.id))
                .where(Job.status.in_(("queued", "running")))
                .group_by(Job.status)
            ).all()
        )
        due, oldest = session.execute(
            select(func.count(Job.id), func.min(Job.run_after)).where(
                Job.status == "queued", Job.run_after <= now
            )
        ).one()
        expired = session.scalar(
            select(func.count(Job.id)).where(Job.status == "running", Job.lease_expires_at < now)
        )
    waited = 0.0
    if oldest is not None:
        oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=UTC)
        waited = max(0.0, (now - oldest).total_seconds())
    return QueueHealth(
        queued=int(by_status.get("queued", 0)),
        due=int(due or 0),
        running=int(by_status.get("running", 0)),
        expired=int(expired or 0),
        oldest_due_s=waited,
    )
