"""Store planning at city scale, for ``benchmarks/routing.py store`` (see its docstring).

A tenant with ``--depots`` depots, ``--vehicles`` vehicles (one in five a cargo bike; early
and late shifts) and ``--orders`` orders with 2- and 4-hour windows around twelve
neighbourhood centres is written straight into a fresh database; then ``plan_routes``
runs end to end (load, travel matrices, solve, independent check, promised windows and
plan written back), the day is re-planned, and the map, every manifest and the plan list
are rendered from the stored plan.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

TZ = "America/Los_Angeles"
BBOX = (47.50, -122.43, 47.73, -122.24)  # south, west, north, east
# (start hour, length): two-hour slots and half-day slots.
WINDOWS = [(9, 2), (11, 2), (13, 2), (15, 2), (17, 2), (9, 4), (13, 4), (15, 4)]
DAY = date(2026, 6, 2)


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


def _timed(fn: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn()
    return value, round(time.perf_counter() - started, 3)


def run_store(url: str, args: argparse.Namespace) -> dict[str, Any]:
    """Seed, plan end to end, re-plan, render; one dict of figures."""
    from tradewinds.routing import (
        PlanOptions,
        latest_plan,
        list_plans,
        manifest_csv,
        manifest_html,
        plan_routes,
        render_map_html,
    )
    from tradewinds.store import open_database, tenant_session

    db = open_database(url=url)
    tenant_id = seed_store(db, args.orders, args.vehicles, args.depots, DAY, args.seed)
    options = PlanOptions(
        time_limit_s=args.time_limit, seed=args.seed, service_s=round(args.service_minutes * 60)
    )
    view, total = _timed(lambda: plan_routes(db, tenant_id, DAY, options=options))
    replan_limit = args.replan_time_limit or args.time_limit / 4
    again, replan = _timed(
        lambda: plan_routes(db, tenant_id, DAY, options=replace(options, time_limit_s=replan_limit))
    )
    promised = {
        s.order_id: (s.promised_start, s.promised_end) for r in view.routes for s in r.stops
    }
    kept = sum(
        1
        for r in again.routes
        for s in r.stops
        if promised.get(s.order_id) == (s.promised_start, s.promised_end)
    )
    with tenant_session(db, tenant_id) as session:
        stored, read_s = _timed(lambda: latest_plan(session, DAY))
        _, list_s = _timed(lambda: list_plans(session))
    page, map_s = _timed(lambda: render_map_html(stored))
    sheets, manifests_s = _timed(
        lambda: [
            (manifest_html(stored, r.vehicle_code), manifest_csv(stored, r.vehicle_code))
            for r in stored.routes
        ]
    )
    db.dispose()
    usable = _usable(stored, page, sheets)
    return {
        "orders": args.orders,
        "vehicles": args.vehicles,
        "depots": args.depots,
        "time_limit_s": args.time_limit,
        "seconds_end_to_end": round(total, 2),
        "solver_seconds": view.solve_seconds,
        "overhead_seconds": round(total - view.solve_seconds, 2),
        "routes": len(view.routes),
        "planned": view.planned_orders,
        "unassigned": len(view.unassigned),
        "distance_km": round(view.distance_m / 1000, 1),
        "cost": round(view.cost_minor / 100, 2),
        "replan_seconds": round(replan, 2),
        "replan_planned": again.planned_orders,
        "promises_kept_on_replan": kept,
        "promises_before_replan": len(promised),
        "read_plan_seconds": read_s,
        "list_plans_seconds": list_s,
        "map_seconds": map_s,
        "map_kb": round(len(page.encode()) / 1024),
        "manifests_seconds": manifests_s,
        **usable,
    }


def _usable(plan: Any, page: str, sheets: list[tuple[str, str]]) -> dict[str, Any]:
    """Whether the map and manifests still show everything at this size: a marker with a
    tooltip per planned stop, a highlight link per route, a manifest row per stop."""
    import csv
    import io

    from tradewinds.routing.route_map import route_anchor

    stops = sum(len(r.stops) for r in plan.routes)
    rows = sum(len(list(csv.reader(io.StringIO(text)))) - 1 for _, text in sheets)
    links = sum(f'href="#{route_anchor(plan, r.vehicle_code)}"' in page for r in plan.routes)
    return {
        "map_stop_markers": page.count("<circle"),
        "map_route_links": f"{links}/{len(plan.routes)}",
        "manifest_rows": rows,
        "stops_stored": stops,
        "map_and_manifests_complete": page.count("<circle") == stops == rows
        and links == len(plan.routes),
    }


def run_reference(args: argparse.Namespace) -> dict[str, Any]:
    """The same day planned once with ``--reference-time`` seconds: the quality yardstick."""
    import tempfile

    from tradewinds.routing import PlanOptions, plan_routes
    from tradewinds.store import open_database

    work = Path(tempfile.mkdtemp(prefix="tw-bench-store-ref-"))
    db = open_database(url=f"sqlite:///{work / 'ref.db'}")
    tenant_id = seed_store(db, args.orders, args.vehicles, args.depots, DAY, args.seed)
    options = PlanOptions(
        time_limit_s=args.reference_time,
        seed=args.seed,
        service_s=round(args.service_minutes * 60),
    )
    view = plan_routes(db, tenant_id, DAY, options=options)
    db.dispose()
    return {
        "time_limit_s": args.reference_time,
        "planned": view.planned_orders,
        "unassigned": len(view.unassigned),
        "distance_km": round(view.distance_m / 1000, 1),
        "cost": round(view.cost_minor / 100, 2),
    }


def run_baseline(rev: str, args: argparse.Namespace) -> dict[str, Any]:
    """This store benchmark (SQLite) run on the library code of git revision ``rev``.

    ``run_store`` calls only functions that revision has too, so both columns measure the
    same things on the same day.
    """
    from routing import checkout  # the sibling script's helper

    tree = checkout(rev)
    command = [
        sys.executable,
        str(Path(__file__).with_name("routing.py")),
        "store",
        "--no-postgres",
        *("--orders", str(args.orders), "--vehicles", str(args.vehicles)),
        *("--depots", str(args.depots), "--time-limit", str(args.time_limit)),
        *("--seed", str(args.seed), "--service-minutes", str(args.service_minutes)),
    ]
    if args.replan_time_limit:
        command += ["--replan-time-limit", str(args.replan_time_limit)]
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    first = json.loads(done.stdout.splitlines()[0])  # {"backend": "sqlite", ...}
    return {"revision": rev, **{k: v for k, v in first.items() if k != "backend"}}


def main_store(args: argparse.Namespace) -> dict[str, Any]:
    """``routing.py store``: SQLite (and PostgreSQL), and optionally a baseline revision."""
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="tw-bench-store-"))
    results: dict[str, Any] = {"sqlite": run_store(f"sqlite:///{work / 'bench.db'}", args)}
    print(json.dumps({"backend": "sqlite", **results["sqlite"]}), flush=True)
    if not args.no_postgres:
        from import_products import postgres  # the sibling benchmark's PostgreSQL helper

        with postgres(args.postgres_url) as url:
            results["postgresql"] = run_store(url, args)
            print(json.dumps({"backend": "postgresql", **results["postgresql"]}), flush=True)
    if args.baseline:
        results["baseline"] = run_baseline(args.baseline, args)
        print(json.dumps({"backend": "sqlite, baseline", **results["baseline"]}), flush=True)
    if args.reference_time:
        results["reference"] = run_reference(args)
        print(json.dumps({"backend": "sqlite, reference", **results["reference"]}), flush=True)
    return results
