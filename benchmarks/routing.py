"""Delivery routing benchmarks: gap to best-known on Solomon and CVRPLIB X, and planning a
500-order day from the database.

``instances`` (targets: Solomon 100-customer at 10 s each, mean gap <= 1.0 %; X at 30 s
each, mean gap <= 1.5 %; every solution feasible; beat OR-Tools on every set):
each instance is solved by our harness (``tradewinds.routing.solve_instance``, PyVRP)
and by OR-Tools routing (first solution PATH_CHEAPEST_ARC on CVRP, LOCAL_CHEAPEST_INSERTION
with time windows; then GUIDED_LOCAL_SEARCH) under the same
time limit, one after the other on one core each, same instances, same rounding
(X: Euclidean rounded to the nearest integer; Solomon: truncated to one decimal,
DIMACS). Both solutions go through the same independent checker and cost function;
the gap is to the best-known ``.sol`` next to each instance. OR-Tools needs a fleet
size: the instance's VEHICLES (Solomon: 25), or for X (unlimited) the capacity lower
bound plus 20 % (at least 2 more). OR-Tools' GLS takes no seed.

    python benchmarks/routing.py instances                       # every dev instance
    python benchmarks/routing.py instances --limit 5 --solomon-time 2 --x-time 5
    python benchmarks/routing.py instances --markdown results.md --json results.json

``store`` (target <= 30 s end to end): 2 depots, 10 vehicles (8 vans, 2 cargo bikes) and
``--orders`` orders with 2-hour windows are written straight into a fresh database, then
``plan_routes`` runs end to end: load from the database, travel matrices, solve,
independent check, promised windows and plan written back.

    python benchmarks/routing.py store                           # SQLite + PostgreSQL
    python benchmarks/routing.py store --orders 500 --time-limit 20 --no-postgres
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tradewinds.routing import (
    RoutingProblem,
    Solution,
    SolvedRoute,
    SolveParams,
    read_solution,
    solve_instance,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "routing"  # ../shared/data


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


def _best_known(instance: Path) -> float | None:
    sol = instance.with_suffix(".sol")
    return read_solution(sol).cost if sol.is_file() else None


def run_instances(args: argparse.Namespace) -> dict[str, Any]:
    sets = {
        "Solomon (VRPTW, 100 customers)": (
            sorted(Path(args.solomon).glob("*.txt")),
            args.solomon_time,
        ),
        "CVRPLIB X (n <= 200)": (sorted(Path(args.x).glob("*.vrp")), args.x_time),
    }
    solvers: dict[str, Any] = {"pyvrp": None, "ortools": ORToolsSolver()}
    chosen = [s for s in args.solvers.split(",") if s]
    out = Path(args.out or tempfile.mkdtemp(prefix="tw-bench-routing-"))
    results: dict[str, Any] = {"machine": _machine(), "seed": args.seed, "sets": {}}
    for set_name, (paths, limit) in sets.items():
        rows = []
        for path in paths[: args.limit or None]:
            best = _best_known(path)
            row: dict[str, Any] = {"instance": path.stem, "best_known": best}
            for name in chosen:
                r = solve_instance(
                    path, time_limit=limit, out_dir=out / name, seed=args.seed, solver=solvers[name]
                )
                gap = (r.cost - best) / best * 100 if best and r.feasible else None
                row[name] = {
                    "cost": r.cost,
                    "feasible": r.feasible,
                    "gap": gap,
                    "iterations": r.iterations,
                    "seconds": r.seconds,
                }
                print(json.dumps({"set": set_name, "solver": name, **r.to_dict(), "gap": gap}))
            rows.append(row)
        means = {}
        for name in chosen:
            gaps = [r[name]["gap"] for r in rows]
            ok = [g for g in gaps if g is not None]
            means[name] = {
                "mean_gap": statistics.fmean(ok) if ok and len(ok) == len(gaps) else None,
                "feasible": sum(r[name]["feasible"] for r in rows),
                "instances": len(rows),
            }
        results["sets"][set_name] = {"time_limit": limit, "rows": rows, "means": means}
    return results


def markdown(results: dict[str, Any]) -> str:
    lines = [f"Machine: {results['machine']}; seed {results['seed']}.", ""]
    lines += [
        "| Set | Time limit | PyVRP mean gap | OR-Tools mean gap | Feasible (PyVRP / OR-Tools) |",
        "|---|---|---|---|---|",
    ]
    for name, s in results["sets"].items():
        m = s["means"]
        lines.append(
            f"| {name} | {s['time_limit']} s | {_pct(m.get('pyvrp', {}).get('mean_gap'))} | "
            f"{_pct(m.get('ortools', {}).get('mean_gap'))} | "
            f"{m.get('pyvrp', {}).get('feasible', '-')}/{len(s['rows'])} / "
            f"{m.get('ortools', {}).get('feasible', '-')}/{len(s['rows'])} |"
        )
    for name, s in results["sets"].items():
        lines += [
            "",
            f"### {name}",
            "",
            "| Instance | Best known | PyVRP | gap | OR-Tools | gap |",
            "|---|---|---|---|---|---|",
        ]
        for r in s["rows"]:
            p, o = r.get("pyvrp", {}), r.get("ortools", {})
            lines.append(
                f"| {r['instance']} | {r['best_known']} | {_cost(p)} | {_pct(p.get('gap'))} | "
                f"{_cost(o)} | {_pct(o.get('gap'))} |"
            )
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} %"


def _cost(r: dict[str, Any]) -> str:
    if not r:
        return "-"
    return f"{r['cost']:g}" + ("" if r["feasible"] else " (infeasible)")


def _machine() -> str:
    import os

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load {load:.1f}"


# ------------------------------------------------------------------ store benchmark

TZ = "America/Los_Angeles"
BBOX = (47.50, -122.43, 47.73, -122.24)  # south, west, north, east
# (start hour, length): two-hour slots and half-day slots.
WINDOWS = [(9, 2), (11, 2), (13, 2), (15, 2), (17, 2), (9, 4), (13, 4), (15, 4)]


def seed_store(db: Any, orders: int, vehicles: int, depots: int, day: date, seed: int) -> int:
    """A tenant with ``depots`` depots, ``vehicles`` vehicles and ``orders`` orders."""
    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Depot, Order, OrderLine, Product, Variant, Vehicle
    from tradewinds.store.tenants import create_tenant

    rng = random.Random(seed)
    tz = ZoneInfo(TZ)
    tenant = create_tenant(db, "bench", timezone=TZ)
    with tenant_session(db, tenant.id) as s:
        sites = [
            Depot(
                code=f"D{k}",
                name=f"Depot {k}",
                latitude=47.58 + 0.08 * k,
                longitude=-122.33 - 0.02 * k,
            )
            for k in range(depots)
        ]
        s.add_all(sites)
        s.flush()
        for k in range(vehicles):
            bike = k >= vehicles - max(1, vehicles // 5)
            shift = (clock(8), clock(17)) if k % 2 == 0 else (clock(11), clock(20))
            s.add(
                Vehicle(
                    depot_id=sites[k % depots].id,
                    code=f"V{k:02d}",
                    kind="cargo_bike" if bike else "van",
                    capacity_weight_grams=150_000 if bike else 1_400_000,
                    capacity_volume_cm3=600_000 if bike else 9_500_000,
                    shift_start=shift[0],
                    shift_end=shift[1],
                    fixed_cost_minor=1_500 if bike else 6_000,
                    cost_per_km_minor=5 if bike else 55,
                    cost_per_hour_minor=2_600 if bike else 3_200,
                    max_duration_minutes=540,
                )
            )
        products = [Product(handle=f"p{k}", title=f"P{k}") for k in range(20)]
        for k, p in enumerate(products):
            p.variants = [
                Variant(
                    sku=f"S{k}",
                    price_minor=1000,
                    currency="USD",
                    weight_grams=rng.randint(200, 8000),
                    volume_cm3=rng.randint(500, 30000),
                )
            ]
        s.add_all(products)
        s.flush()
        variant_ids = [p.variants[0].id for p in products]
        south, west, north, east = BBOX
        # Addresses cluster around neighbourhood centres, as real delivery addresses do.
        centres = [(rng.uniform(south, north), rng.uniform(west, east)) for _ in range(12)]
        for k in range(orders):
            lat, lon = rng.choice(centres)
            start, hours = rng.choice(WINDOWS)
            order = Order(
                name=f"#{10000 + k}",
                currency="USD",
                ship_name=f"Customer {k}",
                ship_street=f"{rng.randint(100, 9999)} Main St",
                ship_city="Seattle",
                ship_latitude=min(north, max(south, rng.gauss(lat, 0.008))),
                ship_longitude=min(east, max(west, rng.gauss(lon, 0.012))),
                window_start=datetime.combine(day, clock(start), tz),
                window_end=datetime.combine(day, clock(start + hours), tz),
            )
            order.lines = [
                OrderLine(
                    variant_id=rng.choice(variant_ids),
                    title="item",
                    quantity=rng.randint(1, 3),
                    price_minor=1000,
                )
                for _ in range(rng.randint(1, 3))
            ]
            s.add(order)
    return tenant.id


def run_store(url: str, args: argparse.Namespace) -> dict[str, Any]:
    from tradewinds.routing import PlanOptions, plan_routes
    from tradewinds.store import open_database

    db = open_database(url=url)
    day = date(2026, 6, 2)
    tenant_id = seed_store(db, args.orders, args.vehicles, args.depots, day, args.seed)
    started = time.perf_counter()
    options = PlanOptions(
        time_limit_s=args.time_limit, seed=args.seed, service_s=round(args.service_minutes * 60)
    )
    view = plan_routes(db, tenant_id, day, options=options)
    total = time.perf_counter() - started
    replan_started = time.perf_counter()
    again = plan_routes(
        db, tenant_id, day, options=replace(options, time_limit_s=args.time_limit / 4)
    )
    replan = time.perf_counter() - replan_started
    kept = sum(
        1
        for r in again.routes
        for s in r.stops
        for old in view.routes
        for o in old.stops
        if o.order_id == s.order_id and o.promised_start == s.promised_start
    )
    db.dispose()
    return {
        "orders": args.orders,
        "vehicles": args.vehicles,
        "depots": args.depots,
        "seconds_end_to_end": round(total, 2),
        "solver_seconds": view.solve_seconds,
        "routes": len(view.routes),
        "planned": view.planned_orders,
        "unassigned": len(view.unassigned),
        "distance_km": round(view.distance_m / 1000, 1),
        "replan_seconds": round(replan, 2),
        "promises_kept_on_replan": kept,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    inst = sub.add_parser("instances", help="gap to best-known, PyVRP vs OR-Tools")
    inst.add_argument("--solomon", default=str(DATA / "vrptw_solomon"))
    inst.add_argument("--x", default=str(DATA / "cvrp_X"))
    inst.add_argument("--solomon-time", type=float, default=10.0)
    inst.add_argument("--x-time", type=float, default=30.0)
    inst.add_argument("--solvers", default="pyvrp,ortools")
    inst.add_argument("--limit", type=int, default=0, help="first N instances per set")
    inst.add_argument("--seed", type=int, default=0)
    inst.add_argument("--out", help="directory for the .sol files")
    inst.add_argument("--markdown", help="write the results table here")
    inst.add_argument("--json", help="write the raw results here")
    store = sub.add_parser("store", help="500 orders from the database, end to end")
    store.add_argument("--orders", type=int, default=500)
    store.add_argument("--vehicles", type=int, default=10)
    store.add_argument("--depots", type=int, default=2)
    store.add_argument("--time-limit", type=float, default=20.0)
    store.add_argument("--seed", type=int, default=0)
    store.add_argument("--service-minutes", type=float, default=3.0)
    store.add_argument("--postgres-url")
    store.add_argument("--no-postgres", action="store_true")
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
    work = Path(tempfile.mkdtemp(prefix="tw-bench-store-"))
    results = {"sqlite": run_store(f"sqlite:///{work / 'bench.db'}", args)}
    print(json.dumps(results["sqlite"]))
    if not args.no_postgres:
        from import_products import postgres  # the sibling benchmark's PostgreSQL helper

        with postgres(args.postgres_url) as url:
            results["postgresql"] = run_store(url, args)
            print(json.dumps(results["postgresql"]))
    print(json.dumps({"machine": _machine(), **results}, indent=2))


if __name__ == "__main__":
    main()
