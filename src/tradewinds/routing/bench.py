"""The benchmark harness behind ``tradewinds bench routing``.

For each instance: read it, solve it under the time limit, check the solution with our
own checker, compute its cost under the instance's convention and write ``<name>.sol``;
then check that file again, independently (:func:`verify_solution_file`: the instance
read a second way, every arrival recomputed), and compare the cost with the best-known
solution next to the instance. A cost below the best known by more than rounding is not
a result but :class:`ImpossibleCost`: the problem was almost certainly read wrong.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.routing.instances import Rounding, read_instance, to_problem
from tradewinds.routing.schedule import check_solution, solution_distance
from tradewinds.routing.solfile import format_cost, read_solution, write_solution
from tradewinds.routing.solver import DEFAULT_SOLVER, SolveParams, Solver, get_solver
from tradewinds.routing.verify import verify_solution_file


class ImpossibleCost(TradewindsError):
    """A solution costs less than the best known one: the instance was misread.

    Not a record to report. The solution is kept as ``<name>.rejected.sol`` to inspect.
    """

    code = "impossible_cost"
    exit_code = 2


@dataclass(frozen=True)
class BenchResult:
    instance: str
    path: str
    solver: str
    cost: float  # in the instance's unit (tenths shown as decimals for DIMACS)
    cost_text: str  # exactly as written to the .sol file
    routes: int
    feasible: bool  # by our checker and by the independent one
    violations: list[str]
    seconds: float  # wall clock: reading, solving, checking
    solve_seconds: float
    iterations: int
    seed: int
    time_limit: float
    solution_file: str
    best_known: float | None = None
    gap: float | None = None  # percent above the best known
    service_time: str = ""  # as the independent checker read it (e.g. "90" or "0..25")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def best_known_solution(path: str | Path) -> Path | None:
    """The best-known ``.sol`` next to an instance (same name), if there is one."""
    candidate = Path(path).with_suffix(".sol")
    return candidate if candidate.is_file() else None


def solve_instance(
    path: str | Path,
    *,
    time_limit: float,
    out_dir: str | Path,
    seed: int = 0,
    solver: Solver | None = None,
    rounding: Rounding = "auto",
    best_known: bool = True,
) -> BenchResult:
    """Solve one benchmark instance and write ``out_dir/<name>.sol``.

    Parameters
    ----------
    best_known
        Compare with ``<instance>.sol`` (same folder, same name) when it exists.

    Raises
    ------
    InvalidInput
        The instance or its best-known file is malformed (the message names the file and
        line), or ``out_dir`` would overwrite the best-known file.
    ImpossibleCost
        The solution costs less than the best known by more than rounding.
    """
    started = time.perf_counter()
    instance = read_instance(path)
    problem, scale = to_problem(instance, rounding)
    out = Path(out_dir)
    sol_path = out / f"{Path(path).stem}.sol"
    reference = best_known_solution(path) if best_known else None
    if reference is not None and sol_path.resolve() == reference.resolve():
        raise InvalidInput(
            f"--out {out} would overwrite the best-known solution {reference}; "
            "write the solutions to another folder"
        )
    best = read_solution(reference, instance.customers).cost if reference else None
    chosen = solver or get_solver(DEFAULT_SOLVER)
    solution = chosen.solve(problem, SolveParams(time_limit=time_limit, seed=seed))
    violations = check_solution(problem, solution)
    cost = solution_distance(problem, solution)
    routes = [[int(problem.stops[i].key) for i in r.stops] for r in solution.routes if r.stops]
    out.mkdir(parents=True, exist_ok=True)
    cost_text = format_cost(cost, scale)
    write_solution(sol_path, routes, cost_text)
    mode = instance.default_rounding() if rounding == "auto" else rounding
    second = verify_solution_file(path, sol_path, mode)
    violations += [f"independent check: {v}" for v in second.violations]
    if best is not None and cost / scale < best - 0.5 / scale - 1e-9:
        rejected = sol_path.with_suffix(".rejected.sol")
        sol_path.replace(rejected)
        raise ImpossibleCost(
            f"{path}: computed cost {cost_text} is below the best known {best:g} "
            f"({(cost / scale - best) / best * 100:+.2f} %): the instance was most likely "
            f"read wrong, so this is not reported as a result (solution kept in {rejected}; "
            f"independent check: {len(second.violations)} violation(s)"
            + (f", first: {second.violations[0]}" if second.violations else "")
            + ")",
            details={"instance": str(path), "cost": cost / scale, "best_known": best},
        )
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
        best_known=best,
        gap=round((cost / scale - best) / best * 100, 3) if best else None,
        service_time=str(second.checked.get("service_time", "")),
    )
