"""Turn a delivery day into a :class:`RoutingProblem`, rejecting what cannot be planned.

Units: seconds from the day's local midnight, metres, and costs in thousandths of the
currency's minor unit (so per-metre and per-second costs stay integers).

Travel times: the solver sees, per vehicle, free-flow times stretched by the *worst*
speed factor over that vehicle's shift hours, so a route it finds feasible stays feasible
whatever the hour of each leg; the schedule is then recomputed with the hour-of-day
factors (:attr:`BuiltProblem.travel`), which only makes arrivals earlier.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.routing._day import DeliveryDay, DeliveryOrder, FleetVehicle
from tradewinds.routing.problem import (
    Depot,
    Matrix,
    RoutingProblem,
    Stop,
    TimeWindow,
    VehicleType,
)
from tradewinds.routing.schedule import TravelTime
from tradewinds.routing.travel import MatrixProvider, SpeedProfile, TravelMatrix

MILLI = 1000  # cost unit: thousandths of a minor unit


class Reason:
    """Why an order is not on any route (stable codes for the API)."""

    INVALID_COORDINATES = "invalid_coordinates"
    TOO_HEAVY = "too_heavy"
    WINDOW_UNREACHABLE = "window_unreachable"
    NO_CAPACITY = "no_capacity"


@dataclass(frozen=True)
class Rejection:
    order: DeliveryOrder
    reason: str
    detail: str


@dataclass(frozen=True, eq=False)
class BuiltProblem:
    problem: RoutingProblem
    day: DeliveryDay
    orders: tuple[DeliveryOrder, ...]  # per stop
    vehicles: tuple[FleetVehicle, ...]  # per vehicle type
    rejected: tuple[Rejection, ...]
    travel: TravelTime
    warnings: tuple[str, ...] = ()
    # Stops whose first window is the promise they already hold.
    keeps_promise: frozenset[int] = field(default_factory=frozenset)

    def at(self, seconds: int) -> datetime:
        return self.day.origin + timedelta(seconds=seconds)


def build_problem(
    day: DeliveryDay,
    provider: MatrixProvider,
    speeds: SpeedProfile,
    *,
    service_s: int,
    unassigned_penalty_minor: int,
    broken_promise_penalty_minor: int,
) -> BuiltProblem:
    """The routing problem for ``day``; orders that cannot be served are rejected with a
    reason instead (bad coordinates, too heavy for every vehicle, window unreachable)."""
    rejected: list[Rejection] = []
    candidates: list[DeliveryOrder] = []
    for order in day.orders:
        if order.point is None or not order.point.is_valid:
            detail = (
                "the order has no delivery coordinates"
                if order.point is None
                else f"delivery coordinates ({order.point.latitude}, {order.point.longitude}) "
                "are not a valid latitude/longitude"
            )
            rejected.append(Rejection(order, Reason.INVALID_COORDINATES, detail))
        else:
            candidates.append(order)

    bad_depots = [d.code for d in day.depots if not d.point.is_valid]
    if bad_depots:
        raise InvalidInput(f"depot(s) {', '.join(bad_depots)} have invalid coordinates")
    hours = _local_hours(day)
    vehicles, warnings = _usable(day)
    points = [d.point for d in day.depots] + [o.point for o in candidates if o.point]
    base = {p: provider.matrix(points, p) for p in sorted({v.profile for v in vehicles})}
    # One matrix per (profile, worst speed factor over the shift): vans on the early and
    # the late shift see different rush hours.
    key_of = {
        v.id: (v.profile, speeds.worst(v.profile, _shift_hours(day, v, hours))) for v in vehicles
    }
    keys = sorted(set(key_of.values()))
    distances = tuple(base[p].distance_m for p, _ in keys)
    durations = tuple(np.ceil(base[p].duration_s * f - 1e-9).astype(np.int64) for p, f in keys)

    depot_index = {d.id: i for i, d in enumerate(day.depots)}
    types = []
    for v in vehicles:
        depot = day.depots[depot_index[v.depot_id]]
        early = max(_s(day, v.shift[0]), _s(day, depot.opens))
        late = min(_s(day, v.shift[1]), _s(day, depot.closes))
        distance_cost = v.cost_per_km_minor  # per km in minor = per metre in milli-minor
        duration_cost = round(v.cost_per_hour_minor * MILLI / 3600)
        types.append(
            VehicleType(
                key=v.code,
                depot=depot_index[v.depot_id],
                capacity=v.capacity,
                window=TimeWindow(early, late),
                max_duration=v.max_duration_s,
                fixed_cost=v.fixed_cost_minor * MILLI,
                distance_cost=distance_cost or (0 if duration_cost else 1),
                duration_cost=duration_cost,
                matrix=keys.index(key_of[v.id]),
            )
        )

    depots = [
        Depot(d.code, i, TimeWindow(_s(day, d.opens), _s(day, d.closes)))
        for i, d in enumerate(day.depots)
    ]
    stops: list[Stop] = []
    served: list[DeliveryOrder] = []
    keeps: set[int] = set()
    prize = unassigned_penalty_minor * MILLI
    for k, order in enumerate(candidates):
        location = len(day.depots) + k
        windows = _windows(day, order, broken_promise_penalty_minor * MILLI)
        stop = Stop(
            key=str(order.id),
            location=location,
            demand=(order.weight_grams, order.volume_cm3),
            service=service_s,
            windows=windows,
            required=False,
            prize=prize,
        )
        verdict = _reachable(stop, types, depots, distances, durations)
        if verdict is not None:
            rejected.append(Rejection(order, *verdict))
            continue
        if len(windows) > 1:
            keeps.add(len(stops))
        stops.append(stop)
        served.append(order)

    problem = RoutingProblem(
        depots=tuple(depots),
        stops=tuple(stops),
        vehicle_types=tuple(types),
        distances=distances,
        durations=durations,
        name=f"{day.day.isoformat()}",
        dimensions=("weight_grams", "volume_cm3"),
    )
    travel = _time_dependent(keys, base, speeds, hours)
    return BuiltProblem(
        problem,
        day,
        tuple(served),
        tuple(vehicles),
        tuple(rejected),
        travel,
        tuple(warnings),
        frozenset(keeps),
    )


def _s(day: DeliveryDay, moment: datetime) -> int:
    return int((moment - day.origin).total_seconds())


def _local_hours(day: DeliveryDay) -> Callable[[int], int]:
    """Seconds from the day's local midnight -> local hour of day (DST-aware)."""
    tz = ZoneInfo(day.timezone)
    table = [(day.origin + timedelta(hours=h)).astimezone(tz).hour for h in range(73)]
    return lambda seconds: table[min(72, max(0, seconds // 3600))]


def _shift_hours(day: DeliveryDay, v: FleetVehicle, hours: Callable[[int], int]) -> list[int]:
    first, last = _s(day, v.shift[0]) // 3600, _s(day, v.shift[1]) // 3600
    return [hours(h * 3600) for h in range(max(0, first), last + 1)]


def _usable(day: DeliveryDay) -> tuple[list[FleetVehicle], list[str]]:
    """Vehicles whose shift overlaps their depot's opening hours."""
    depots = {d.id: d for d in day.depots}
    usable, warnings = [], []
    for v in day.vehicles:
        depot = depots[v.depot_id]
        if max(v.shift[0], depot.opens) >= min(v.shift[1], depot.closes):
            warnings.append(f"vehicle {v.code}: its shift lies outside depot {depot.code}'s hours")
        else:
            usable.append(v)
    if not usable:
        raise InvalidInput(
            "no vehicle's shift overlaps its depot's opening hours: " + "; ".join(warnings)
        )
    return usable, warnings


def _windows(day: DeliveryDay, order: DeliveryOrder, bonus: int) -> tuple[TimeWindow, ...]:
    """The requested window; with a still-valid promise inside it, the promise first
    (preferred by ``bonus``)."""
    early, late = _s(day, order.window[0]), _s(day, order.window[1])
    requested = TimeWindow(early, late)
    if order.promised is None:
        return (requested,)
    p_early = max(early, _s(day, order.promised[0]))
    p_late = min(late, _s(day, order.promised[1]))
    if p_late < p_early or (p_early, p_late) == (early, late):
        return (requested,)
    return (TimeWindow(p_early, p_late, bonus), requested)


def _reachable(
    stop: Stop,
    types: list[VehicleType],
    problem_depots: list[Depot],
    distances: tuple[Matrix, ...],
    durations: tuple[Matrix, ...],
) -> tuple[str, str] | None:
    """``None`` if some vehicle could serve ``stop`` alone; else (reason, detail)."""
    carriers = [
        v for v in types if all(d <= c for d, c in zip(stop.demand, v.capacity, strict=True))
    ]
    if not carriers:
        weight, volume = stop.demand
        best_w = max(v.capacity[0] for v in types)
        best_v = max(v.capacity[1] for v in types)
        return (
            Reason.TOO_HEAVY,
            f"{weight / 1000:.1f} kg / {volume / 1e6:.2f} m3 does not fit any vehicle "
            f"(largest: {best_w / 1000:.1f} kg, {best_v / 1e6:.2f} m3)",
        )
    for v in carriers:
        depot = problem_depots[v.depot].location
        there = int(durations[v.matrix][depot, stop.location])
        back = int(durations[v.matrix][stop.location, depot])
        arrive = v.window.early + there
        for w in stop.windows:
            begin = max(arrive, w.early)
            home = begin + stop.service + back
            shortest = there + stop.service + back  # leaving late enough not to wait
            if (
                arrive <= w.late
                and home <= v.window.late
                and (v.max_duration is None or shortest <= v.max_duration)
            ):
                return None
    return (
        Reason.WINDOW_UNREACHABLE,
        "no vehicle can reach the address within the requested window and be back "
        "before its shift ends",
    )


def _time_dependent(
    keys: list[tuple[str, float]],
    base: dict[str, TravelMatrix],
    speeds: SpeedProfile,
    hours: Callable[[int], int],
) -> TravelTime:
    free_flow = [base[p].duration_s for p, _ in keys]
    profiles = [p for p, _ in keys]

    def travel(matrix: int, frm: int, to: int, departure: int) -> int:
        factor = speeds.factor(profiles[matrix], hours(departure))
        return math.ceil(float(free_flow[matrix][frm, to]) * factor - 1e-9)

    return travel
