"""Plan a day's deliveries from the store: load, solve, check, promise, save.

``plan_routes`` is the one entry point (CLI, API and the assistant call it). A new plan
starts from the day's current plan when there is one (re-planning after orders were
added or cancelled), and orders that already hold a promised window keep it whenever
the solver can serve them inside it.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, TradewindsError
from tradewinds.routing._build import BuiltProblem, build_problem
from tradewinds.routing._day import load_day
from tradewinds.routing._record import PlanMeta, save_plan
from tradewinds.routing.plans import current_plans, load_plan
from tradewinds.routing.problem import RoutingProblem, Solution, SolvedRoute
from tradewinds.routing.schedule import check_solution, schedule_route
from tradewinds.routing.solver import DEFAULT_SOLVER, SolveParams, get_solver
from tradewinds.routing.travel import HaversineProvider, MatrixProvider, SpeedProfile
from tradewinds.routing.views import RoutePlanView
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import RoutePlan, RouteStop, Tenant

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanOptions:
    """Knobs of one planning run.

    Parameters
    ----------
    time_limit_s
        Solver search time.
    seed
        Solver seed (same seed, same data: same plan, given the same iterations).
    service_s
        Time at each stop (parking, walking, handing over).
    promise_minutes, promise_step_minutes
        Width of a promised window and the grid its start is rounded to.
    unassigned_penalty_minor
        What leaving an order out costs the plan, in the store's minor unit; far above
        any route cost, so orders are dropped only when the fleet cannot take them.
    broken_promise_penalty_minor
        What moving an order out of its promised window costs.
    default_item_weight_grams, default_item_volume_cm3
        Size of an order line whose variant has no weight or volume.
    warm_start
        Start from the day's current plan, if any.
    """

    time_limit_s: float = 10.0
    seed: int = 0
    service_s: int = 300
    promise_minutes: int = 60
    promise_step_minutes: int = 15
    unassigned_penalty_minor: int = 100_000
    broken_promise_penalty_minor: int = 20_000
    default_item_weight_grams: int = 1_000
    default_item_volume_cm3: int = 5_000
    warm_start: bool = True
    solver: str = DEFAULT_SOLVER
    max_iterations: int | None = None
    provider: MatrixProvider = field(default_factory=HaversineProvider)
    speeds: SpeedProfile = field(default_factory=SpeedProfile)

    def __post_init__(self) -> None:
        if not 0 < self.time_limit_s <= 3600:
            raise InvalidInput(f"expected time_limit_s in (0, 3600], got {self.time_limit_s}")
        if not 0 <= self.service_s <= 4 * 3600:
            raise InvalidInput(f"expected service_s in [0, 14400], got {self.service_s}")
        if not 0 < 2 * self.promise_step_minutes <= self.promise_minutes:
            raise InvalidInput("expected 0 < promise_step_minutes <= promise_minutes / 2")
        if min(self.unassigned_penalty_minor, self.broken_promise_penalty_minor) < 0:
            raise InvalidInput("penalties must be >= 0")


def plan_routes(
    db: Database,
    tenant_id: int,
    day: date,
    *,
    depot_code: str | None = None,
    options: PlanOptions | None = None,
) -> RoutePlanView:
    """Plan ``day``'s deliveries for one tenant and store the plan.

    Parameters
    ----------
    day
        Orders whose requested window starts on this date (tenant time zone) and are not
        delivered, cancelled or returned.
    depot_code
        Plan only this depot's vehicles, for the orders no other depot's current plan
        carries. Without it every depot and vehicle takes part.

    Returns
    -------
    RoutePlanView
        The stored plan, with routes, ETAs, promised windows and unassigned orders.

    Raises
    ------
    InvalidInput
        No depot or no active vehicle in scope.
    NotFound
        ``depot_code`` names no depot.
    Conflict
        ``depot_code`` is given but a plan for every depot is in force for that day.
    """
    opts = options or PlanOptions()
    started = time.perf_counter()
    solved = solve_day(db, tenant_id, day, depot_code=depot_code, options=opts)
    with tenant_session(db, tenant_id) as session:
        plan_id = store_day(session, solved, opts)
    with tenant_session(db, tenant_id) as session:
        view = load_plan(session, plan_id)
    log.info(
        "planned %s: %d orders on %d routes, %d unassigned (load %.1fs, solve %.1fs, save %.1fs)",
        day,
        view.planned_orders,
        len(view.routes),
        len(view.unassigned),
        solved.load_seconds,
        solved.solve_seconds,
        time.perf_counter() - started - solved.load_seconds - solved.solve_seconds,
    )
    return dataclasses.replace(view, warnings=solved.built.warnings)


@dataclass(frozen=True)
class SolvedDay:
    """A day loaded and solved, not stored yet (``store_day`` writes it)."""

    built: BuiltProblem
    solution: Solution
    dropped: set[int]
    scope: str  # "" = every depot
    previous_ids: list[int]  # the plans it supersedes
    load_seconds: float
    solve_seconds: float  # building the problem, solving, checking


def solve_day(
    db: Database,
    tenant_id: int,
    day: date,
    *,
    depot_code: str | None = None,
    options: PlanOptions | None = None,
) -> SolvedDay:
    """Load ``day`` from the store and solve it (the part of :func:`plan_routes` that may
    take minutes and writes nothing); errors as :func:`plan_routes`."""
    opts = options or PlanOptions()
    started = time.perf_counter()
    scope = depot_code or ""
    with tenant_session(db, tenant_id) as session:
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        in_force = current_plans(session, day)
        if scope and any(p.depot_code == "" for p in in_force):
            raise Conflict(
                f"a plan for every depot is in force for {day.isoformat()}; "
                "re-plan without --depot (or plan each depot from the start)"
            )
        previous = [p for p in in_force if not scope or p.depot_code == scope]
        elsewhere = frozenset(
            s.order_id
            for p in in_force
            if p not in previous
            for s in p.stops
            if s.route_id is not None
        )
        delivery_day = load_day(
            session,
            day,
            tenant.timezone,
            depot_code=depot_code,
            exclude_orders=elsewhere,
            default_weight_grams=opts.default_item_weight_grams,
            default_volume_cm3=opts.default_item_volume_cm3,
        )
        warm = [
            (r.vehicle_id, [s.order_id for s in sorted(_stops_of(p, r.id), key=_seq)])
            for p in previous
            for r in p.routes
        ]
        previous_ids = [p.id for p in previous]
    loaded = time.perf_counter()

    built = build_problem(
        delivery_day,
        opts.provider,
        opts.speeds,
        service_s=opts.service_s,
        unassigned_penalty_minor=opts.unassigned_penalty_minor,
        broken_promise_penalty_minor=opts.broken_promise_penalty_minor,
    )
    initial = _warm_start(built, warm) if opts.warm_start and warm else None
    solver = get_solver(opts.solver)
    solution = solver.solve(
        built.problem,
        SolveParams(opts.time_limit_s, opts.seed, opts.max_iterations, initial),
    )
    solution, dropped = _repair(built.problem, solution)
    problems = check_solution(built.problem, solution)
    if problems:  # _repair guarantees feasibility; anything left is a bug
        raise TradewindsError("route plan failed its feasibility check: " + "; ".join(problems))
    solve_seconds = time.perf_counter() - loaded
    return SolvedDay(built, solution, dropped, scope, previous_ids, loaded - started, solve_seconds)


def store_day(
    session: Session, solved: SolvedDay, options: PlanOptions, *, job_id: int | None = None
) -> int:
    """Write a solved day as the current plan (in the caller's transaction); its id."""
    opts = options
    return save_plan(
        session,
        solved.built,
        solved.solution,
        dropped=solved.dropped,
        scope=solved.scope,
        previous_ids=solved.previous_ids,
        meta=PlanMeta(opts.solver, opts.seed, opts.time_limit_s, opts.provider.name),
        promise=(
            timedelta(minutes=opts.promise_minutes),
            timedelta(minutes=opts.promise_step_minutes),
        ),
        job_id=job_id,
    )


def _seq(stop: RouteStop) -> int:
    return stop.sequence or 0


def _stops_of(plan: RoutePlan, route_id: int) -> list[RouteStop]:
    return [s for s in plan.stops if s.route_id == route_id]


def _warm_start(built: BuiltProblem, warm: list[tuple[int | None, list[int]]]) -> Solution:
    """The previous plan's routes in terms of the new problem (cancelled or rejected orders
    and vehicles no longer in scope drop out; new orders are left for the solver)."""
    type_of = {v.id: i for i, v in enumerate(built.vehicles)}
    stop_of = {o.id: i for i, o in enumerate(built.orders)}
    routes, used, seen = [], set(), set()
    for vehicle_id, order_ids in warm:
        vt = type_of.get(vehicle_id) if vehicle_id is not None else None
        stops = tuple(stop_of[o] for o in order_ids if o in stop_of and o not in seen)
        if vt is None or vt in used or not stops:
            continue
        used.add(vt)
        seen.update(order_ids)
        routes.append(SolvedRoute(vt, stops, (0,) * len(stops)))
    served = {s for r in routes for s in r.stops}
    rest = tuple(i for i in range(len(built.orders)) if i not in served)
    return Solution(tuple(routes), rest)


def _repair(problem: RoutingProblem, solution: Solution) -> tuple[Solution, set[int]]:
    """Drop stops from any route that breaks a constraint until it holds (a safety net:
    the solver's own answer is normally feasible already)."""
    routes, dropped = [], set()
    for route in solution.routes:
        stops = list(route.stops)
        windows = list(route.windows) if route.windows else None
        while stops:
            candidate = SolvedRoute(
                route.vehicle_type, tuple(stops), tuple(windows) if windows is not None else None
            )
            sched = schedule_route(problem, candidate)
            vt = problem.vehicle_types[route.vehicle_type]
            over = any(a > b for a, b in zip(sched.load, vt.capacity, strict=True))
            too_long = vt.max_duration is not None and sched.duration > vt.max_duration
            if not (sched.late_by or over or too_long):
                break
            late = [k for k, v in enumerate(sched.visits) if v.late_by]
            k = late[0] if late else len(stops) - 1
            dropped.add(stops.pop(k))
            if windows is not None:
                windows.pop(k)
        if stops:
            routes.append(
                SolvedRoute(
                    route.vehicle_type,
                    tuple(stops),
                    tuple(windows) if windows is not None else None,
                )
            )
    if dropped:
        log.warning("dropped %d stops the solver left infeasible", len(dropped))
    return (
        Solution(
            tuple(routes),
            tuple(sorted({*solution.unassigned, *dropped})),
            solution.iterations,
            solution.seconds,
            solution.solver,
        ),
        dropped,
    )
