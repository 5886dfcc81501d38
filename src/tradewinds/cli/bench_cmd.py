"""``tradewinds bench``: benchmark harnesses with stable interfaces (``bench routing``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import typer

from tradewinds.cli import (
    bench_assistant,
    bench_copy,
    bench_copy_gen,
    bench_forecast,
    bench_moderation,
    bench_recommend,
    search_cmd,
)

if TYPE_CHECKING:
    from tradewinds.routing import Rounding

app = typer.Typer(help="Run benchmark harnesses.", no_args_is_help=True)

_ROUNDINGS = ("auto", "round", "dimacs", "exact")
app.command("moderation")(bench_moderation.moderation)  # compliance helper
app.command("forecast")(bench_forecast.forecast)  # forecast helper
app.command("search")(search_cmd.bench_search)  # search helper
app.command("assistant")(bench_assistant.assistant)  # assistant evaluation
app.command("assistant-score")(bench_assistant.assistant_score)
app.command("recommend")(bench_recommend.recommend)  # recommend evaluation
app.command("copy-check")(bench_copy.copy_check)  # merchant copy fact checker
app.command("copy")(bench_copy_gen.copy)  # merchant copy generation


def register(root: typer.Typer) -> None:
    """Add the ``bench`` group to the root app."""
    root.add_typer(app, name="bench")


@app.command("routing")
def routing(
    instances: list[Path] = typer.Argument(
        ..., help="VRPLIB .vrp (CVRP, VRPTW) or Solomon .txt instance files."
    ),
    time_limit: float = typer.Option(
        ..., "--time-limit", min=0.01, help="Seconds of search per instance."
    ),
    out: Path = typer.Option(..., "--out", help="Directory for the <name>.sol files."),
    seed: int = typer.Option(0, "--seed", min=0, help="Solver seed."),
    rounding: str = typer.Option(
        "auto",
        "--rounding",
        help="Distance convention: auto (time windows: dimacs, else round), round, dimacs "
        "or exact.",
    ),
    solver: str = typer.Option("pyvrp", "--solver", help="Registered routing solver."),
    best_known: bool = typer.Option(
        True,
        "--best-known/--no-best-known",
        help="Compare with <instance>.sol next to each instance (gap; a cost below it is "
        "an error).",
    ),
) -> None:
    """Solve each instance, write OUT/<name>.sol and print one JSON line per instance
    (cost under the instance's convention, gap to the best known, seconds, iterations,
    feasibility by our checker and by an independent one).

    Exit code 2 if an instance could not be read, its solution is infeasible, or it costs
    less than the best known solution (the instance was read wrong: an error, not a
    result).
    """
    from tradewinds.core.errors import InvalidInput
    from tradewinds.routing import ImpossibleCost, get_solver, solve_instance

    if rounding not in _ROUNDINGS:
        raise InvalidInput(f"--rounding {rounding!r}: expected {', '.join(_ROUNDINGS)}")
    chosen = get_solver(solver)
    failed = 0
    for path in instances:
        try:
            result = solve_instance(
                path,
                time_limit=time_limit,
                out_dir=out,
                seed=seed,
                solver=chosen,
                rounding=cast("Rounding", rounding),
                best_known=best_known,
            )
        except (InvalidInput, ImpossibleCost) as exc:
            failed += 1
            typer.secho(f"Error: {exc.message}", err=True, fg=typer.colors.RED)
            continue
        sys.stdout.write(json.dumps(result.to_dict()) + "\n")
        sys.stdout.flush()
        failed += not result.feasible
    if failed:
        raise typer.Exit(2)
