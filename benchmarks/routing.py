"""Delivery routing benchmarks: gap to best-known on Solomon, CVRPLIB X and
Gehring-Homberger 1,000-customer instances, and planning a city-sized day from the database.

``instances`` (targets: Solomon 100-customer at 10 s each, mean gap <= 1.0 %; X at 30 s
each, mean gap <= 1.5 %; Homberger 1,000-customer at 60 s each, mean gap <= 3 %; every
solution feasible under the instance's own service times; beat OR-Tools on every set):
each instance is solved by our harness (``tradewinds.routing.solve_instance``, PyVRP)
and, if asked, by OR-Tools routing (first solution PATH_CHEAPEST_ARC on CVRP,
LOCAL_CHEAPEST_INSERTION with time windows; then GUIDED_LOCAL_SEARCH) under the same
time limit, one after the other on one core each, same instances, same rounding
(X: Euclidean rounded to the nearest integer; Solomon and Homberger: truncated to one
decimal, DIMACS). Every solution file is checked twice: by our checker on the problem as
solved, and by the independent checker (``verify_solution_file``: the instance read by
the vrplib package, every arrival recomputed). The gap is to the best-known ``.sol`` next
to each instance; a cost below it is reported as "impossible", never as a result.
OR-Tools needs a fleet size: the instance's VEHICLES (Solomon: 25), or for X (unlimited)
the capacity lower bound plus 20 % (at least 2 more). OR-Tools' GLS takes no seed.

``--baseline REV`` runs the harness of git revision REV (the previous behaviour) on the
same instances in the same run, in a subprocess from ``git archive REV``, and checks its
solution files with today's independent checker.

    python benchmarks/routing.py instances                       # Solomon and X
    python benchmarks/routing.py instances --sets homberger --solvers pyvrp --baseline 0d20135
    python benchmarks/routing.py instances --limit 5 --solomon-time 2 --x-time 5
    python benchmarks/routing.py instances --markdown results.md --json results.json

``store`` (target: 1,000 orders, 20 vehicles, 2 depots <= 90 s end to end; every promise
kept on re-plan): see ``benchmarks/routing_store.py``. ``--baseline REV`` runs the same
store benchmark (SQLite) on the library code of revision REV; ``--reference-time S``
plans the same day once more with S seconds as the quality yardstick.

    python benchmarks/routing.py store                           # SQLite + PostgreSQL
    python benchmarks/routing.py store --no-postgres --baseline 0d20135 --reference-time 300
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradewinds.routing import (
    RoutingProblem,
    Solution,
    SolvedRoute,
    SolveParams,
    read_solution,
)


def _shared_data() -> Path:
    """``shared/data/routing`` in the nearest folder above the checkout (main or worktree)."""
    repo = Path(__file__).resolve().parents[1]
    for above in repo.parents:
        if (above / "shared" / "data" / "routing").is_dir():
            return above / "shared" / "data" / "routing"
    return repo.parent / "shared" / "data" / "routing"


DATA = _shared_data()


class ORToolsSolver:
    """OR-Tools routing behind our ``Solver`` protocol (single depot, one vehicle type)."""

    name = "ortools"

    def solve(self, problem: RoutingProblem, params: SolveParams) -> Solution:
        from ortools.constraint_solver import pywrapcp, routing_enums_pb2

        started = time.perf_counter()
        depot = problem.depots[0]
        vt = problem.vehicle_types[0]
        nodes = [depot.location] + [s.location for s in problem.stops]
        dist = problem.distances[0][nodes][:, nodes].tolist()
        dur = problem.durations[0][nodes][:, nodes].tolist()
        demand = [0] + [s.demand[0] for s in problem.stops]
        service = [0] + [s.service for s in problem.stops]
        bound = math.ceil(sum(demand) / vt.capacity[0])
        timed = any(w.late < 1 << 39 for s in problem.stops for w in s.windows)
        fleet = vt.count if timed else min(vt.count, bound + max(2, bound // 5))
        manager = pywrapcp.RoutingIndexManager(len(nodes), fleet, 0)
        routing = pywrapcp.RoutingModel(manager)

        def arc(i: int, j: int) -> int:
            return int(dist[manager.IndexToNode(i)][manager.IndexToNode(j)])

        arc_cb = routing.RegisterTransitCallback(arc)
        routing.SetArcCostEvaluatorOfAllVehicles(arc_cb)
        load_cb = routing.RegisterUnaryTransitCallback(lambda i: demand[manager.IndexToNode(i)])
        routing.AddDimensionWithVehicleCapacity(load_cb, 0, [vt.capacity[0]] * fleet, True, "L")
        if timed:
            horizon = depot.window.late

            def travel(i: int, j: int) -> int:
                a, b = manager.IndexToNode(i), manager.IndexToNode(j)
                return int(service[a] + dur[a][b])

            time_cb = routing.RegisterTransitCallback(travel)
            routing.AddDimension(time_cb, horizon, horizon, False, "T")
            times = routing.GetDimensionOrDie("T")
            for k, stop in enumerate(problem.stops, 1):
                w = stop.windows[0]
                times.CumulVar(manager.NodeToIndex(k)).SetRange(w.early, w.late)
            for v in range(fleet):
                times.CumulVar(routing.Start(v)).SetRange(depot.window.early, horizon)
                times.CumulVar(routing.End(v)).SetRange(depot.window.early, horizon)
        search = pywrapcp.DefaultRoutingSearchParameters()
        # PATH_CHEAPEST_ARC finds no feasible start on Solomon R/RC within 10 s; cheapest
        # insertion does (and is OR-Tools' usual advice for time windows).
        strategy = routing_enums_pb2.FirstSolutionStrategy
        search.first_solution_strategy = (
            strategy.LOCAL_CHEAPEST_INSERTION if timed else strategy.PATH_CHEAPEST_ARC
        )
        search.local_search_metaheuristic = (
            routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
        )
        search.time_limit.FromMilliseconds(int(params.time_limit * 1000))
        found = routing.SolveWithParameters(search)
        if found is None:
            return Solution((), tuple(range(len(problem.stops))), 0, 0.0, self.name)
        routes = []
        for v in range(fleet):
            index, stops = found.Value(routing.NextVar(routing.Start(v))), []
            while not routing.IsEnd(index):
                stops.append(manager.IndexToNode(index) - 1)
                index = found.Value(routing.NextVar(index))
            if stops:
                routes.append(SolvedRoute(0, tuple(stops)))
        return Solution(tuple(routes), (), 0, time.perf_counter() - started, self.name)


SETS = {  # key: (title, folder, pattern, default seconds)
    "solomon": ("Solomon (VRPTW, 100 customers)", "vrptw_solomon", "*.txt", 10.0),
    "x": ("CVRPLIB X (n <= 200)", "cvrp_X", "*.vrp", 30.0),
    "homberger": (
        "Gehring-Homberger (VRPTW, 1,000 customers)",
        "vrptw_homberger_1000",
        "*.vrp",
        60.0,
    ),
}


def _best_known(instance: Path) -> float | None:
    sol = instance.with_suffix(".sol")
    return read_solution(sol).cost if sol.is_file() else None


@functools.cache
def checkout(rev: str) -> Path:
    """``src/`` and ``benchmarks/`` of git revision ``rev`` in a temporary folder."""
    tree = Path(tempfile.mkdtemp(prefix=f"tw-baseline-{rev[:10]}-"))
    repo = Path(__file__).resolve().parents[1]
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", rev, "src", "benchmarks"],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def _ours(path: Path, limit: float, out: Path, seed: int, solver: Any) -> dict[str, Any]:
    """One instance through today's harness; "impossible" instead of a cost below best."""
    from tradewinds.core.errors import TradewindsError
    from tradewinds.routing import solve_instance

    try:
        r = solve_instance(path, time_limit=limit, out_dir=out, seed=seed, solver=solver)
    except TradewindsError as exc:  # ImpossibleCost: reported, never a result
        print(json.dumps({"instance": path.stem, "error": exc.message}), flush=True)
        return {"cost": None, "feasible": False, "gap": None, "error": exc.message}
    print(json.dumps(r.to_dict()), flush=True)
    return {
        "cost": r.cost,
        "feasible": r.feasible,
        "gap": r.gap if r.feasible else None,
        "iterations": r.iterations,
        "seconds": r.seconds,
        "violations": len(r.violations),
        "load": round(os.getloadavg()[0], 2),  # 1-minute load average as it finished
    }


def _baseline(rev: str, paths: list[Path], limit: float, out: Path, seed: int) -> dict[str, Any]:
    """REV's ``bench routing`` on ``paths``; its .sol files judged by today's checker."""
    from tradewinds.routing import verify_solution_file

    tree = checkout(rev)
    entry = "import sys; from tradewinds.cli.app import main; sys.exit(main())"
    command = [sys.executable, "-c", entry, "bench", "routing", *map(str, paths)]
    command += ["--time-limit", str(limit), "--out", str(out), "--seed", str(seed)]
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    rows: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        old = json.loads(line)
        path = Path(old["path"])
        best = _best_known(path)
        check = verify_solution_file(path, old["solution_file"])
        rows[path.stem] = {
            "cost": old["cost"],
            "reported_feasible": old["feasible"],
            "gap": (old["cost"] - best) / best * 100 if best else None,
            "independent_feasible": check.feasible,
            "independent_violations": len(check.violations),
        }
        print(json.dumps({"baseline": rev, **old, "independent": rows[path.stem]}), flush=True)
    return rows


def run_instances(args: argparse.Namespace) -> dict[str, Any]:
    solvers: dict[str, Any] = {"pyvrp": None, "ortools": ORToolsSolver()}
    chosen = [s for s in args.solvers.split(",") if s]
    out = Path(args.out or tempfile.mkdtemp(prefix="tw-bench-routing-"))
    results: dict[str, Any] = {
        "machine": _machine(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": args.seed,
        "baseline": args.baseline,
        "sets": {},
    }
    for key in [k for k in args.sets.split(",") if k]:
        title, folder, pattern, _ = SETS[key]
        limit = getattr(args, f"{key}_time")
        paths = sorted((Path(args.data) / folder).glob(pattern))[: args.limit or None]
        rows = []
        for path in paths:
            row: dict[str, Any] = {"instance": path.stem, "best_known": _best_known(path)}
            for name in chosen:
                row[name] = _ours(path, limit, out / name / key, args.seed, solvers[name])
            rows.append(row)
        if args.baseline and paths:
            old = _baseline(args.baseline, paths, limit, out / "baseline" / key, args.seed)
            for row in rows:
                row["baseline"] = old.get(row["instance"], {})
        means = {}
        for name in [*chosen, *(["baseline"] if args.baseline else [])]:
            gaps = [r[name].get("gap") for r in rows]
            ok = [g for g in gaps if g is not None]
            feasible = "independent_feasible" if name == "baseline" else "feasible"
            means[name] = {
                "mean_gap": statistics.fmean(ok) if ok and len(ok) == len(gaps) else None,
                "feasible": sum(bool(r[name].get(feasible)) for r in rows),
                "instances": len(rows),
            }
        results["sets"][title] = {"time_limit": limit, "rows": rows, "means": means}
    return results


def markdown(results: dict[str, Any]) -> str:
    rev = results.get("baseline")
    lines = [f"Machine: {results['machine']}; {results['date']}; seed {results['seed']}.", ""]
    lines += [
        "| Set | Time limit | PyVRP mean gap | OR-Tools mean gap | Feasible (PyVRP / OR-Tools) |"
        + (f" Baseline {rev} mean gap | Baseline feasible (independent check) |" if rev else ""),
        "|---|---|---|---|---|" + ("---|---|" if rev else ""),
    ]
    for name, s in results["sets"].items():
        m, n = s["means"], len(s["rows"])
        line = (
            f"| {name} | {s['time_limit']:g} s | {_pct(m.get('pyvrp', {}).get('mean_gap'))} | "
            f"{_pct(m.get('ortools', {}).get('mean_gap'))} | "
            f"{m.get('pyvrp', {}).get('feasible', '-')}/{n} / "
            f"{m.get('ortools', {}).get('feasible', '-')}/{n} |"
        )
        if rev:
            b = m.get("baseline", {})
            line += f" {_pct(b.get('mean_gap'))} | {b.get('feasible', '-')}/{n} |"
        lines.append(line)
    for name, s in results["sets"].items():
        lines += [
            "",
            f"### {name}",
            "",
            "| Instance | Best known | PyVRP | gap | time | load | OR-Tools | gap |"
            + (" Baseline | gap | independent check |" if rev else ""),
            "|---|---|---|---|---|---|---|---|" + ("---|---|---|" if rev else ""),
        ]
        for r in s["rows"]:
            p, o = r.get("pyvrp", {}), r.get("ortools", {})
            line = (
                f"| {r['instance']} | {r['best_known']} | {_cost(p)} | {_pct(p.get('gap'))} | "
                f"{_seconds(p)} | {p.get('load', '-')} | {_cost(o)} | {_pct(o.get('gap'))} |"
            )
            if rev:
                b = r.get("baseline", {})
                verdict = (
                    "feasible"
                    if b.get("independent_feasible")
                    else f"{b.get('independent_violations', '?')} violations"
                )
                line += f" {b.get('cost', '-')} | {_pct(b.get('gap'))} | {verdict} |"
            lines.append(line)
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} %"


def _seconds(r: dict[str, Any]) -> str:
    return "-" if r.get("seconds") is None else f"{r['seconds']:.1f} s"


def _cost(r: dict[str, Any]) -> str:
    if not r:
        return "-"
    if r.get("error"):
        return "impossible (error)"
    return f"{r['cost']:g}" + ("" if r["feasible"] else " (infeasible)")


def _machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load {load:.1f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    inst = sub.add_parser("instances", help="gap to best-known, PyVRP vs OR-Tools")
    inst.add_argument("--data", default=str(DATA))
    inst.add_argument("--sets", default="solomon,x", help="comma-separated: " + ",".join(SETS))
    for key, (_, _, _, seconds) in SETS.items():
        inst.add_argument(f"--{key}-time", type=float, default=seconds)
    inst.add_argument("--solvers", default="pyvrp,ortools")
    inst.add_argument("--baseline", help="git revision whose harness runs side by side")
    inst.add_argument("--limit", type=int, default=0, help="first N instances per set")
    inst.add_argument("--seed", type=int, default=0)
    inst.add_argument("--out", help="directory for the .sol files")
    inst.add_argument("--markdown", help="write the results table here")
    inst.add_argument("--json", help="write the raw results here")
    store = sub.add_parser("store", help="a city-sized day from the database, end to end")
    store.add_argument("--orders", type=int, default=1000)
    store.add_argument("--vehicles", type=int, default=20)
    store.add_argument("--depots", type=int, default=2)
    store.add_argument("--time-limit", type=float, default=60.0)
    store.add_argument("--replan-time-limit", type=float, help="default: a quarter of it")
    store.add_argument("--seed", type=int, default=0)
    store.add_argument("--service-minutes", type=float, default=3.0)
    store.add_argument("--postgres-url")
    store.add_argument("--no-postgres", action="store_true")
    store.add_argument("--baseline", help="git revision whose store benchmark runs too")
    store.add_argument("--reference-time", type=float, help="also plan the day with S seconds")
    store.add_argument("--json", help="write the raw results here")
    args = parser.parse_args(argv)

    if args.mode == "instances":
        results = run_instances(args)
        table = markdown(results)
        print(table)
        if args.markdown:
            Path(args.markdown).write_text(table, encoding="utf-8")
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
        return
    from routing_store import main_store  # the sibling module

    started = time.strftime("%Y-%m-%d %H:%M")
    figures = {"machine": _machine(), "date": started, **main_store(args)}
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
