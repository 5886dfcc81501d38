"""What people get: the route map page and the driver manifests (HTML and CSV)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from tradewinds.core.errors import NotFound
from tradewinds.routing import (
    PlannedRoute,
    PlannedStop,
    RoutePlanView,
    UnassignedOrder,
    manifest_csv,
    manifest_html,
    render_map_html,
    render_map_svg,
)
from tradewinds.routing.route_map import DENSE_STOPS, PALETTE, route_colour
from tradewinds.routing.views import DepotSite

T0 = datetime(2026, 3, 10, 16, tzinfo=UTC)  # 09:00 in Los Angeles (PDT since March 8)


def stop(n: int, name: str) -> PlannedStop:
    at = T0 + timedelta(minutes=20 * n)
    return PlannedStop(
        order_id=n,
        order_name=name,
        sequence=n,
        latitude=47.60 + n / 100,
        longitude=-122.33,
        arrival=at,
        service_start=at,
        departure=at + timedelta(minutes=5),
        promised_start=at - timedelta(minutes=30),
        promised_end=at + timedelta(minutes=30),
        requested_start=at - timedelta(hours=1),
        requested_end=at + timedelta(hours=1),
        weight_grams=2500,
        volume_cm3=12_000,
        ship_name=f"Customer {n}",
        address="1 Pine St",
    )


def plan() -> RoutePlanView:
    route = PlannedRoute(
        vehicle_id=1,
        vehicle_code="VAN-1",
        vehicle_name="Van <one>",
        depot_code="WEST",
        depot_latitude=47.60,
        depot_longitude=-122.35,
        start=T0,
        end=T0 + timedelta(hours=2),
        distance_m=12_345,
        duration_s=7200,
        load_weight_grams=5000,
        load_volume_cm3=24_000,
        capacity_weight_grams=1_400_000,
        capacity_volume_cm3=9_500_000,
        cost_minor=1234,
        stops=(stop(1, "#1001"), stop(2, "<script>alert(1)</script>")),
    )
    return RoutePlanView(
        id=7,
        date=date(2026, 3, 10),
        depot_code="",
        status="current",
        created_at=T0,
        timezone="America/Los_Angeles",
        currency="USD",
        solver="pyvrp",
        seed=0,
        time_limit_s=1.0,
        solve_seconds=1.0,
        iterations=10,
        matrix_provider="haversine",
        replanned_from_id=None,
        depots=(DepotSite("WEST", "West", 47.60, -122.35),),
        routes=(route,),
        unassigned=(
            UnassignedOrder(9, "#1009", "too_heavy", "2 t", 47.7, -122.3),
            UnassignedOrder(10, "#1010", "invalid_coordinates", "nan", None, None),
        ),
    )


def test_map_draws_routes_stops_depots_and_unassigned_without_external_resources() -> None:
    page = render_map_html(plan())
    assert page.startswith("<!doctype html>") and "<svg" in page
    assert page.count("<polyline") == 1 and page.count("<circle") == 2
    assert "#1009: unassigned (too_heavy)" in page and ">WEST</text>" in page
    assert "<script>" not in page and "&lt;script&gt;" in page  # names are escaped
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "ETA 09:20, promised 08:50-09:50" in render_map_svg(plan())  # local time


def test_manifest_csv_lists_stops_in_order_in_local_time() -> None:
    rows = list(csv.DictReader(io.StringIO(manifest_csv(plan(), "VAN-1"))))
    assert [r["order"] for r in rows] == ["#1001", "<script>alert(1)</script>"]
    assert rows[0]["eta"] == "09:20" and rows[0]["promised_from"] == "08:50"
    assert rows[1]["weight_kg"] == "2.5" and rows[1]["volume_l"] == "12.0"


def test_manifest_csv_cells_never_run_as_spreadsheet_formulas() -> None:
    base = plan()
    typed = replace(base.routes[0].stops[0], order_name="=1+1", ship_name="@SUM(A1)",
                    address="-2 Pine St", longitude=-122.5)  # fmt: skip
    route = replace(base.routes[0], stops=(typed,))
    [row] = csv.DictReader(io.StringIO(manifest_csv(replace(base, routes=(route,)), "VAN-1")))
    assert (row["order"], row["customer"], row["address"]) == ("'=1+1", "'@SUM(A1)", "'-2 Pine St")
    assert row["longitude"] == "-122.500000"  # a number stays a number


def test_manifest_html_is_printable_and_escaped() -> None:
    page = manifest_html(plan(), "VAN-1")
    assert "@media print" in page and "Van &lt;one&gt; (VAN-1)" in page
    assert page.count("<tr>") == 3  # header + two stops
    assert "leave\n09:00, back 11:00" in page


def test_manifest_for_a_vehicle_without_a_route_is_not_found() -> None:
    with pytest.raises(NotFound, match=r"'VAN-9' has no route in plan 7 \(routes: VAN-1\)"):
        manifest_csv(plan(), "VAN-9")


def test_a_city_sized_plan_draws_dots_and_highlights_a_chosen_route() -> None:
    base = plan()
    routes = tuple(
        replace(
            base.routes[0],
            vehicle_code=f"V{k:02d}",
            stops=tuple(
                replace(stop(n, f"#{k}-{n}"), latitude=47.5 + k / 100, longitude=-122.4 + n / 500)
                for n in range(1, 51)
            ),
        )
        for k in range(20)
    )
    big = replace(base, routes=routes)
    svg = render_map_svg(big)
    assert sum(len(r.stops) for r in routes) > DENSE_STOPS
    assert 'class="dense"' in svg and 'r="3.5"' in svg and svg.count("<circle") == 1000
    assert ".dense .route:target text" in svg  # numbers only for the chosen route
    assert len({route_colour(n) for n in range(40)}) == 40  # twenty routes, twenty colours
    page = render_map_html(big, manifest_href=lambda code: f"manifest-{code}.html")
    assert '<a href="#route-20-V19">V19</a>' in page and 'id="route-20-V19"' in page
    assert '<a href="manifest-V19.html">manifest</a>' in page
    assert "<main>" in page and "<header>" in page


def test_the_manifest_shows_this_route_alone_in_its_map_colour() -> None:
    second = replace(plan().routes[0], vehicle_code="VAN-2", stops=(stop(3, "#1003"),))
    two = replace(plan(), routes=(*plan().routes, second))
    page = manifest_html(two, "VAN-2")
    assert page.count("<circle") == 1 and f'fill="{PALETTE[1]}"' in page
    assert "#1001" not in page and "#1009" not in page  # other routes, unassigned orders
    assert "#1001" in render_map_svg(two) and "<circle" not in render_map_html(
        replace(two, routes=())
    )
