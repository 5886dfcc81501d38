"""``/api/v1/forecast``: demand forecasts, backtest summaries, charts, reorder advice and
insight reports for the tenant's SKUs.

Runs are made in the background as jobs on the shared queue (``tradewinds.jobs``):
``POST /runs`` answers 202 with the queued run, its job id and a ``Location`` to poll. The
app's in-process job worker (``api/routes/jobs.py``) or any ``tradewinds worker`` runs it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from tradewinds.api.deps import DbDep, IdempotencyKey, SessionDep, SettingsDep, TenantDep
from tradewinds.api.routes.jobs import ensure_job_worker
from tradewinds.api.schemas.common import error_responses

router = APIRouter(prefix="/forecast", tags=["forecast"])


class RunRequest(BaseModel):
    horizon: int = Field(28, ge=1, le=730, description="Periods ahead.")
    freq: str = Field("D", pattern="^[DW]$", description="D (daily) or W (weekly).")
    by: Literal["sku", "depot"] = Field(
        "sku", description="One series per SKU, or per SKU and depot (ids `SKU@depot`)."
    )


class RunOut(BaseModel):
    id: int
    status: Literal["queued", "running", "done", "failed"]
    error: str | None = Field(None, description="Why the run failed.")
    progress: str = Field("", description="What a queued or running run is doing.")
    created_at: datetime
    finished_at: datetime | None
    grouping: Literal["sku", "sku_depot"]
    freq: str
    horizon: int
    level: int
    history_end: date | None = Field(None, description="Last day of history (once done).")
    series: int
    wrmsse: float | None
    coverage: float | None
    seconds: float
    report: dict[str, Any]
    job_id: int | None = Field(
        None, description="The background job making the run (`/api/v1/jobs/{id}`)."
    )


class PointOut(BaseModel):
    ds: date
    yhat: float
    yhat_lo: float
    yhat_hi: float
    model: str


class SupplyTermIn(BaseModel):
    lead_time_days: int = Field(7, ge=0)
    review_days: int = Field(1, ge=1)
    service_level: float = Field(0.95, gt=0, lt=1)
    pack_size: int = Field(1, ge=1)
    min_order_qty: int = Field(0, ge=0)
    on_order_qty: int = Field(0, ge=0)
    supplier: str = ""


def _run_out(run: Any) -> RunOut:
    from tradewinds.forecast import run_job_id, run_report

    done = run.status == "done"
    return RunOut(
        id=run.id,
        status=run.status,
        error=run.error,
        progress=run.progress,
        created_at=run.created_at,
        finished_at=run.finished_at,
        grouping=run.grouping,
        freq=run.freq,
        horizon=run.horizon,
        level=run.level,
        history_end=run.history_end if done else None,
        series=run.series,
        wrmsse=run.wrmsse,
        coverage=run.coverage,
        seconds=run.seconds,
        report=run_report(run),
        job_id=run_job_id(run),
    )


@router.post(
    "/runs",
    operation_id="create_forecast_run",
    summary="Forecast every SKU (in the background)",
    status_code=202,
    responses=error_responses(401, 422, 503),
)
def create_run(
    body: RunRequest,
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> RunOut:
    """Queue a forecast of every SKU (or SKU x depot) from the order history. Answers 202
    with the run (status ``queued``) and its URL in ``Location``; poll it until ``status``
    is ``done`` or ``failed``."""
    from tradewinds.forecast import ForecastParams, find_run, start_run
    from tradewinds.store import tenant_session

    ensure_job_worker(request.app, db, settings)
    params = ForecastParams(horizon=body.horizon, freq=body.freq)
    run_id = start_run(db, tenant.id, params, by=body.by, idempotency_key=idempotency_key)
    response.headers["Location"] = request.url_for("get_run", run_id=str(run_id)).path
    with tenant_session(db, tenant.id) as session:
        return _run_out(find_run(session, run_id))


@router.get(
    "/runs/{run_id}",
    operation_id="get_forecast_run",
    summary="Get a forecast run",
    responses=error_responses(401, 404),
)
def get_run(run_id: str, session: SessionDep) -> RunOut:
    """A run's status (queued, running, done, failed with its error), summary, backtest
    accuracy, chosen models and per-series input issues. ``latest`` is the newest
    *completed* SKU-level run."""
    from tradewinds.forecast import find_run, latest_run

    if run_id == "latest":
        return _run_out(latest_run(session))
    return _run_out(find_run(session, _int(run_id)))


@router.get(
    "/skus/{sku}",
    operation_id="get_sku_forecast",
    summary="A SKU's forecast",
    responses=error_responses(401, 404, 409),
)
def sku_forecast(
    sku: str, session: SessionDep, run_id: Annotated[int | None, Query()] = None
) -> list[PointOut]:
    """Forecast with prediction interval per date, from the given or latest completed run
    (``SKU@depot`` for a SKU x depot run)."""
    from tradewinds.forecast import sku_forecast as find_points

    run, points = find_points(session, sku, run_id=run_id)
    lo, hi = f"yhat_lo_{run.level}", f"yhat_hi_{run.level}"
    return [
        PointOut(ds=r["ds"].date(), yhat=r["yhat"], yhat_lo=r[lo], yhat_hi=r[hi], model=r["model"])
        for r in points.to_dict(orient="records")
    ]


@router.get(
    "/skus/{sku}/chart.svg",
    operation_id="get_sku_forecast_chart",
    summary="A SKU's forecast chart (SVG)",
    responses=error_responses(401, 404, 409),
    response_class=Response,
)
def sku_chart(
    sku: str, session: SessionDep, run_id: Annotated[int | None, Query()] = None
) -> Response:
    """History, forecast and interval band as a self-contained SVG image."""
    from tradewinds.forecast import forecast_svg, sku_view

    run, points, history = sku_view(session, sku, run_id=run_id)
    svg = forecast_svg(sku, history, points, level=run.level)
    return Response(content=svg, media_type="image/svg+xml")


@router.get(
    "/replenishment",
    operation_id="get_replenishment_plan",
    summary="What to order today",
    responses=error_responses(401, 404, 409, 422),
)
def replenishment(
    session: SessionDep,
    lead_time_days: Annotated[int, Query(ge=0)] = 7,
    service_level: Annotated[float, Query(gt=0, lt=1)] = 0.95,
    include_all: Annotated[bool, Query(alias="all")] = False,
    run_id: Annotated[int | None, Query()] = None,
) -> list[dict[str, Any]]:
    """Reorder point, safety stock, order-up-to level and order quantity per SKU (SKUs with
    stored supply terms use their own; the query gives the default for the rest)."""
    from tradewinds.forecast import SupplyPolicy, replenishment_plan

    default = SupplyPolicy(lead_time_days=lead_time_days, service_level=service_level)
    advice = replenishment_plan(
        session, run_id=run_id, default_policy=default, only_orders=not include_all
    )
    return [a.as_dict() for a in advice]


@router.put(
    "/supply-terms/{sku}",
    operation_id="set_supply_terms",
    summary="Set a SKU's supply terms",
    responses=error_responses(401, 422),
)
def supply_terms(sku: str, body: SupplyTermIn, session: SessionDep) -> dict[str, Any]:
    """Lead time, review period, service level, pack size, MOQ and units on order."""
    from tradewinds.forecast import SupplyPolicy, set_supply_term

    policy = SupplyPolicy(
        lead_time_days=body.lead_time_days,
        review_days=body.review_days,
        service_level=body.service_level,
        pack_size=body.pack_size,
        min_order_qty=body.min_order_qty,
    )
    set_supply_term(session, sku, policy, on_order=body.on_order_qty, supplier=body.supplier)
    return {"sku": sku, **body.model_dump()}


@router.get(
    "/insights",
    operation_id="get_forecast_insights",
    summary="Insight report",
    responses=error_responses(401, 404, 409, 422, 503),
)
def insights(
    session: SessionDep,
    narrate_with_model: Annotated[bool, Query(alias="model")] = False,
    run_id: Annotated[int | None, Query()] = None,
) -> dict[str, Any]:
    """Stockout risks, overstock, trend changes and promotion effects with a narrative that
    cites a table row for every figure; model-written narratives carry an AI label."""
    from tradewinds.forecast import insight_report

    return insight_report(session, run_id=run_id, use_model=narrate_with_model).as_dict()


def _int(value: str) -> int:
    from tradewinds.core.errors import InvalidInput

    if not value.isdigit():
        raise InvalidInput(f"run id {value!r}: expected a number or 'latest'")
    return int(value)
