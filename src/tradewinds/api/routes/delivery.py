"""``/api/v1/routes``: plan delivery routes, read plans, maps, manifests and promises."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from pydantic import Field

from tradewinds.api.deps import DbDep, IdempotencyKey, SessionDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import MoneyOut, Schema, error_responses
from tradewinds.routing import (
    PlanJob,
    PlannedRoute,
    PlanOptions,
    RoutePlanView,
    delivery_promise,
    list_plans,
    load_plan,
    manifest_csv,
    manifest_html,
    plan_job,
    plan_routes,
    render_map_html,
    start_plan_job,
)

router = APIRouter(prefix="/routes", tags=["routes"])


class PlanRequest(Schema):
    date: dt.date = Field(description="Delivery date (store time zone).")
    depot: str | None = Field(default=None, description="Plan only this depot's vehicles.")
    time_limit_s: float = Field(default=10.0, gt=0, le=300, description="Solver seconds.")
    seed: int = Field(default=0, ge=0, lt=2**32)
    fresh: bool = Field(default=False, description="Ignore the day's current plan.")
    service_minutes: float = Field(default=5.0, ge=0, le=240, description="Time per stop.")

    def options(self) -> PlanOptions:
        return PlanOptions(
            time_limit_s=self.time_limit_s,
            seed=self.seed,
            warm_start=not self.fresh,
            service_s=round(self.service_minutes * 60),
        )


class PlanJobOut(Schema):
    id: int = Field(description="The job's id (also readable at /api/v1/jobs/{id}).")
    date: dt.date
    depot: str | None
    status: Literal["queued", "running", "done", "failed", "cancelled"]
    progress: str
    error: str | None
    plan_id: int | None = Field(description="The stored plan, once done.")
    created_at: dt.datetime
    finished_at: dt.datetime | None

    @classmethod
    def of(cls, job: PlanJob) -> PlanJobOut:
        return cls(
            id=job.id, date=job.date, depot=job.depot_code or None,
            status=job.status, progress=job.progress, error=job.error, plan_id=job.plan_id,
            created_at=job.created_at, finished_at=job.finished_at,
        )  # fmt: skip


class StopOut(Schema):
    order_id: int
    order_name: str
    sequence: int
    latitude: float
    longitude: float
    arrival: dt.datetime
    service_start: dt.datetime = Field(description="Planned ETA: when service starts.")
    departure: dt.datetime
    promised_start: dt.datetime | None
    promised_end: dt.datetime | None
    requested_start: dt.datetime | None
    requested_end: dt.datetime | None
    weight_grams: int
    volume_cm3: int


class RouteOut(Schema):
    vehicle_id: int | None
    vehicle_code: str
    depot_code: str
    start: dt.datetime
    end: dt.datetime
    distance_m: int
    duration_s: int
    load_weight_grams: int
    load_volume_cm3: int
    capacity_weight_grams: int
    capacity_volume_cm3: int
    cost: MoneyOut
    stops: list[StopOut]

    @classmethod
    def of(cls, r: PlannedRoute, currency: str) -> RouteOut:
        return cls(
            vehicle_id=r.vehicle_id,
            vehicle_code=r.vehicle_code,
            depot_code=r.depot_code,
            start=r.start,
            end=r.end,
            distance_m=r.distance_m,
            duration_s=r.duration_s,
            load_weight_grams=r.load_weight_grams,
            load_volume_cm3=r.load_volume_cm3,
            capacity_weight_grams=r.capacity_weight_grams,
            capacity_volume_cm3=r.capacity_volume_cm3,
            cost=MoneyOut.of(r.cost_minor, currency),
            stops=[StopOut(**{k: getattr(s, k) for k in StopOut.model_fields}) for s in r.stops],
        )


class UnassignedOut(Schema):
    order_id: int
    order_name: str
    reason: Literal["invalid_coordinates", "too_heavy", "window_unreachable", "no_capacity"]
    detail: str


class RoutePlanOut(Schema):
    id: int
    date: dt.date
    depot: str | None
    status: str = Field(description="current, or superseded by a later plan.")
    created_at: dt.datetime
    timezone: str
    solver: str
    seed: int
    solve_seconds: float
    iterations: int
    replanned_from_id: int | None
    distance_m: int
    cost: MoneyOut
    routes: list[RouteOut]
    unassigned: list[UnassignedOut]
    warnings: list[str]

    @classmethod
    def of(cls, p: RoutePlanView) -> RoutePlanOut:
        return cls(
            id=p.id,
            date=p.date,
            depot=p.depot_code or None,
            status=p.status,
            created_at=p.created_at,
            timezone=p.timezone,
            solver=p.solver,
            seed=p.seed,
            solve_seconds=p.solve_seconds,
            iterations=p.iterations,
            replanned_from_id=p.replanned_from_id,
            distance_m=p.distance_m,
            cost=MoneyOut.of(p.cost_minor, p.currency),
            routes=[RouteOut.of(r, p.currency) for r in p.routes],
            unassigned=[
                UnassignedOut(
                    order_id=u.order_id,
                    order_name=u.order_name,
                    reason=u.reason,
                    detail=u.detail,
                )
                for u in p.unassigned
            ],
            warnings=list(p.warnings),
        )


class PlanSummaryOut(Schema):
    id: int
    date: dt.date
    depot: str | None
    status: str
    created_at: dt.datetime
    routes: int
    planned_orders: int
    unassigned_orders: int


class PromiseOut(Schema):
    order_id: int
    order_name: str
    status: str
    requested_start: dt.datetime | None
    requested_end: dt.datetime | None
    promised_start: dt.datetime | None
    promised_end: dt.datetime | None
    plan_id: int | None
    vehicle_code: str | None
    eta: dt.datetime | None
    unassigned_reason: str | None


@router.post(
    "/plan",
    operation_id="plan_routes",
    summary="Plan a day's delivery routes",
    responses=error_responses(401, 404, 409, 422),
)
def plan(body: PlanRequest, db: DbDep, tenant: TenantDep) -> RoutePlanOut:
    """Route the day's open orders over the fleet, store the plan and promise each routed
    order a delivery window. Runs for about ``time_limit_s`` seconds. A plan for a day
    that already has one starts from it and keeps promised windows where it can."""
    return RoutePlanOut.of(
        plan_routes(db, tenant.id, body.date, depot_code=body.depot, options=body.options())
    )


@router.post(
    "/plan-jobs",
    operation_id="create_route_plan_job",
    summary="Plan a day's delivery routes in the background",
    status_code=202,
    responses=error_responses(401, 409, 422),
)
def create_plan_job(
    body: PlanRequest,
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> PlanJobOut:
    """Queue the same planning as ``POST /plan`` as a ``routing.plan`` job on the shared
    queue. Answers 202 with the job and its URL in ``Location``; poll it until ``status``
    is ``done`` (then ``plan_id`` names the plan) or ``failed``. 409 while a plan job for
    the same date is queued or running."""
    from tradewinds.api.routes.jobs import ensure_job_worker
    from tradewinds.store import tenant_session

    ensure_job_worker(request.app, db, settings)
    with tenant_session(db, tenant.id) as session:
        job_id = start_plan_job(
            session,
            body.date,
            depot_code=body.depot,
            options=body.options(),
            idempotency_key=idempotency_key,
        )
    response.headers["Location"] = request.url_for("get_plan_job", job_id=str(job_id)).path
    with tenant_session(db, tenant.id) as session:
        return PlanJobOut.of(plan_job(session, job_id))


@router.get(
    "/plan-jobs/{job_id}",
    operation_id="get_route_plan_job",
    summary="Get a background route plan job",
    responses=error_responses(401, 404, 422),
)
def get_plan_job(
    session: SessionDep,
    job_id: Annotated[int, Path(ge=1, le=2**63 - 1, description="The job's id.")],
) -> PlanJobOut:
    """Status, progress, error and, once done, the plan's id."""
    return PlanJobOut.of(plan_job(session, job_id))


@router.get(
    "/plans",
    operation_id="list_route_plans",
    summary="List route plans",
    responses=error_responses(401, 404, 422),
)
def plans(
    session: SessionDep,
    day: Annotated[dt.date | None, Query(alias="date", description="Only this date.")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[PlanSummaryOut]:
    """Plans, newest first."""
    return [
        PlanSummaryOut(
            id=p.id,
            date=p.date,
            depot=p.depot_code or None,
            status=p.status,
            created_at=p.created_at,
            routes=p.routes,
            planned_orders=p.planned_orders,
            unassigned_orders=p.unassigned_orders,
        )
        for p in list_plans(session, day, limit)
    ]


@router.get(
    "/plans/{plan_id}",
    operation_id="get_route_plan",
    summary="Get a route plan",
    responses=error_responses(401, 404),
)
def get_plan(plan_id: int, session: SessionDep) -> RoutePlanOut:
    """A plan with its routes, stops (ETAs, promised windows) and unassigned orders."""
    return RoutePlanOut.of(load_plan(session, plan_id))


@router.get(
    "/plans/{plan_id}/map",
    operation_id="get_route_map",
    summary="Route map (HTML)",
    response_class=HTMLResponse,
    responses=error_responses(401, 404),
)
def route_map(plan_id: int, session: SessionDep) -> HTMLResponse:
    """A self-contained HTML page drawing the plan's routes (no map tiles needed)."""
    # Relative to .../plans/{id}/map: the legend links to .../plans/{id}/manifests/{code}.
    page = render_map_html(
        load_plan(session, plan_id), manifest_href=lambda code: f"manifests/{quote(code, safe='')}"
    )
    return HTMLResponse(page)


@router.get(
    "/plans/{plan_id}/manifests/{vehicle_code}",
    operation_id="get_driver_manifest",
    summary="Driver manifest (HTML or CSV)",
    response_class=HTMLResponse,
    responses=error_responses(401, 404, 422),
)
def manifest(
    plan_id: int,
    vehicle_code: str,
    session: SessionDep,
    format: Annotated[Literal["html", "csv"], Query()] = "html",
) -> Response:
    """One vehicle's stops in order with ETAs and promised windows."""
    view = load_plan(session, plan_id)
    if format == "csv":
        return PlainTextResponse(
            manifest_csv(view, vehicle_code),
            media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{vehicle_code}.csv"'},
        )
    return HTMLResponse(manifest_html(view, vehicle_code))


@router.get(
    "/promises/{order}",
    operation_id="get_delivery_promise",
    summary="Delivery promise for an order",
    responses=error_responses(401, 404),
)
def promise(order: str, session: SessionDep) -> PromiseOut:
    """The requested and promised windows of an order and its planned arrival."""
    found = delivery_promise(session, order)
    return PromiseOut(**{k: getattr(found, k) for k in PromiseOut.model_fields})
