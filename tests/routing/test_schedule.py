"""The schedule evaluator and feasibility checker, on hand-made problems."""

from __future__ import annotations

import numpy as np
import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.routing import (
    Depot,
    RoutingProblem,
    Solution,
    SolvedRoute,
    Stop,
    TimeWindow,
    VehicleType,
    check_solution,
    schedule_route,
)


def line_problem(
    windows: list[tuple[TimeWindow, ...]],
    *,
    capacity: int = 10,
    count: int = 1,
    max_duration: int | None = None,
    shift: TimeWindow | None = None,
) -> RoutingProblem:
    """Depot at 0, stops at 10, 20, 30... on a line; distance = travel time."""
    n = len(windows) + 1
    xs = np.arange(n) * 10
    matrix = np.abs(xs[:, None] - xs[None, :]).astype(np.int64)
    return RoutingProblem(
        depots=(Depot("D", 0),),
        stops=tuple(
            Stop(str(i + 1), i + 1, (3,), service=5, windows=w) for i, w in enumerate(windows)
        ),
        vehicle_types=(
            VehicleType(
                "V",
                0,
                (capacity,),
                count=count,
                max_duration=max_duration,
                window=shift or TimeWindow(),
            ),
        ),
        distances=(matrix,),
        durations=(matrix,),
    )


def test_the_vehicle_leaves_as_late_as_the_windows_allow() -> None:
    problem = line_problem([(TimeWindow(100, 120),), (TimeWindow(0, 1000),)])
    sched = schedule_route(problem, SolvedRoute(0, (0, 1)))
    first, second = sched.visits
    assert sched.start == 90  # arrives at stop 1 (10 away) exactly when it opens
    assert (first.arrival, first.start, first.departure) == (100, 100, 105)
    assert (second.arrival, second.start) == (115, 115)
    assert sched.end == 140 and sched.duration == 50
    assert sched.distance == 40 and sched.load == (6,) and sched.late_by == 0


def test_several_windows_take_the_earliest_reachable_or_the_chosen_one() -> None:
    problem = line_problem([(TimeWindow(0, 5), TimeWindow(50, 60), TimeWindow(200, 300))])
    auto = schedule_route(problem, SolvedRoute(0, (0,)), start=0)
    assert auto.visits[0].window == 1 and auto.visits[0].start == 50
    chosen = schedule_route(problem, SolvedRoute(0, (0,), (2,)), start=0)
    assert chosen.visits[0].window == 2 and chosen.visits[0].start == 200


def test_time_dependent_travel_replaces_the_static_matrix() -> None:
    problem = line_problem([(TimeWindow(),), (TimeWindow(),)])
    # Half the static time before t=100, static time after.
    sched = schedule_route(
        problem,
        SolvedRoute(0, (0, 1)),
        start=0,
        travel=lambda m, i, j, t: (int(problem.durations[m][i, j]) // 2) if t < 100 else 10**3,
    )
    assert [v.arrival for v in sched.visits] == [5, 15]
    assert sched.end == 20 + 10  # 20 km back to the depot at half time, leaving at t=20


def test_checker_finds_every_kind_of_violation() -> None:
    problem = line_problem(
        [(TimeWindow(0, 15),), (TimeWindow(),), (TimeWindow(),), (TimeWindow(),)],
        capacity=6,
        max_duration=100,
    )
    bad = Solution(
        routes=(
            SolvedRoute(0, (1, 0)),  # stop 1 reached at 35, window ends at 15
            SolvedRoute(0, (2, 2)),  # second vehicle of a one-vehicle type, stop 3 twice
        ),
        unassigned=(),
    )
    found = check_solution(problem, bad)
    assert "route 1: stop 1 reached 20 after its window" in found
    assert "vehicle type V: 2 routes but 1 vehicles" in found
    assert "stop 3 served 2 times" in found
    assert "stop 4 is neither routed nor unassigned" in found
    assert "required stop 4 left unassigned" in check_solution(
        problem, Solution((SolvedRoute(0, (0, 1, 2)),), (3,))
    )
    heavy = check_solution(problem, Solution((SolvedRoute(0, (0, 1, 2, 3)),), ()))
    assert "route 1 (V): load 12 exceeds capacity 6" in heavy
    long_problem = line_problem([(TimeWindow(),)] * 4, max_duration=50, capacity=100)
    too_long = check_solution(long_problem, Solution((SolvedRoute(0, (0, 1, 2, 3)),), ()))
    assert too_long == ["route 1 (V): duration 100 exceeds 50"]


def test_returning_after_the_shift_is_a_violation() -> None:
    problem = line_problem([(TimeWindow(),)], shift=TimeWindow(0, 20))
    assert check_solution(problem, Solution((SolvedRoute(0, (0,)),), ())) == [
        "route 1 (V): back 5 after the shift or depot close"
    ]


def test_a_feasible_solution_has_no_problems_and_unknown_indices_are_reported() -> None:
    problem = line_problem([(TimeWindow(),), (TimeWindow(),)], count=2)
    ok = Solution((SolvedRoute(0, (0,)), SolvedRoute(0, (1,))), ())
    assert check_solution(problem, ok) == []
    found = check_solution(problem, Solution((SolvedRoute(0, (7,)),), (0, 1)))
    assert found[0] == "route 1: unknown stops [7]"


def test_problem_validation_says_what_is_wrong() -> None:
    with pytest.raises(InvalidInput, match="before it starts"):
        TimeWindow(10, 5)
    with pytest.raises(InvalidInput, match="at least one vehicle"):
        RoutingProblem(
            (Depot("D", 0),), (), (), (np.zeros((1, 1), np.int64),), (np.zeros((1, 1), np.int64),)
        )
    with pytest.raises(InvalidInput, match="int64"):
        line_problem([(TimeWindow(),)]).__class__(
            (Depot("D", 0),),
            (),
            (VehicleType("V", 0, (1,)),),
            (np.zeros((2, 2)),),
            (np.zeros((2, 2)),),
        )
