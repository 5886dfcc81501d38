"""The PyVRP backend (iterated local search): the only module that imports ``pyvrp``.

Mapping: each stop window becomes a PyVRP client; a stop with several windows becomes a
mutually exclusive client group (required if the stop is), so the solver serves it in
exactly one window and collects that window's ``bonus`` as a prize. Optional stops carry
their ``prize``. Vehicle types map one to one (shift = time window, ``max_duration`` =
shift duration, travel matrix = routing profile). PyVRP has no driver breaks; see
``docs/routing.md``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput
from tradewinds.routing.problem import RoutingProblem, Solution, SolvedRoute
from tradewinds.routing.solver import SolveParams

if TYPE_CHECKING:
    import pyvrp

log = logging.getLogger(__name__)

_INT64_MAX = (1 << 63) - 1

#: From this many stops on, the search is tuned for a short budget on a large problem.
LARGE = 500
#: PyVRP's late-acceptance history (default 300) and granular neighbourhood (default 50)
#: for large problems; see :func:`_params`.
LARGE_HISTORY = 100
LARGE_NEIGHBOURS = 25


class PyVRPSolver:
    """:class:`~tradewinds.routing.solver.Solver` backed by PyVRP."""

    name = "pyvrp"

    def solve(self, problem: RoutingProblem, params: SolveParams) -> Solution:
        """Search for ``params.time_limit`` seconds and return the best solution found."""
        import pyvrp
        from pyvrp.stop import MaxIterations, MaxRuntime, MultipleCriteria, StoppingCriterion

        model = _Translation(problem)
        data = model.data()
        stops: list[StoppingCriterion] = [MaxRuntime(params.time_limit)]
        if params.max_iterations is not None:
            stops.append(MaxIterations(params.max_iterations))
        initial = model.initial(data, params.initial) if params.initial else None
        result = pyvrp.solve(
            data,
            MultipleCriteria(stops),
            seed=params.seed,
            collect_stats=False,
            display=False,
            params=_params(problem),
            initial_solution=initial,
        )
        return model.solution(result.best, result.num_iterations, result.runtime)


def _params(problem: RoutingProblem) -> pyvrp.SolveParams:
    """PyVRP's defaults, except for large problems, and penalties that may grow past the
    largest prize.

    PyVRP's defaults are tuned for its own benchmark budget: two hours for a 1,000-client
    VRPTW. We give such a problem a minute (a city's day, a Gehring-Homberger instance),
    and in a minute the default search is still far from converged: its late-acceptance
    criterion compares each candidate with the solution of 300 iterations ago, which at
    some 400 iterations a second keeps accepting worse solutions long after greedier
    descent would have paid off. From :data:`LARGE` stops on, the history is 100 and the
    neighbourhood 25 nearest clients (more iterations per second). At 60 CPU seconds this
    took R1_10_1 from 4.1 % to 2.5 % above the best known and C2_10_5 from 3.3 % to
    1.1 %; a history of 50 was as good on R1 but stalled on C2 (issue 21,
    docs/benchmarks.md). Smaller problems keep PyVRP's defaults, which reach 0.1-0.5 % on
    Solomon and X at 10-30 s.

    PyVRP caps the penalty per unit of violation (a second late, a gram over) at 1e5.
    With prizes larger than that, carrying an order a few minutes late "costs" less than
    leaving it out, and an overloaded day ends with no feasible plan at all. Letting the
    penalty reach ten times the largest prize makes dropping the cheaper way out.

    The penalties still *start* where PyVRP's defaults start. PyVRP starts them at the
    middle of [min, max]: with the raised ceiling that was 5e8 per second late, so strict
    that the search hardly crossed infeasible ground, and at 1,000 orders it converged far
    slower (issue 21: 30 s left 9 of 1,000 orders unassigned; starting low, none).
    """
    import pyvrp
    from pyvrp.search import NeighbourhoodParams

    prizes = [s.prize + max(w.bonus for w in s.windows) for s in problem.stops]
    default = pyvrp.PenaltyParams()
    ceiling = max(default.max_penalty, 10.0 * max(prizes, default=0))
    if len(problem.stops) < LARGE:
        return pyvrp.SolveParams(penalty=_penalty_params(ceiling))
    return pyvrp.SolveParams(
        ils=pyvrp.IteratedLocalSearchParams(history_length=LARGE_HISTORY),
        penalty=_penalty_params(ceiling),
        neighbourhood=NeighbourhoodParams(num_neighbours=LARGE_NEIGHBOURS),
    )


def _penalty_params(ceiling: float) -> pyvrp.PenaltyParams:
    """Penalties that start at PyVRP's default midpoint and may grow to ``ceiling``."""
    import pyvrp

    class StartAtDefault(pyvrp.PenaltyParams):
        def midpoint_penalties(self, data: pyvrp.ProblemData) -> tuple[list[float], float, float]:
            return pyvrp.PenaltyParams().midpoint_penalties(data)

    return StartAtDefault(max_penalty=ceiling)


class _Translation:
    """Our problem as PyVRP data, and PyVRP solutions back as ours."""

    def __init__(self, problem: RoutingProblem) -> None:
        self.problem = problem
        # PyVRP client index -> (stop index, window index), and back.
        self.clients: list[tuple[int, int]] = []
        self.client_of: dict[tuple[int, int], int] = {}

    def data(self) -> pyvrp.ProblemData:
        import pyvrp

        p = self.problem
        size = p.distances[0].shape[0]
        locations = [pyvrp.Location(x=0.0, y=0.0) for _ in range(size)]
        depots = [
            pyvrp.Depot(d.location, tw_early=d.window.early, tw_late=d.window.late, name=d.key)
            for d in p.depots
        ]
        clients: list[pyvrp.Client] = []
        groups: list[pyvrp.ClientGroup] = []
        for s_idx, stop in enumerate(p.stops):
            if len(stop.windows) == 1:
                w = stop.windows[0]
                prize = 0 if stop.required else stop.prize + w.bonus
                clients.append(
                    pyvrp.Client(
                        stop.location,
                        delivery=list(stop.demand),
                        service_duration=stop.service,
                        release_time=stop.release,
                        tw_early=w.early,
                        tw_late=w.late,
                        prize=prize,
                        required=stop.required,
                        name=stop.key,
                    )
                )
                self._map(s_idx, 0, len(clients) - 1)
                continue
            members = []
            for w_idx, w in enumerate(stop.windows):
                prize = w.bonus + (0 if stop.required else stop.prize)
                clients.append(
                    pyvrp.Client(
                        stop.location,
                        delivery=list(stop.demand),
                        service_duration=stop.service,
                        release_time=stop.release,
                        tw_early=w.early,
                        tw_late=w.late,
                        prize=prize,
                        required=False,
                        group=len(groups),
                        name=stop.key,
                    )
                )
                self._map(s_idx, w_idx, len(clients) - 1)
                members.append(len(clients) - 1)
            groups.append(pyvrp.ClientGroup(members, required=stop.required, name=stop.key))
        vehicle_types = [
            pyvrp.VehicleType(
                num_available=v.count,
                capacity=list(v.capacity),
                start_depot=v.depot,
                end_depot=v.depot,
                fixed_cost=v.fixed_cost,
                tw_early=v.window.early,
                tw_late=v.window.late,
                shift_duration=v.max_duration if v.max_duration is not None else _INT64_MAX,
                max_distance=v.max_distance if v.max_distance is not None else _INT64_MAX,
                unit_distance_cost=v.distance_cost,
                unit_duration_cost=v.duration_cost,
                profile=v.matrix,
                name=v.key,
            )
            for v in p.vehicle_types
        ]
        try:
            return pyvrp.ProblemData(
                locations,
                clients,
                depots,
                vehicle_types,
                list[Any](p.distances),  # the stub's ndarray[int] is not numpy's
                list[Any](p.durations),
                groups,
            )
        except (ValueError, IndexError) as exc:
            raise InvalidInput(f"PyVRP refused the routing problem: {exc}") from None

    def _map(self, stop: int, window: int, client: int) -> None:
        self.clients.append((stop, window))
        self.client_of[(stop, window)] = client

    def initial(self, data: pyvrp.ProblemData, start: Solution) -> pyvrp.Solution | None:
        """Our solution as a PyVRP warm start (``None`` if PyVRP cannot take it)."""
        import pyvrp

        routes = []
        for r in start.routes:
            if not r.stops:
                continue
            windows = r.windows or (0,) * len(r.stops)
            visits = [self.client_of[(s, w)] for s, w in zip(r.stops, windows, strict=True)]
            routes.append(pyvrp.Route(data, visits, r.vehicle_type))
        try:
            return pyvrp.Solution(data, routes)
        except (ValueError, IndexError, RuntimeError) as exc:
            log.warning("warm start ignored: %s", exc)
            return None

    def solution(self, best: pyvrp.Solution, iterations: int, seconds: float) -> Solution:
        routes = []
        served: set[int] = set()
        for route in best.routes():
            stops, windows = [], []
            for activity in route:
                if activity.is_client():
                    stop, window = self.clients[activity.idx]
                    stops.append(stop)
                    windows.append(window)
            served.update(stops)
            routes.append(SolvedRoute(route.vehicle_type(), tuple(stops), tuple(windows)))
        unassigned = tuple(i for i in range(len(self.problem.stops)) if i not in served)
        return Solution(tuple(routes), unassigned, iterations, seconds, "pyvrp")
