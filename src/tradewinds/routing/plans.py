"""Stored route plans: read them back as :class:`RoutePlanView`, list them, and answer
"when will my order arrive?" (:func:`delivery_promise`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, raiseload

from tradewinds.core.errors import NotFound
from tradewinds.routing.views import (
    DepotSite,
    PlannedRoute,
    PlannedStop,
    RoutePlanView,
    UnassignedOrder,
)
from tradewinds.store import current_tenant_id
from tradewinds.store.tables import (
    Depot,
    Order,
    PlanRoute,
    RoutePlan,
    RouteStop,
    Tenant,
    Vehicle,
)

CURRENT = "current"
SUPERSEDED = "superseded"


def current_plans(session: Session, day: date) -> list[RoutePlan]:
    """The plans in force for ``day`` (one for every depot, or one per depot)."""
    return list(
        session.scalars(
            select(RoutePlan)
            .where(RoutePlan.plan_date == day, RoutePlan.status == CURRENT)
            .order_by(RoutePlan.id)
        )
    )


def load_plan(session: Session, plan_id: int) -> RoutePlanView:
    """A stored plan with its routes, stops and unassigned orders.

    Raises
    ------
    NotFound
        No such plan for this tenant.
    """
    plan = session.get(RoutePlan, plan_id)
    if plan is None:
        raise NotFound(f"no route plan {plan_id}")
    return _view(session, plan)


def latest_plan(session: Session, day: date, depot_code: str | None = None) -> RoutePlanView:
    """The newest plan for ``day`` (and ``depot_code``, if given).

    Raises
    ------
    NotFound
        Nothing was planned for that day yet.
    """
    stmt = select(RoutePlan).where(RoutePlan.plan_date == day)
    if depot_code is not None:
        stmt = stmt.where(RoutePlan.depot_code == depot_code)
    plan = session.scalars(stmt.order_by(RoutePlan.id.desc()).limit(1)).one_or_none()
    if plan is None:
        scope = f" for depot {depot_code}" if depot_code else ""
        raise NotFound(f"no route plan for {day.isoformat()}{scope} (run 'routes plan' first)")
    return _view(session, plan)


@dataclass(frozen=True)
class PlanSummary:
    id: int
    date: date
    depot_code: str
    status: str
    created_at: datetime
    routes: int
    planned_orders: int
    unassigned_orders: int
    distance_m: int = 0


def list_plans(session: Session, day: date | None = None, limit: int = 50) -> list[PlanSummary]:
    """Plans, newest first (optionally only ``day``'s).

    Routes and stops are counted in the database: a city-sized day has a thousand stops
    per plan and a month of re-plans, and none of them needs loading to be counted.
    """
    stmt = select(RoutePlan).options(raiseload("*")).order_by(RoutePlan.id.desc()).limit(limit)
    if day is not None:
        stmt = stmt.where(RoutePlan.plan_date == day)
    plans = list(session.scalars(stmt))
    ids = [p.id for p in plans]
    stops: dict[int, tuple[int, int]] = {}
    routes: dict[int, tuple[int, int]] = {}
    if ids:
        stops = {
            plan_id: (planned, total)
            for plan_id, planned, total in session.execute(
                select(RouteStop.plan_id, func.count(RouteStop.route_id), func.count())
                .where(RouteStop.plan_id.in_(ids))
                .group_by(RouteStop.plan_id)
            )
        }
        routes = {
            plan_id: (count, int(distance or 0))
            for plan_id, count, distance in session.execute(
                select(PlanRoute.plan_id, func.count(), func.sum(PlanRoute.distance_m))
                .where(PlanRoute.plan_id.in_(ids))
                .group_by(PlanRoute.plan_id)
            )
        }
    return [
        PlanSummary(
            id=p.id,
            date=p.plan_date,
            depot_code=p.depot_code,
            status=p.status,
            created_at=p.created_at,
            routes=vehicles,
            planned_orders=planned,
            unassigned_orders=total - planned,
            distance_m=distance,
        )
        for p in plans
        for planned, total in [stops.get(p.id, (0, 0))]
        for vehicles, distance in [routes.get(p.id, (0, 0))]
    ]


def list_depots(session: Session) -> list[DepotSite]:
    """The tenant's depots, by code (what a plan may be limited to)."""
    return [
        DepotSite(d.code, d.name, d.latitude, d.longitude)
        for d in session.scalars(select(Depot).order_by(Depot.code))
    ]


@dataclass(frozen=True)
class DeliveryPromise:
    """What the store can tell a customer about one order's delivery."""

    order_id: int
    order_name: str
    status: str
    requested_start: datetime | None
    requested_end: datetime | None
    promised_start: datetime | None
    promised_end: datetime | None
    plan_id: int | None  # the current plan that carries the order, if any
    vehicle_code: str | None
    eta: datetime | None  # planned service start
    unassigned_reason: str | None


def delivery_promise(session: Session, order_ref: int | str) -> DeliveryPromise:
    """The promised window and planned arrival of an order (by id or name, ``#1001``).

    Raises
    ------
    NotFound
        No such order for this tenant.
    """
    stmt = select(Order)
    text = str(order_ref).strip()
    if (isinstance(order_ref, int) or text.isdigit()) and len(text) <= 18:  # fits an id
        stmt = stmt.where((Order.id == int(text)) | (Order.name == f"#{text}"))
    else:
        stmt = stmt.where(Order.name == text)
    order = session.scalars(stmt.order_by(Order.id).limit(1)).one_or_none()
    if order is None:
        raise NotFound(f"no order {order_ref!r}")
    row = session.execute(
        select(RouteStop, RoutePlan)
        .join(RoutePlan, RouteStop.plan_id == RoutePlan.id)
        .where(RouteStop.order_id == order.id, RoutePlan.status == CURRENT)
        .order_by(RoutePlan.id.desc())
        .limit(1)
    ).one_or_none()
    stop, plan = (row[0], row[1]) if row is not None else (None, None)
    vehicle = None
    if stop is not None and plan is not None and stop.route_id is not None:
        vehicle = next((r.vehicle_code for r in plan.routes if r.id == stop.route_id), None)
    return DeliveryPromise(
        order_id=order.id,
        order_name=order.name,
        status=str(order.status),
        requested_start=order.window_start,
        requested_end=order.window_end,
        promised_start=order.promised_start,
        promised_end=order.promised_end,
        plan_id=plan.id if plan is not None else None,
        vehicle_code=vehicle,
        eta=stop.service_start_at if stop is not None else None,
        unassigned_reason=stop.unassigned_reason if stop is not None else None,
    )


def _view(session: Session, plan: RoutePlan) -> RoutePlanView:
    order_ids = {s.order_id for s in plan.stops}
    orders = (
        {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(order_ids)))}
        if order_ids
        else {}
    )
    vehicles = {v.id: v for v in session.scalars(select(Vehicle))}
    depots = {d.id: d for d in session.scalars(select(Depot).order_by(Depot.code))}
    tenant = session.get(Tenant, current_tenant_id(session))
    by_route: dict[int, list[RouteStop]] = {}
    unassigned = []
    for s in plan.stops:
        if s.route_id is None:
            o = orders[s.order_id]
            unassigned.append(
                UnassignedOrder(
                    s.order_id,
                    o.name,
                    s.unassigned_reason or "",
                    s.detail,
                    o.ship_latitude,
                    o.ship_longitude,
                )
            )
        else:
            by_route.setdefault(s.route_id, []).append(s)
    routes = []
    for r in plan.routes:
        vehicle = vehicles.get(r.vehicle_id) if r.vehicle_id is not None else None
        depot = depots.get(r.depot_id) if r.depot_id is not None else None
        stops = sorted(by_route.get(r.id, []), key=lambda s: s.sequence or 0)
        routes.append(
            PlannedRoute(
                vehicle_id=r.vehicle_id,
                vehicle_code=r.vehicle_code,
                vehicle_name=vehicle.name if vehicle else r.vehicle_code,
                depot_code=depot.code if depot else "",
                depot_latitude=depot.latitude if depot else float("nan"),
                depot_longitude=depot.longitude if depot else float("nan"),
                start=r.start_at,
                end=r.end_at,
                distance_m=r.distance_m,
                duration_s=r.duration_s,
                load_weight_grams=r.load_weight_grams,
                load_volume_cm3=r.load_volume_cm3,
                capacity_weight_grams=vehicle.capacity_weight_grams if vehicle else 0,
                capacity_volume_cm3=vehicle.capacity_volume_cm3 if vehicle else 0,
                cost_minor=r.cost_minor,
                stops=tuple(_stop(s, orders[s.order_id]) for s in stops),
            )
        )
    sites = tuple(
        DepotSite(d.code, d.name, d.latitude, d.longitude)
        for d in depots.values()
        if not plan.depot_code or d.code == plan.depot_code
    )
    return RoutePlanView(
        id=plan.id,
        date=plan.plan_date,
        depot_code=plan.depot_code,
        status=plan.status,
        created_at=plan.created_at,
        timezone=plan.timezone,
        currency=tenant.currency if tenant else "",
        solver=plan.solver,
        seed=plan.seed,
        time_limit_s=plan.time_limit_s,
        solve_seconds=plan.solve_seconds,
        iterations=plan.iterations,
        matrix_provider=plan.matrix_provider,
        replanned_from_id=plan.replanned_from_id,
        depots=sites,
        routes=tuple(routes),
        unassigned=tuple(sorted(unassigned, key=lambda u: u.order_name)),
    )


def _stop(s: RouteStop, o: Order) -> PlannedStop:
    assert s.arrival_at and s.service_start_at and s.departure_at
    return PlannedStop(
        order_id=o.id,
        order_name=o.name,
        sequence=s.sequence or 0,
        latitude=o.ship_latitude if o.ship_latitude is not None else float("nan"),
        longitude=o.ship_longitude if o.ship_longitude is not None else float("nan"),
        arrival=s.arrival_at,
        service_start=s.service_start_at,
        departure=s.departure_at,
        promised_start=s.promised_start,
        promised_end=s.promised_end,
        requested_start=o.window_start,
        requested_end=o.window_end,
        weight_grams=s.weight_grams,
        volume_cm3=s.volume_cm3,
        ship_name=o.ship_name,
        address=", ".join(p for p in (o.ship_street, o.ship_zip, o.ship_city) if p),
    )
