"""Route plans in the background: jobs of kind ``routing.plan`` on the shared job queue.

:func:`start_plan_job` submits a job naming the day, the depot scope and the planner's
options, in the caller's transaction (the console writes its audit record there, so both
commit or neither). Any worker (a thread of ``tradewinds serve`` or a ``tradewinds worker``
process, on any host) loads and solves the day, then stores the plan — superseding the
day's current plan and writing each order's promised window — in the one transaction that
also marks the job ``done``. A worker killed mid-job loses nothing: its lease expires,
another worker plans again, and the plan is written once. The plan records its job
(``route_plans.job_id``, unique per tenant), so a rerun of the same job finds the plan it
made instead of making a second one.

Only the straight-line travel times run in the background (a job's payload is JSON; a
:class:`MatrixProvider` object is not); call :func:`plan_routes` for another provider.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.jobs import (
    JobContext,
    JobKind,
    TransientJobError,
    get_job,
    list_jobs,
    register_kind,
    submit_job,
)
from tradewinds.routing.planner import PlanOptions, solve_day, store_day
from tradewinds.routing.travel import HaversineProvider, SpeedProfile
from tradewinds.store.tables import Job, RoutePlan

PLAN_KIND = "routing.plan"
MAX_PENDING = 8
"""Plan jobs one tenant may have queued or running at once; more are refused (409)."""
_PROVIDED = ("provider", "speeds")  # objects, not JSON: the defaults only
OPTION_FIELDS = tuple(f.name for f in dataclasses.fields(PlanOptions) if f.name not in _PROVIDED)


class PlanInProgress(Conflict):
    """A plan for the same day is already queued or being made (``job_id`` names it)."""

    code = "plan_in_progress"

    def __init__(self, message: str, job_id: int) -> None:
        super().__init__(message, details={"job_id": job_id})
        self.job_id = job_id


@dataclass(frozen=True)
class PlanJob:
    """A ``routing.plan`` job as people read it: what it plans, how far it got, its plan."""

    id: int
    date: date
    depot_code: str  # "" = every depot
    status: str  # queued | running | done | failed | cancelled
    progress: str
    error: str | None
    plan_id: int | None  # once done
    time_limit_s: float
    created_at: datetime
    finished_at: datetime | None


def start_plan_job(
    session: Session,
    day: date,
    *,
    depot_code: str | None = None,
    options: PlanOptions | None = None,
    idempotency_key: str | None = None,
) -> int:
    """Queue the planning of ``day`` for the session's tenant; a worker runs it once the
    caller's transaction commits.

    Parameters
    ----------
    session
        A tenant-scoped session; the job commits with the caller's transaction.
    day
        The delivery date, as for :func:`plan_routes`.
    depot_code
        Plan only this depot's vehicles (see :func:`plan_routes`).
    options
        The planner's options; the straight-line travel times and the default speed
        profile only (anything else needs :func:`plan_routes` in the foreground).
    idempotency_key
        The same key twice gives the first job, not a second one.

    Returns
    -------
    int
        The job's id (:func:`plan_job` reads its progress and, once done, its plan).

    Raises
    ------
    InvalidInput
        Options a job cannot carry (another matrix provider or speed profile).
    PlanInProgress
        A plan job for the same day is already queued or running (two plans made at once
        would both supersede the day's plan).
    """
    opts = options or PlanOptions()
    if opts.provider != HaversineProvider() or opts.speeds != SpeedProfile():
        raise InvalidInput(
            "a background plan uses the default straight-line travel times and speed "
            "profile; call plan_routes to plan with another provider"
        )
    wanted = {f: getattr(opts, f) for f in OPTION_FIELDS}
    payload = {"date": day.isoformat(), "depot": depot_code or "", "options": wanted}
    if idempotency_key is not None:
        earlier = session.scalars(
            select(Job).where(Job.kind == PLAN_KIND, Job.idempotency_key == idempotency_key)
        ).one_or_none()
        if earlier is not None:
            return earlier.id
    pending = [
        job
        for status in ("queued", "running")
        for job in list_jobs(session, status=status, kind=PLAN_KIND, limit=MAX_PENDING + 1)
    ]
    for job in pending:
        if job.payload.get("date") == payload["date"]:
            raise PlanInProgress(
                f"a plan for {payload['date']} is already {job.status} (job {job.id}); "
                "wait for it or cancel it first",
                job.id,
            )
    if len(pending) >= MAX_PENDING:
        raise Conflict(f"{len(pending)} route plans are already waiting; try again later")
    return submit_job(session, PLAN_KIND, payload, idempotency_key=idempotency_key).id


def plan_job(session: Session, job_id: int) -> PlanJob:
    """The ``routing.plan`` job ``job_id`` of the session's tenant.

    Raises
    ------
    NotFound
        No such job for this tenant, or a job of another kind.
    """
    job = get_job(session, job_id)
    if job.kind != PLAN_KIND:
        raise NotFound(f"no route plan job {job_id}")
    return _view(job)


def plan_jobs(session: Session, *, limit: int = 10) -> list[PlanJob]:
    """The tenant's newest ``routing.plan`` jobs, newest first."""
    return [_view(job) for job in list_jobs(session, kind=PLAN_KIND, limit=limit)]


def _view(job: Job) -> PlanJob:
    payload, result = job.payload, job.result or {}
    plan_id = result.get("plan_id")
    return PlanJob(
        id=job.id,
        date=date.fromisoformat(str(payload["date"])),
        depot_code=str(payload.get("depot", "")),
        status=job.status,
        progress=job.progress,
        error=job.error,
        plan_id=int(plan_id) if isinstance(plan_id, int) else None,
        time_limit_s=float(payload.get("options", {}).get("time_limit_s", 0.0)),
        created_at=job.created_at,
        finished_at=job.finished_at,
    )


def _options(payload: dict[str, Any]) -> PlanOptions:
    given = payload.get("options", {})
    unknown = sorted(set(given) - set(OPTION_FIELDS))
    if unknown:
        raise InvalidInput(f"route plan job: unknown options {', '.join(unknown)}")
    return PlanOptions(**given)


def _plan_of(session: Session, job_id: int) -> int | None:
    return session.scalars(select(RoutePlan.id).where(RoutePlan.job_id == job_id)).one_or_none()


def _run_plan(ctx: JobContext) -> dict[str, Any]:
    payload = ctx.payload
    day = date.fromisoformat(str(payload["date"]))
    opts = _options(payload)
    with ctx.session() as session:
        made = _plan_of(session, ctx.job_id)
    solved = None
    if made is None:
        ctx.checkpoint(f"planning (up to {opts.time_limit_s:g} s)")
        solved = solve_day(
            ctx.db, ctx.tenant_id, day, depot_code=payload.get("depot") or None, options=opts
        )
        ctx.checkpoint("saving the plan")
    result: dict[str, Any] = {"date": day.isoformat()}
    with ctx.finish(result) as session:
        # Looked up again in the transaction that marks the job done: one plan per job.
        made = _plan_of(session, ctx.job_id)
        if made is None:
            if solved is None:  # its plan was deleted while this attempt ran
                raise TransientJobError(f"route plan job {ctx.job_id}: its plan disappeared")
            made = store_day(session, solved, opts, job_id=ctx.job_id)
            result |= {
                "routes": len(solved.solution.routes),
                "planned_orders": sum(len(r.stops) for r in solved.solution.routes),
            }
        result["plan_id"] = made
    return result


ROUTING_PLAN = register_kind(JobKind(PLAN_KIND, run=_run_plan, max_attempts=3))
