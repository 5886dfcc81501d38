"""Evaluate routes independently of the solver: times, loads, distance, feasibility.

Every solution a solver returns is checked here before anyone sees it (benchmark
``.sol`` files, stored plans), so a solver bug cannot turn into a broken promise.
A route leaves its depot as late as it can without missing a window (the shortest
duration for the same visits), never before the release time of any stop it carries,
and service starts when the vehicle arrives or when the stop's window opens, whichever
is later.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tradewinds.core.errors import InvalidInput
from tradewinds.routing.problem import RoutingProblem, Solution, SolvedRoute, TimeWindow

#: ``travel(matrix, from_location, to_location, departure) -> duration``: time-dependent
#: travel times (a speed profile); the default reads the problem's static matrices.
TravelTime = Callable[[int, int, int, int], int]


@dataclass(frozen=True)
class Visit:
    stop: int
    window: int  # index into the stop's windows
    arrival: int
    start: int  # service start
    departure: int
    late_by: int  # > 0: the window was missed by this much


@dataclass(frozen=True)
class RouteSchedule:
    vehicle_type: int
    start: int  # leaves the depot
    end: int  # back at the depot
    visits: tuple[Visit, ...]
    distance: int
    load: tuple[int, ...]
    late_by: int  # total lateness, including coming back after the shift or depot closes

    @property
    def duration(self) -> int:
        return self.end - self.start

    @property
    def window_choice(self) -> tuple[int, ...]:
        return tuple(v.window for v in self.visits)


def schedule_route(
    problem: RoutingProblem,
    route: SolvedRoute,
    *,
    travel: TravelTime | None = None,
    start: int | None = None,
) -> RouteSchedule:
    """Times, load and distance of one route.

    Parameters
    ----------
    problem, route
        The problem and one route of a solution to it.
    travel
        Time-dependent travel times; default: the problem's static duration matrices.
        The departure time is still chosen on the static matrices, so travel times that
        never exceed them keep a feasible route feasible.
    start
        Departure from the depot; default: the latest departure that misses no window
        (and leaves no earlier than the stops' release times).
    """
    vt = problem.vehicle_types[route.vehicle_type]
    depot = problem.depots[vt.depot]
    ready = max((problem.stops[i].release for i in route.stops), default=0)
    earliest = max(vt.window.early, depot.window.early, ready)
    if start is None:
        first = _forward(problem, route, earliest, route.windows, None)
        start = earliest + _delay(problem, route, first)
        route = SolvedRoute(route.vehicle_type, route.stops, first.window_choice)
    return _forward(problem, route, start, route.windows, travel)


def _static(problem: RoutingProblem) -> TravelTime:
    durations = problem.durations
    return lambda m, i, j, _t: int(durations[m][i, j])


def _choose(windows: tuple[TimeWindow, ...], arrival: int) -> int:
    """The window in which service can start earliest (or the least late one)."""
    reachable = [k for k, w in enumerate(windows) if arrival <= w.late]
    if reachable:
        return min(reachable, key=lambda k: (max(arrival, windows[k].early), -windows[k].bonus))
    return max(range(len(windows)), key=lambda k: windows[k].late)


def _forward(
    problem: RoutingProblem,
    route: SolvedRoute,
    start: int,
    chosen: tuple[int, ...] | None,
    travel: TravelTime | None,
) -> RouteSchedule:
    vt = problem.vehicle_types[route.vehicle_type]
    depot = problem.depots[vt.depot]
    tt = travel or _static(problem)
    dist = problem.distances[vt.matrix]
    if chosen is not None and len(chosen) != len(route.stops):
        raise InvalidInput("expected one window choice per stop")
    t, here, distance, late = start, depot.location, 0, 0
    load = [0] * len(problem.dimensions)
    visits = []
    for k, idx in enumerate(route.stops):
        stop = problem.stops[idx]
        arrival = t + tt(vt.matrix, here, stop.location, t)
        distance += int(dist[here, stop.location])
        w = chosen[k] if chosen is not None else _choose(stop.windows, arrival)
        window = stop.windows[w]
        late_by = max(0, arrival - window.late)
        begin = max(arrival, window.early)
        t = begin + stop.service
        late += late_by
        load = [a + b for a, b in zip(load, stop.demand, strict=True)]
        visits.append(Visit(idx, w, arrival, begin, t, late_by))
        here = stop.location
    end = t + tt(vt.matrix, here, depot.location, t)
    distance += int(dist[here, depot.location])
    late += max(0, end - min(vt.window.late, depot.window.late))
    return RouteSchedule(route.vehicle_type, start, end, tuple(visits), distance, tuple(load), late)


def _delay(problem: RoutingProblem, route: SolvedRoute, first: RouteSchedule) -> int:
    """How much later the vehicle can leave without missing a window (Savelsbergh's
    forward time slack), capped at the waiting it saves."""
    if first.late_by:
        return 0
    vt = problem.vehicle_types[route.vehicle_type]
    waited, slack = 0, None
    for v in first.visits:
        waited += v.start - v.arrival
        room = waited + problem.stops[v.stop].windows[v.window].late - v.start
        slack = room if slack is None else min(slack, room)
    close = min(vt.window.late, problem.depots[vt.depot].window.late)
    room = waited + close - first.end
    slack = room if slack is None else min(slack, room)
    return max(0, min(waited, slack))


def route_schedules(
    problem: RoutingProblem, solution: Solution, *, travel: TravelTime | None = None
) -> list[RouteSchedule]:
    """:func:`schedule_route` for every non-empty route of ``solution``."""
    return [schedule_route(problem, r, travel=travel) for r in solution.routes if r.stops]


def solution_distance(problem: RoutingProblem, solution: Solution) -> int:
    """Total distance of the solution's routes in the problem's (integer) unit."""
    return sum(s.distance for s in route_schedules(problem, solution))


def check_solution(problem: RoutingProblem, solution: Solution) -> list[str]:
    """Everything wrong with ``solution``; an empty list means it is feasible.

    Checks that every stop is served at most once (required ones exactly once) or listed
    as unassigned, that no vehicle type is used more often than it exists, and per route
    the capacity in every dimension, every time window (leaving no earlier than the
    stops' release times), the shift and depot hours, the maximum route duration and
    the maximum route distance.
    """
    problems: list[str] = []
    n = len(problem.stops)
    seen: Counter[int] = Counter()
    used: Counter[int] = Counter()
    for r_no, route in enumerate(solution.routes, 1):
        if not 0 <= route.vehicle_type < len(problem.vehicle_types):
            problems.append(f"route {r_no}: unknown vehicle type {route.vehicle_type}")
            continue
        bad = [i for i in route.stops if not 0 <= i < n]
        if bad:
            problems.append(f"route {r_no}: unknown stops {bad}")
            continue
        seen.update(route.stops)
        if not route.stops:
            continue
        used[route.vehicle_type] += 1
        problems += _check_route(problem, route, r_no)
    for vt_index, count in used.items():
        vt = problem.vehicle_types[vt_index]
        if count > vt.count:
            problems.append(f"vehicle type {vt.key}: {count} routes but {vt.count} vehicles")
    problems += [f"stop {problem.stops[i].key} served {c} times" for i, c in seen.items() if c > 1]
    dropped = set(solution.unassigned)
    problems += [
        f"stop {problem.stops[i].key} both routed and unassigned" for i in dropped & seen.keys()
    ]
    for i, stop in enumerate(problem.stops):
        if i not in seen and i not in dropped:
            problems.append(f"stop {stop.key} is neither routed nor unassigned")
        elif i in dropped and stop.required:
            problems.append(f"required stop {stop.key} left unassigned")
    return problems


def _check_route(problem: RoutingProblem, route: SolvedRoute, r_no: int) -> list[str]:
    found = []
    vt = problem.vehicle_types[route.vehicle_type]
    sched = schedule_route(problem, route)
    for dim, (load, cap) in enumerate(zip(sched.load, vt.capacity, strict=True)):
        if load > cap:
            name = problem.dimensions[dim]
            found.append(f"route {r_no} ({vt.key}): {name} {load} exceeds capacity {cap}")
    for v in sched.visits:
        if v.late_by:
            key = problem.stops[v.stop].key
            found.append(f"route {r_no}: stop {key} reached {v.late_by} after its window")
    back_late = sched.late_by - sum(v.late_by for v in sched.visits)
    if back_late:
        found.append(f"route {r_no} ({vt.key}): back {back_late} after the shift or depot close")
    if vt.max_duration is not None and sched.duration > vt.max_duration:
        found.append(
            f"route {r_no} ({vt.key}): duration {sched.duration} exceeds {vt.max_duration}"
        )
    if vt.max_distance is not None and sched.distance > vt.max_distance:
        found.append(
            f"route {r_no} ({vt.key}): distance {sched.distance} exceeds {vt.max_distance}"
        )
    return found
