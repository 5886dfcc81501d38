"""The real ``tradewinds`` console script: ``bench routing`` and ``routes ...``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.routing._fleet import DAY, TZ, add_delivery, add_depot, add_vehicle, scatter
from tests.routing.test_best_known import INSTANCES
from tests.routing.test_instances import SOLOMON, VRPLIB
from tradewinds.routing import (
    SolvedRoute,
    check_solution,
    read_instance,
    read_solution,
    solution_distance,
    to_problem,
)
from tradewinds.routing.problem import Solution
from tradewinds.store import open_database
from tradewinds.store.tenants import create_tenant

TRADEWINDS = str(Path(sys.executable).parent / "tradewinds")


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"})
    return subprocess.run(
        [TRADEWINDS, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )


def test_bench_routing_writes_sol_files_and_json_lines(tmp_path: Path) -> None:
    (tmp_path / "tiny5.txt").write_text(SOLOMON)
    (tmp_path / "tiny4.vrp").write_text(VRPLIB)
    real = [p for p in INSTANCES if p.name == "C101.txt"][:1]
    paths = [tmp_path / "tiny5.txt", tmp_path / "tiny4.vrp", *real]
    result = run(
        tmp_path,
        "bench",
        "routing",
        *map(str, paths),
        "--time-limit",
        "0.5",
        "--out",
        str(tmp_path / "out"),
        "--seed",
        "4",
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["instance"] for r in records] == ["TINY5", "tiny-cvrp", *(["C101"] if real else [])]
    for path, record in zip(paths, records, strict=True):
        assert record["feasible"] and record["seed"] == 4 and record["iterations"] > 0
        assert {"cost", "seconds", "iterations"} <= set(record)
        # The written solution is feasible and costs what was reported, by our checker.
        problem, scale = to_problem(read_instance(path))
        sol = read_solution(tmp_path / "out" / f"{path.stem}.sol")
        index = {s.key: i for i, s in enumerate(problem.stops)}
        routes = tuple(SolvedRoute(0, tuple(index[str(c)] for c in r)) for r in sol.routes)
        assert check_solution(problem, Solution(routes, ())) == []
        assert solution_distance(problem, Solution(routes, ())) / scale == record["cost"]
        assert sol.cost == record["cost"]
    if real:
        assert records[2]["cost"] == pytest.approx(827.3, rel=0.02)  # best known: 827.3
        assert records[2]["best_known"] == 827.3 and records[2]["gap"] >= 0


def test_bench_routing_refuses_to_report_a_cost_below_the_best_known(tmp_path: Path) -> None:
    (tmp_path / "tiny.vrp").write_text(VRPLIB)
    # A "best known" the solver beats (optimum 12): the sign of a misread instance.
    (tmp_path / "tiny.sol").write_text("Route #1: 1\nRoute #2: 2\nRoute #3: 3\nCost 18\n")
    args = ["bench", "routing", str(tmp_path / "tiny.vrp"), "--time-limit", "0.2"]
    result = run(tmp_path, *args, "--out", "out")
    assert result.returncode == 2 and result.stdout == ""
    assert "computed cost 12 is below the best known 18" in result.stderr
    unchecked = run(tmp_path, *args, "--out", "out", "--no-best-known")
    assert unchecked.returncode == 0 and json.loads(unchecked.stdout)["cost"] == 12


def test_bench_routing_reports_a_malformed_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.vrp").write_text(VRPLIB)
    (tmp_path / "bad.vrp").write_text(VRPLIB.replace("2 3 4", "2 3 four"))
    result = run(
        tmp_path,
        "bench",
        "routing",
        str(tmp_path / "bad.vrp"),
        str(tmp_path / "good.vrp"),
        "--time-limit",
        "0.2",
        "--out",
        "out",
    )
    assert result.returncode == 2
    assert f"{tmp_path / 'bad.vrp'} line 8:" in result.stderr
    assert json.loads(result.stdout)["instance"] == "tiny-cvrp"


def test_routes_plan_show_export_and_promise(tmp_path: Path) -> None:
    db = open_database(url=f"sqlite:///{tmp_path / 'home' / 'tradewinds.db'}")
    shop = create_tenant(db, "demo", timezone=TZ)
    depot = add_depot(db, shop.id, "WEST")
    add_vehicle(db, shop.id, depot, "VAN-1")
    scatter(db, shop.id, 5)
    nan = add_delivery(db, shop.id, "#bad", float("nan"), 0.0)
    db.dispose()

    planned = run(
        tmp_path,
        "routes",
        "plan",
        "--date",
        DAY.isoformat(),
        "--time-limit",
        "0.5",
        "--json",
        "--out",
        "maps",
    )
    assert planned.returncode == 0, planned.stderr
    plan = json.loads(planned.stdout)
    assert plan["totals"]["planned_orders"] == 5 and plan["totals"]["unassigned_orders"] == 1
    assert plan["unassigned"][0]["order_id"] == nan
    assert plan["unassigned"][0]["reason"] == "invalid_coordinates"
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == [
        "manifest-VAN-1.csv",
        "manifest-VAN-1.html",
        "map.html",
    ]

    shown = run(tmp_path, "routes", "show", "--date", DAY.isoformat())
    assert (
        shown.returncode == 0 and "VAN-1" in shown.stdout and "invalid_coordinates" in shown.stdout
    )
    order = plan["routes"][0]["stops"][0]["order_name"]
    promise = run(tmp_path, "routes", "promise", order, "--json")
    assert (
        json.loads(promise.stdout)["promised_start"]
        == plan["routes"][0]["stops"][0]["promised_start"]
    )

    bad_date = run(tmp_path, "routes", "plan", "--date", "10/03/2026")
    assert bad_date.returncode == 2 and "expected YYYY-MM-DD" in bad_date.stderr
    no_plan = run(tmp_path, "routes", "show", "--date", "2030-01-01")
    assert no_plan.returncode == 1 and "no route plan for 2030-01-01" in no_plan.stderr
