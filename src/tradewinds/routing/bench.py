"""The benchmark harness behind ``tradewinds bench routing``.

For each instance: read it, solve it under the time limit, check the solution with our
own checker, compute its cost under the instance's convention, write ``<name>.sol`` and
return one record (printed as a JSON line by the CLI).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tradewinds.routing.instances import Rounding, read_instance, to_problem
from tradewinds.routing.schedule import check_solution, solution_distance
from tradewinds.routing.solfile import format_cost, write_solution
from tradewinds.routing.solver import DEFAULT_SOLVER, SolveParams, Solver, get_solver


@dataclass(frozen=True)
class BenchResult:
    instance: str
    path: str
    solver: str
    cost: float  # in the instance's unit (tenths shown as decimals for DIMACS)
    cost_text: str  # exactly as written to the .sol file
    routes: int
    feasible: bool
    violations: list[str]
    seconds: float  # wall clock: reading, solving, checking
    solve_seconds: float
    iterations: int
    seed: int
    time_limit: float
    solution_file: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def solve_instance(
    path: str | Path,
    *,
    time_limit: float,
    out_dir: str | Path,
    seed: int = 0,
    solver: Solver | None = None,
    rounding: Rounding = "auto",
) -> BenchResult:
    """Solve one benchmark instance and write ``out_dir/<name>.sol``.

    Raises
    ------
    InvalidInput
        The instance file is malformed (the message names the file and line).
    """
    started = time.perf_counter()
    instance = read_instance(path)
    problem, scale = to_problem(instance, rounding)
    chosen = solver or get_solver(DEFAULT_SOLVER)
    solution = chosen.solve(problem, SolveParams(time_limit=time_limit, seed=seed))
    violations = check_solution(problem, solution)
    cost = solution_distance(problem, solution)
    routes = [[int(problem.stops[i].key) for i in r.stops] for r in solution.routes if r.stops]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sol_path = out / f"{Path(path).stem}.sol"
    cost_text = format_cost(cost, scale)
    write_solution(sol_path, routes, cost_text)
    return BenchResult(
        instance=instance.name,
        path=str(path),
        solver=chosen.name,
        cost=cost / scale,
        cost_text=cost_text,
        routes=len(routes),
        feasible=not violations,
        violations=violations[:20],
        seconds=round(time.perf_counter() - started, 3),
        solve_seconds=round(solution.seconds, 3),
        iterations=solution.iterations,
        seed=seed,
        time_limit=time_limit,
        solution_file=str(sol_path),
    )
