"""Write a solved day to the store: the plan, its routes and stops, promised windows.

Orders that were cancelled or delivered while the solver ran are left out. Unassigned
orders lose any earlier promise: no route backs it any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.routing._build import BuiltProblem, Reason
from tradewinds.routing._day import CLOSED
from tradewinds.routing.plans import CURRENT, SUPERSEDED
from tradewinds.routing.problem import Solution
from tradewinds.routing.promise import promise_window
from tradewinds.routing.schedule import RouteSchedule, schedule_route
from tradewinds.store.tables import Order, PlanRoute, RoutePlan, RouteStop


@dataclass(frozen=True)
class PlanMeta:
    solver: str
    seed: int
    time_limit_s: float
    matrix_provider: str


def _route_cost_minor(built: BuiltProblem, vt: int, sched: RouteSchedule) -> int:
    v = built.vehicles[vt]
    per_hour_part = sched.duration * v.cost_per_hour_minor
    per_km_part = sched.distance * v.cost_per_km_minor * 3.6
    return v.fixed_cost_minor + round((per_km_part + per_hour_part) / 3600)


def save_plan(
    session: Session,
    built: BuiltProblem,
    solution: Solution,
    *,
    dropped: set[int],
    scope: str,
    previous_ids: list[int],
    meta: PlanMeta,
    promise: tuple[timedelta, timedelta],
    job_id: int | None = None,
) -> int:
    """Store ``solution`` as the day's current plan (superseding ``previous_ids``), write
    each routed order's promised window (``promise`` = width, grid step); return the id.
    ``job_id`` names the background job that made the plan (one plan per job)."""
    day = built.day
    ids = [o.id for o in day.orders]
    still_open = (
        set(session.scalars(select(Order.id).where(Order.id.in_(ids), Order.status.not_in(CLOSED))))
        if ids
        else set()
    )
    orders = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(still_open)))}
    for old in session.scalars(select(RoutePlan).where(RoutePlan.id.in_(previous_ids))):
        old.status = SUPERSEDED
    plan = RoutePlan(
        plan_date=day.day,
        depot_code=scope,
        status=CURRENT,
        timezone=day.timezone,
        solver=solution.solver or meta.solver,
        seed=meta.seed,
        time_limit_s=meta.time_limit_s,
        solve_seconds=round(solution.seconds, 3),
        iterations=solution.iterations,
        matrix_provider=meta.matrix_provider,
        replanned_from_id=previous_ids[-1] if previous_ids else None,
        job_id=job_id,
    )
    session.add(plan)
    session.flush()
    width, step = promise
    for route in solution.routes:
        sched = schedule_route(built.problem, route, travel=built.travel)
        vehicle = built.vehicles[route.vehicle_type]
        row = PlanRoute(
            plan_id=plan.id,
            vehicle_id=vehicle.id,
            vehicle_code=vehicle.code,
            depot_id=vehicle.depot_id,
            start_at=built.at(sched.start),
            end_at=built.at(sched.end),
            distance_m=sched.distance,
            duration_s=sched.duration,
            load_weight_grams=sched.load[0],
            load_volume_cm3=sched.load[1],
            cost_minor=_route_cost_minor(built, route.vehicle_type, sched),
        )
        session.add(row)
        session.flush()
        sequence = 0
        for visit in sched.visits:
            order = built.orders[visit.stop]
            stored = orders.get(order.id)
            if stored is None:  # cancelled or delivered while we were solving
                continue
            sequence += 1
            start = built.at(visit.start)
            kept = visit.stop in built.keeps_promise and visit.window == 0
            promised = (
                order.promised
                if kept and order.promised is not None
                else promise_window(start, order.window, width=width, step=step, origin=day.origin)
            )
            stored.promised_start, stored.promised_end = promised
            session.add(
                RouteStop(
                    plan_id=plan.id,
                    route_id=row.id,
                    order_id=order.id,
                    sequence=sequence,
                    arrival_at=built.at(visit.arrival),
                    service_start_at=start,
                    departure_at=built.at(visit.departure),
                    promised_start=promised[0],
                    promised_end=promised[1],
                    weight_grams=order.weight_grams,
                    volume_cm3=order.volume_cm3,
                )
            )
    unassigned = [(r.order, r.reason, r.detail) for r in built.rejected]
    unassigned += [
        (built.orders[i], Reason.NO_CAPACITY, _no_capacity_detail(i in dropped))
        for i in solution.unassigned
    ]
    for order, reason, detail in unassigned:
        stored = orders.get(order.id)
        if stored is None:
            continue
        # A promise no route backs any more must not be shown to the customer.
        stored.promised_start = stored.promised_end = None
        session.add(
            RouteStop(
                plan_id=plan.id,
                order_id=order.id,
                weight_grams=order.weight_grams,
                volume_cm3=order.volume_cm3,
                unassigned_reason=reason,
                detail=detail[:500],
            )
        )
    session.flush()
    return plan.id


def _no_capacity_detail(repaired: bool) -> str:
    if repaired:
        return "no vehicle had room for it within its window (removed to keep a route feasible)"
    return "the fleet has no room left for it (weight, volume or shift time) within its window"
