"""Background jobs: one row per unit of work, shared by every worker on every host.

See ``tradewinds.jobs`` for the queue over this table. ``status`` goes ``queued`` ->
``running`` -> ``done`` | ``failed`` | ``cancelled`` (a failed or cancelled job can be
put back to ``queued``). A ``running`` job is held by a lease: ``lease_owner`` names the
claim (``host:pid:token``) and ``lease_expires_at`` is pushed forward by its worker's
heartbeat; a job whose lease has expired is claimed again by another worker.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow

JOB_STATUSES = ("queued", "running", "done", "failed", "cancelled")


class Job(TenantOwned, Base):
    """One background job of a tenant (a forecast run, later a route plan or bulk copy)."""

    __tablename__ = "jobs"
    __table_args__ = (
        UniqueConstraint("tenant_id", "kind", "idempotency_key", name="uq_jobs_idempotency"),
        Index("ix_jobs_claim", "status", "run_after"),
        Index("ix_jobs_tenant_created", "tenant_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    run_after: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
