"""The PyVRP backend: what the model asks for is what the solutions do."""

from __future__ import annotations

import numpy as np
import pytest

from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.routing import (
    Depot,
    RoutingProblem,
    Solution,
    SolvedRoute,
    SolveParams,
    Stop,
    TimeWindow,
    VehicleType,
    available_solvers,
    check_solution,
    get_solver,
    register_solver,
    schedule_route,
    solution_distance,
)
from tradewinds.routing import solver as solver_module

FAST = SolveParams(time_limit=1.0, seed=3, max_iterations=400)


def grid_matrix(points: list[tuple[int, int]]) -> np.ndarray:
    xy = np.array(points, dtype=float)
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    return np.rint(d).astype(np.int64)


def two_depot_problem() -> RoutingProblem:
    """Depot W at (0,0), depot E at (100,0); four customers near each; a big van at W
    and a small bike at E that can carry only the light parcels."""
    points = [
        (0, 0),
        (100, 0),
        (5, 5),
        (5, -5),
        (-5, 5),
        (-5, -5),
        (95, 5),
        (95, -5),
        (105, 5),
        (105, -5),
    ]
    matrix = grid_matrix(points)
    stops = tuple(Stop(f"c{i}", i, (2, 1) if i < 6 else (1, 1), service=1) for i in range(2, 10))
    return RoutingProblem(
        depots=(Depot("W", 0), Depot("E", 1)),
        stops=stops,
        vehicle_types=(
            VehicleType("van", 0, (100, 100), distance_cost=2),
            VehicleType("bike", 1, (4, 4), count=1),
        ),
        distances=(matrix,),
        durations=(matrix,),
        dimensions=("weight", "volume"),
    )


def test_multi_depot_mixed_fleet_solution_is_feasible_and_uses_both_depots() -> None:
    problem = two_depot_problem()
    solution = get_solver().solve(problem, FAST)
    assert check_solution(problem, solution) == []
    assert not solution.unassigned
    used = {r.vehicle_type for r in solution.routes}
    assert used == {0, 1}  # the bike serves part of the east cluster, the van the rest
    bike = next(r for r in solution.routes if r.vehicle_type == 1)
    assert sum(problem.stops[i].demand[0] for i in bike.stops) <= 4
    assert solution.solver == "pyvrp" and solution.iterations > 0


def test_same_seed_and_iterations_give_the_same_solution() -> None:
    problem = two_depot_problem()
    params = SolveParams(time_limit=5.0, seed=11, max_iterations=200)
    first, second = (get_solver().solve(problem, params) for _ in range(2))
    assert first.routes == second.routes


def test_optional_stops_are_dropped_when_capacity_is_short() -> None:
    matrix = grid_matrix([(0, 0), (1, 0), (2, 0), (3, 0)])
    problem = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=tuple(Stop(f"s{i}", i, (5,), required=False, prize=1000 * i) for i in range(1, 4)),
        vehicle_types=(VehicleType("V", 0, (10,)),),
        distances=(matrix,),
        durations=(matrix,),
    )
    solution = get_solver().solve(problem, FAST)
    assert check_solution(problem, solution) == []
    assert solution.unassigned == (0,)  # the least valuable one stays behind


def test_a_stop_with_several_windows_is_served_in_exactly_one() -> None:
    matrix = grid_matrix([(0, 0), (10, 0), (20, 0)])
    problem = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=(
            # Unreachable first window (closes before the van can arrive), open second.
            Stop("a", 1, (1,), windows=(TimeWindow(0, 5), TimeWindow(40, 50))),
            Stop("b", 2, (1,), windows=(TimeWindow(0, 100),)),
        ),
        vehicle_types=(VehicleType("V", 0, (10,), window=TimeWindow(0, 200)),),
        distances=(matrix,),
        durations=(matrix,),
    )
    solution = get_solver().solve(problem, FAST)
    assert check_solution(problem, solution) == []
    (route,) = solution.routes
    a_at = route.stops.index(0)
    assert route.windows is not None and route.windows[a_at] == 1
    sched = schedule_route(problem, route)
    assert 40 <= sched.visits[a_at].start <= 50


def test_a_window_with_a_bonus_is_preferred_when_it_costs_a_little_more() -> None:
    matrix = grid_matrix([(0, 0), (10, 0)])
    promised = TimeWindow(100, 110, bonus=10_000)
    problem = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=(Stop("a", 1, (1,), windows=(promised, TimeWindow(0, 200))),),
        vehicle_types=(VehicleType("V", 0, (10,), duration_cost=1),),
        distances=(matrix,),
        durations=(matrix,),
    )
    (route,) = get_solver().solve(problem, FAST).routes
    assert route.windows == (0,)


def test_warm_start_is_accepted_and_improved_or_kept() -> None:
    problem = two_depot_problem()
    everyone_on_the_van = Solution((SolvedRoute(0, tuple(range(8))),), ())
    params = SolveParams(time_limit=1.0, seed=1, max_iterations=50, initial=everyone_on_the_van)
    solution = get_solver().solve(problem, params)
    assert check_solution(problem, solution) == []
    assert solution_distance(problem, solution) <= solution_distance(problem, everyone_on_the_van)


def test_solver_registry_and_parameter_checks() -> None:
    assert "pyvrp" in available_solvers()
    with pytest.raises(ConfigError, match="unknown routing solver 'nope'"):
        get_solver("nope")

    class Lazy:
        name = "lazy"

        def solve(self, problem: RoutingProblem, params: SolveParams) -> Solution:
            return Solution((), tuple(range(len(problem.stops))), solver=self.name)

    register_solver("lazy", Lazy)
    try:
        assert "lazy" in available_solvers()
        assert get_solver("lazy").solve(two_depot_problem(), FAST).unassigned == tuple(range(8))
    finally:
        solver_module.SOLVERS.remove("lazy")
    assert "lazy" not in available_solvers()
    with pytest.raises(InvalidInput, match="time_limit > 0"):
        SolveParams(time_limit=0)
    with pytest.raises(InvalidInput, match="seed"):
        SolveParams(time_limit=1, seed=-1)


def test_penalties_start_at_pyvrp_defaults_and_may_grow_past_the_largest_prize() -> None:
    import pyvrp

    from tradewinds.routing._pyvrp import _params, _Translation

    matrix = grid_matrix([(0, 0), (1, 0), (2, 0)])
    problem = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=tuple(Stop(f"s{i}", i, (1,), required=False, prize=10**8) for i in (1, 2)),
        vehicle_types=(VehicleType("V", 0, (10,)),),
        distances=(matrix,),
        durations=(matrix,),
    )
    penalty = _params(problem).penalty
    assert penalty.max_penalty == 10.0**9  # being late must never beat dropping an order
    # ... but the search starts where PyVRP's defaults start (issue 21: a start at the
    # midpoint of [0.1, 1e9] left 9 of 1,000 orders unassigned after 30 s; this start none).
    data = _Translation(problem).data()
    assert penalty.midpoint_penalties(data) == pyvrp.PenaltyParams().midpoint_penalties(data)


def test_release_times_and_maximum_route_distance_are_honoured() -> None:
    """PyVRP gets both: one route would be shortest, but neither limit allows it."""
    # Customers 10 north, east, south and west of the depot; a route may drive 25.
    matrix = grid_matrix([(0, 0), (0, 10), (10, 0), (0, -10), (-10, 0)])
    far = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=tuple(Stop(f"s{i}", i, (1,)) for i in range(1, 5)),
        vehicle_types=(VehicleType("V", 0, (10,), count=4, max_distance=25),),
        distances=(matrix,),
        durations=(matrix,),
    )
    solution = get_solver().solve(far, FAST)
    assert check_solution(far, solution) == []
    assert sorted(len(r.stops) for r in solution.routes if r.stops) == [1, 1, 1, 1]
    # North closes at 15; east's goods are ready at 50, so no van carries both.
    released = RoutingProblem(
        depots=(Depot("D", 0),),
        stops=(
            Stop("north", 1, (1,), windows=(TimeWindow(0, 15),)),
            Stop("east", 2, (1,), release=50),
        ),
        vehicle_types=(VehicleType("V", 0, (10,), count=2),),
        distances=(matrix,),
        durations=(matrix,),
    )
    solution = get_solver().solve(released, FAST)
    assert check_solution(released, solution) == []
    assert sorted(r.stops for r in solution.routes if r.stops) == [(0,), (1,)]
    together = Solution((SolvedRoute(0, (1, 0)),), ())
    assert any("stop north reached" in p for p in check_solution(released, together))
    assert schedule_route(released, SolvedRoute(0, (1,))).start == 50


def test_large_problems_search_greedier_than_pyvrps_two_hour_defaults() -> None:
    import pyvrp
    from pyvrp.search import NeighbourhoodParams

    from tradewinds.routing._pyvrp import LARGE, _params

    def problem(stops: int) -> RoutingProblem:
        matrix = np.zeros((stops + 1, stops + 1), dtype=np.int64)
        return RoutingProblem(
            depots=(Depot("D", 0),),
            stops=tuple(Stop(f"s{i}", i, (1,)) for i in range(1, stops + 1)),
            vehicle_types=(VehicleType("V", 0, (stops,)),),
            distances=(matrix,),
            durations=(matrix,),
        )

    small, large = _params(problem(LARGE - 1)), _params(problem(LARGE))
    assert small.ils == pyvrp.IteratedLocalSearchParams()
    assert small.neighbourhood == NeighbourhoodParams()
    assert large.ils.history_length == 100 < pyvrp.IteratedLocalSearchParams().history_length
    assert large.neighbourhood.num_neighbours == 25
