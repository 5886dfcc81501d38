"""The independent checker and cost function agree with every best-known solution.

Each best-known ``.sol`` of the dev data must be feasible under our checker (capacity,
time windows with the instance's own service times, fleet size, each customer once) and
under the independent one (the instance read by vrplib), and cost exactly what the file
says under the instance's rounding convention. The files are read in place, never copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.routing._data import routing_data
from tradewinds.routing import (
    RoutingProblem,
    Solution,
    SolvedRoute,
    check_solution,
    read_instance,
    read_solution,
    solution_distance,
    to_problem,
    verify_solution_file,
)

DATA = routing_data()
INSTANCES = sorted(DATA.glob("*/*.txt")) + sorted(DATA.glob("*/*.vrp"))

pytestmark = pytest.mark.skipif(not INSTANCES, reason=f"no benchmark data in {DATA}")


def load(path: Path) -> tuple[RoutingProblem, Solution, float, int]:
    instance = read_instance(path)
    problem, scale = to_problem(instance)
    best = read_solution(path.with_suffix(".sol"), instance.customers)
    index = {s.key: i for i, s in enumerate(problem.stops)}
    routes = tuple(SolvedRoute(0, tuple(index[str(c)] for c in r)) for r in best.routes)
    assert best.cost is not None
    return problem, Solution(routes, ()), best.cost, scale


@pytest.mark.parametrize("path", INSTANCES, ids=lambda p: p.stem)
def test_best_known_solutions_are_feasible_and_cost_what_they_claim(path: Path) -> None:
    problem, solution, cost, scale = load(path)
    assert check_solution(problem, solution) == []
    assert solution_distance(problem, solution) / scale == pytest.approx(cost, abs=1e-9)
    independent = verify_solution_file(path, path.with_suffix(".sol"))
    assert independent.violations == () and independent.cost == pytest.approx(cost, abs=1e-9)


def test_the_checker_rejects_a_broken_best_known_solution() -> None:
    path = next(p for p in INSTANCES if p.name == "R101.txt")
    problem, solution, _, _ = load(path)
    first, second, third, *rest = solution.routes
    broken = Solution(
        (
            SolvedRoute(0, first.stops[1:]),
            SolvedRoute(0, (*second.stops, first.stops[0])),  # late at the moved customer
            SolvedRoute(0, third.stops[:-1]),  # the last customer of route 3 is lost
            *rest,
        ),
        (),
    )
    found = check_solution(problem, broken)
    assert any(p.startswith("route 2: stop") and "after its window" in p for p in found)
    assert f"stop {problem.stops[third.stops[-1]].key} is neither routed nor unassigned" in found
