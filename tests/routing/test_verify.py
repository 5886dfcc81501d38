"""The independent checker: the instance read by vrplib, every arrival recomputed.

Issue 21: a reader that dropped ``SERVICE_TIME : 90`` let the solver and our checker agree
on an easier problem. These tests show the independent checker catches exactly that, names
what is wrong, and agrees with the solver-side checker on random instances when the
reader is right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.routing.test_instances import tw_text, write
from tradewinds.core.errors import InvalidInput
from tradewinds.routing import (
    Solution,
    SolvedRoute,
    check_solution,
    read_instance,
    solution_distance,
    to_problem,
    verify_solution_file,
)

# Customers (0-based positions): 1 at (3, 4) [0, 50], 2 at (0, 1) [0, 60], 3 at (2, 2)
# [10, 90]; the depot at (0, 0) is open [0, 100]. Route 1 2 3 is 5.0 + 4.2 + 2.2 + 2.8.
ROUTE = "Route #1: 1 2 3\nCost 14.2\n"


def instance(tmp_path: Path, fields: str = "", name: str = "i.vrp") -> Path:
    return write(tmp_path, name, tw_text(fields=fields).replace("CAPACITY : 10", "CAPACITY : 20"))


def solution(tmp_path: Path, text: str = ROUTE) -> Path:
    return write(tmp_path, "s.sol", text)


def test_a_route_feasible_only_without_service_times_is_caught(tmp_path: Path) -> None:
    sol = solution(tmp_path)
    assert verify_solution_file(instance(tmp_path), sol).feasible  # no service time: fine
    with_service = instance(tmp_path, "SERVICE_TIME : 40\n", "s40.vrp")
    verdict = verify_solution_file(with_service, sol)
    assert not verdict.feasible
    assert verdict.violations[0] == (
        "route 1: customer 3 reached at 91.4, after its window closes at 90 (service time 40)"
    )
    assert verdict.checked["service_time"] == "40"
    # The solver-side checker, on the problem as our reader builds it, agrees.
    problem, _ = to_problem(read_instance(with_service))
    index = {s.key: i for i, s in enumerate(problem.stops)}
    routes = (SolvedRoute(0, tuple(index[k] for k in ("1", "2", "3"))),)
    assert any("after its window" in p for p in check_solution(problem, Solution(routes, ())))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Route #1: 1 2\nRoute #2: 3 2\nCost 19.4\n", "customer 2 is visited 2 times"),
        ("Route #1: 1 2\nCost 12.0\n", "1 customer(s) on no route: 3"),
        ("Route #1: 1 2 3 7\nCost 14.2\n", "node 7 is not a customer (1..3)"),
        ("Route #1: 1\nRoute #2: 2\nRoute #3: 3\nCost 18.6\n", "3 routes but only 2 vehicles"),
        ("Route #1: 1 2 3\nCost 14.0\n", "the file claims cost 14, its routes cost 14.2"),
    ],
)
def test_every_violation_is_named(tmp_path: Path, text: str, found: str) -> None:
    verdict = verify_solution_file(instance(tmp_path), solution(tmp_path, text))
    assert not verdict.feasible and found in verdict.violations


def test_capacity_and_the_shortest_route_duration(tmp_path: Path) -> None:
    tight = write(tmp_path, "cap.vrp", tw_text())  # capacity 10, demands 4 + 6 + 5
    assert (
        "route 1: load 15 exceeds capacity 10"
        in verify_solution_file(tight, solution(tmp_path)).violations
    )
    # Customer 3 opens at 10: leaving at 7.2 rather than 0, its route takes 5.6, not 12.8.
    two = solution(tmp_path, "Route #1: 3\nRoute #2: 1 2\nCost 15.8\n")
    ok = verify_solution_file(instance(tmp_path, "VEHICLES_MAX_DURATION : 11\n"), two)
    assert ok.feasible, ok.violations
    short = instance(tmp_path, "VEHICLES_MAX_DURATION : 10\n", "short.vrp")
    late = verify_solution_file(short, two)
    assert late.violations == ("route 2: takes at least 10.2, longer than 10",)


def test_release_times_delay_the_departure(tmp_path: Path) -> None:
    # Released at 20, the route 1 2 3 leaves at 20 and reaches customer 1 at 25: fine.
    ok = verify_solution_file(instance(tmp_path, "RELEASE_TIME : 20\n"), solution(tmp_path))
    assert ok.feasible, ok.violations
    # Customer 3's goods ready at 80: the van leaves at 80 and misses customer 1 (closes 50).
    late = write(
        tmp_path,
        "late.vrp",
        tw_text(sections="RELEASE_TIME_SECTION\n1 0\n2 0\n3 0\n4 80\n").replace(
            "CAPACITY : 10", "CAPACITY : 20"
        ),
    )
    verdict = verify_solution_file(late, solution(tmp_path))
    assert verdict.violations[0].startswith("route 1: customer 1 reached at 85")
    problem, _ = to_problem(read_instance(late))
    routes = (SolvedRoute(0, (0, 1, 2)),)
    assert any("stop 1 reached" in p for p in check_solution(problem, Solution(routes, ())))


def test_maximum_route_distance(tmp_path: Path) -> None:
    sol = solution(tmp_path)  # 14.2 long
    assert verify_solution_file(instance(tmp_path, "VEHICLES_MAX_DISTANCE : 14.2\n"), sol).feasible
    far = verify_solution_file(instance(tmp_path, "VEHICLES_MAX_DISTANCE : 14\n", "f.vrp"), sol)
    assert far.violations == ("route 1: drives 14.2, farther than 14",)


def test_a_field_the_checker_does_not_interpret_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "r.vrp", tw_text(fields="VEHICLES_FIXED_COST : 5\n"))
    with pytest.raises(InvalidInput, match="does not interpret VEHICLES_FIXED_COST"):
        verify_solution_file(path, solution(tmp_path))


@settings(max_examples=40, deadline=None)
@given(
    nodes=st.lists(
        st.tuples(
            st.integers(0, 60),  # x
            st.integers(0, 60),  # y
            st.integers(1, 9),  # demand
            st.integers(0, 300),  # window opens
            st.integers(0, 300),  # window length
        ),
        min_size=2,
        max_size=9,
    ),
    service=st.integers(0, 30),
    capacity=st.integers(9, 40),
    cuts=st.lists(st.booleans(), min_size=8, max_size=8),
    order=st.randoms(use_true_random=False),
    releases=st.lists(st.integers(0, 200), min_size=10, max_size=10),
    farthest=st.none() | st.integers(20, 300),
)
def test_both_checkers_agree_on_random_routes(
    tmp_path_factory: pytest.TempPathFactory,
    nodes: list[tuple[int, ...]],
    service: int,
    capacity: int,
    cuts: list[bool],
    order: object,
    releases: list[int],
    farthest: int | None,
) -> None:
    n = len(nodes) + 1
    rows = [(30, 30, 0, 0, 1000), *nodes]
    text = (
        f"NAME : r\nTYPE : VRPTW\nDIMENSION : {n}\nVEHICLES : 3\nCAPACITY : {capacity}\n"
        f"SERVICE_TIME : {service}\n"
        + ("" if farthest is None else f"VEHICLES_MAX_DISTANCE : {farthest}\n")
        + "NODE_COORD_SECTION\n"
        + "".join(f"{i} {x} {y}\n" for i, (x, y, *_) in enumerate(rows, 1))
        + "DEMAND_SECTION\n"
        + "".join(f"{i} {d}\n" for i, (_, _, d, _, _) in enumerate(rows, 1))
        + "TIME_WINDOW_SECTION\n"
        + "".join(f"{i} {a} {a + w}\n" for i, (*_, a, w) in enumerate(rows, 1))
        + "RELEASE_TIME_SECTION\n"
        + "".join(f"{i} {0 if i == 1 else releases[i - 2]}\n" for i in range(1, n + 1))
        + "DEPOT_SECTION\n1\n-1\nEOF\n"
    )
    folder = tmp_path_factory.mktemp("agree")
    path = write(folder, "r.vrp", text)
    customers = list(range(1, n))
    order.shuffle(customers)  # type: ignore[attr-defined]
    routes: list[list[int]] = [[]]
    for k, c in enumerate(customers):
        if k and cuts[k % len(cuts)]:
            routes.append([])
        routes[-1].append(c)
    problem, scale = to_problem(read_instance(path))
    index = {s.key: i for i, s in enumerate(problem.stops)}
    ours = Solution(tuple(SolvedRoute(0, tuple(index[str(c)] for c in r)) for r in routes), ())
    cost = solution_distance(problem, ours)
    sol = write(
        folder,
        "r.sol",
        "".join(f"Route #{k}: {' '.join(map(str, r))}\n" for k, r in enumerate(routes, 1))
        + f"Cost {cost / scale:.1f}\n",
    )
    verdict = verify_solution_file(path, sol)
    assert verdict.cost == pytest.approx(cost / scale)
    assert verdict.feasible == (check_solution(problem, ours) == []), verdict.violations
