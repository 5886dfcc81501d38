"""Forecast runs in the background: jobs of kind ``forecast.run`` on the shared job queue.

:func:`start_run` stores a ``queued`` run and, in the same transaction, submits a job
naming it; any worker (a thread of ``tradewinds serve`` or a ``tradewinds worker``
process, on any host) takes the job, marks the run ``running``, forecasts (statsforecast's
compiled code releases the GIL for long stretches) and then, in the one transaction that
also marks the job ``done``, writes every point and marks the run ``done``. A worker killed
mid-run loses nothing: its lease expires, another worker forecasts again, and the points
are written once. When the queue fails or cancels the job, :func:`_follow_job` marks the
run ``failed`` with the job's error in the same transaction; a retried job puts it back to
``queued``. The run's ``owner`` names its job (``job:<id>``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.forecast.params import ForecastParams
from tradewinds.jobs import JobContext, JobKind, count_pending, register_kind, submit_job
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ForecastPoint, ForecastRun, Job

RUN_KIND = "forecast.run"
MAX_PENDING = 16
"""Runs one tenant may have queued or running at once; more are refused (HTTP 503)."""


class QueueFull(TradewindsError):
    """Too many forecast runs are waiting; try again later."""

    code = "queue_full"
    http_status = 503


def start_run(
    db: Database,
    tenant_id: int,
    params: ForecastParams,
    *,
    by: str = "sku",
    record: Callable[[Session, int], None] | None = None,
    idempotency_key: str | None = None,
) -> int:
    """Store a ``queued`` run for ``tenant_id`` and queue the job that makes it.

    Parameters
    ----------
    db
        The database (the run and its job commit together).
    tenant_id
        Whose run.
    params
        Horizon, frequency and interval level.
    by
        ``sku``, or ``depot`` for one series per SKU and depot.
    record
        ``record(session, run_id)`` is called in the same transaction (the console writes
        its audit record there, so both commit or neither).
    idempotency_key
        The same key twice gives the first run, not a second one.

    Returns
    -------
    int
        The run's id (committed: another session can read it at once).
    """
    from tradewinds.forecast.history import grouping_of

    grouping = grouping_of(by)
    with tenant_session(db, tenant_id) as session:
        pending = count_pending(session, RUN_KIND)
        if pending >= MAX_PENDING:
            raise QueueFull(
                f"{pending} forecast runs are already queued or running; try again later"
            )
        run = ForecastRun(
            status="queued",
            owner="",
            grouping=grouping,
            freq=params.freq,
            horizon=params.horizon,
            level=params.level,
            history_end=utcnow().date(),
            progress="waiting for a worker",
        )
        session.add(run)
        session.flush()
        payload = {"run_id": run.id, "by": by, "horizon": params.horizon,
                   "freq": params.freq, "level": params.level}  # fmt: skip
        job = submit_job(session, RUN_KIND, payload, idempotency_key=idempotency_key)
        if job.payload["run_id"] != run.id:  # submitted before under this key
            session.delete(run)
            return int(job.payload["run_id"])
        run.owner = f"job:{job.id}"
        if record is not None:
            record(session, run.id)
        return run.id


def run_job_id(run: ForecastRun) -> int | None:
    """The id of the job that makes ``run`` (``None`` for a run made in the foreground)."""
    kind, _, job_id = run.owner.partition(":")
    return int(job_id) if kind == "job" and job_id.isdigit() else None


def _run_forecast(ctx: JobContext) -> dict[str, int]:
    from tradewinds.forecast.runs import save_run
    from tradewinds.forecast.service import compute_forecast

    payload = ctx.payload
    run_id = int(payload["run_id"])
    params = ForecastParams(horizon=int(payload["horizon"]), freq=str(payload["freq"]),
                            level=int(payload["level"]))  # fmt: skip
    with ctx.session() as session:
        run = session.get(ForecastRun, run_id)
        if run is None:
            raise InvalidInput(f"forecast run {run_id} no longer exists")
        run.status, run.error, run.finished_at = "running", None, None
        run.progress = "forecasting"
    ctx.checkpoint("forecasting")
    with ctx.session() as session:
        made = compute_forecast(session, params, by=str(payload["by"]))
    points = len(made.result.forecasts)
    writing = f"writing {points} forecast points"
    ctx.checkpoint(writing)
    with ctx.session() as session:
        session.execute(
            update(ForecastRun).where(ForecastRun.id == run_id).values(progress=writing)
        )
    with ctx.finish({"run_id": run_id, "points": points}) as session:
        run = session.get(ForecastRun, run_id)
        if run is None:
            raise InvalidInput(f"forecast run {run_id} no longer exists")
        # A run's points are written with its done mark; delete any all the same, so a
        # rerun can only ever replace them.
        session.execute(delete(ForecastPoint).where(ForecastPoint.run_id == run_id))
        save_run(session, made.result, history_end=made.history_end, grouping=made.grouping,
                 extra=made.extra, run=run)  # fmt: skip
    return {"run_id": run_id, "points": points}


def _follow_job(session: Session, job: Job) -> None:
    """Keep the run's status in step when the queue requeues, fails or cancels its job."""
    run = session.get(ForecastRun, int(job.payload.get("run_id", 0)))
    if run is None or run.status == "done":
        return
    if job.status == "queued":
        run.status, run.error, run.finished_at = "queued", None, None
        run.progress = "waiting for a worker"  # the job says why (a retry, a lost worker)
    else:
        prefix = "cancelled: " if job.status == "cancelled" else ""
        run.status, run.progress, run.finished_at = "failed", "", utcnow()
        run.error = f"{prefix}{job.error or job.status}"[:2000]


FORECAST_RUN = register_kind(
    JobKind(RUN_KIND, run=_run_forecast, on_change=_follow_job, max_attempts=3)
)
