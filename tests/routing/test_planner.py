"""Planning a day from the store, on SQLite and PostgreSQL: promises written back, bad
input reported as unassigned with a reason, clear errors, re-planning, tenant isolation."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import time

import pytest
from sqlalchemy import select

from tests.routing._fleet import (
    DAY,
    TZ,
    add_delivery,
    add_depot,
    add_sized_variant,
    add_vehicle,
    local,
    scatter,
)
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.routing import (
    PlanOptions,
    RoutePlanView,
    delivery_promise,
    latest_plan,
    list_plans,
    load_plan,
    plan_routes,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, OrderStatus, RoutePlan, Tenant
from tradewinds.store.tenants import create_tenant

QUICK = PlanOptions(time_limit_s=2.0, max_iterations=300, seed=1)


@pytest.fixture
def shop(db: Database) -> Tenant:
    """A store in Los Angeles time with two depots and three vehicles."""
    tenant = create_tenant(db, "shop", timezone=TZ)
    west = add_depot(db, tenant.id, "WEST")
    north = add_depot(db, tenant.id, "NORTH", 47.66, -122.36)
    add_vehicle(db, tenant.id, west, "VAN-1")
    add_vehicle(db, tenant.id, west, "VAN-2", shift=(time(11), time(20)))
    add_vehicle(
        db, tenant.id, north, "BIKE-1", kind="cargo_bike", weight_grams=100_000, volume_cm3=400_000
    )
    return tenant


def orders_by_id(db: Database, tenant_id: int) -> dict[int, Order]:
    with tenant_session(db, tenant_id) as s:
        return {o.id: o for o in s.scalars(select(Order))}


def stops_of(view: RoutePlanView) -> dict[int, object]:
    return {s.order_id: s for r in view.routes for s in r.stops}


def test_plan_routes_every_order_and_writes_promises_back(db: Database, shop: Tenant) -> None:
    box = add_sized_variant(db, shop.id, "BOX", 2_000, 8_000)
    ids = scatter(db, shop.id, 16, variant_id=box)
    view = plan_routes(db, shop.id, DAY, options=QUICK)

    assert view.status == "current" and view.timezone == TZ and view.currency == "USD"
    assert sorted(stops_of(view)) == sorted(ids) and view.unassigned == ()
    stored = orders_by_id(db, shop.id)
    for route in view.routes:
        assert route.load_weight_grams <= route.capacity_weight_grams
        assert route.load_weight_grams == sum(s.weight_grams for s in route.stops)
        assert [s.sequence for s in route.stops] == list(range(1, len(route.stops) + 1))
        assert route.start <= route.stops[0].arrival and route.stops[-1].departure <= route.end
        for stop in route.stops:
            order = stored[stop.order_id]
            # The ETA lies in the promise, which lies in the requested window; all stored.
            assert order.window_start <= order.promised_start <= stop.service_start
            assert stop.service_start <= order.promised_end <= order.window_end
            assert (order.promised_start, order.promised_end) == (
                stop.promised_start,
                stop.promised_end,
            )
            assert order.promised_end - order.promised_start <= local(1) - local(0)
            assert stop.weight_grams == 2_000 * sum(ln.quantity for ln in order.lines)
    with tenant_session(db, shop.id) as s:
        assert load_plan(s, view.id) == replace(view, warnings=())
        assert [p.id for p in list_plans(s, DAY)] == [view.id]


def test_bad_orders_are_unassigned_with_a_reason(db: Database, shop: Tenant) -> None:
    anvil = add_sized_variant(db, shop.id, "ANVIL", 2_000_000, 10_000)  # 2 t: too heavy
    fine = add_sized_variant(db, shop.id, "FINE", 500, None)  # unknown volume: default
    good = add_delivery(db, shop.id, "#ok", 47.62, -122.33, lines=[(fine, 1)])
    nan = add_delivery(db, shop.id, "#nan", math.nan, -122.33)
    far = add_delivery(db, shop.id, "#range", 123.0, -122.33)
    missing = add_delivery(db, shop.id, "#none", None, None)
    heavy = add_delivery(db, shop.id, "#heavy", 47.62, -122.33, lines=[(anvil, 1)])
    night = add_delivery(db, shop.id, "#night", 47.62, -122.33, (22, 23))
    ocean = add_delivery(db, shop.id, "#ocean", 21.3, -157.8, (9, 17))  # Honolulu

    view = plan_routes(db, shop.id, DAY, options=QUICK)
    reasons = {u.order_id: u.reason for u in view.unassigned}
    assert reasons == {
        nan: "invalid_coordinates",
        far: "invalid_coordinates",
        missing: "invalid_coordinates",
        heavy: "too_heavy",
        night: "window_unreachable",
        ocean: "window_unreachable",
    }
    assert list(stops_of(view)) == [good]
    detail = {u.order_id: u.detail for u in view.unassigned}
    assert "(123.0, -122.33)" in detail[far] and "2000.0 kg" in detail[heavy]
    assert stops_of(view)[good].volume_cm3 == 5_000  # type: ignore[attr-defined]
    assert orders_by_id(db, shop.id)[night].promised_start is None


def test_no_capacity_leaves_the_overflow_unassigned(db: Database) -> None:
    tenant = create_tenant(db, "tiny", timezone=TZ)
    depot = add_depot(db, tenant.id, "D")
    add_vehicle(db, tenant.id, depot, "SMALL", weight_grams=10_000, volume_cm3=1_000_000)
    crate = add_sized_variant(db, tenant.id, "CRATE", 3_000, 1_000)
    scatter(db, tenant.id, 5, variant_id=crate, seed=3)  # 1-3 crates each, 10 kg van
    view = plan_routes(db, tenant.id, DAY, options=QUICK)
    assert view.routes and view.routes[0].load_weight_grams <= 10_000
    assert {u.reason for u in view.unassigned} == {"no_capacity"}
    assert view.planned_orders + len(view.unassigned) == 5


def test_missing_fleet_is_a_clear_error(db: Database) -> None:
    tenant = create_tenant(db, "empty", timezone=TZ)
    with pytest.raises(InvalidInput, match="no depot to deliver from"):
        plan_routes(db, tenant.id, DAY, options=QUICK)
    depot = add_depot(db, tenant.id, "D")
    with pytest.raises(InvalidInput, match="no active vehicles at any depot"):
        plan_routes(db, tenant.id, DAY, options=QUICK)
    add_vehicle(db, tenant.id, depot, "OFF", active=False)
    with pytest.raises(InvalidInput, match="no active vehicles"):
        plan_routes(db, tenant.id, DAY, options=QUICK)
    add_vehicle(db, tenant.id, depot, "ON")
    with pytest.raises(NotFound, match=r"no depot 'X' \(depots: D\)"):
        plan_routes(db, tenant.id, DAY, depot_code="X", options=QUICK)
    assert plan_routes(db, tenant.id, DAY, options=QUICK).routes == ()  # no orders: empty plan


def test_only_open_orders_of_the_day_are_planned(db: Database, shop: Tenant) -> None:
    today = add_delivery(db, shop.id, "#today", 47.62, -122.33)
    add_delivery(db, shop.id, "#done", 47.62, -122.33, status=OrderStatus.DELIVERED)
    add_delivery(db, shop.id, "#gone", 47.62, -122.33, status=OrderStatus.CANCELLED)
    add_delivery(db, shop.id, "#tomorrow", 47.62, -122.33, day=DAY.replace(day=11))
    view = plan_routes(db, shop.id, DAY, options=QUICK)
    assert list(stops_of(view)) == [today] and view.unassigned == ()


def test_replanning_starts_from_the_plan_and_keeps_promises(db: Database, shop: Tenant) -> None:
    ids = scatter(db, shop.id, 12)
    first = plan_routes(db, shop.id, DAY, options=QUICK)
    before = orders_by_id(db, shop.id)
    with tenant_session(db, shop.id) as s:
        s.get(Order, ids[0]).status = OrderStatus.CANCELLED  # type: ignore[union-attr]
    added = add_delivery(db, shop.id, "#late-add", 47.63, -122.34, (13, 15))

    second = plan_routes(db, shop.id, DAY, options=QUICK)
    assert second.replanned_from_id == first.id and second.status == "current"
    planned = stops_of(second)
    assert ids[0] not in planned and added in planned
    after = orders_by_id(db, shop.id)
    kept = [
        i
        for i in ids[1:]
        if (after[i].promised_start, after[i].promised_end)
        == (before[i].promised_start, before[i].promised_end)
    ]
    assert len(kept) == len(ids) - 1  # every surviving order keeps its promised window
    with tenant_session(db, shop.id) as s:
        statuses = dict(s.execute(select(RoutePlan.id, RoutePlan.status)).all())
        assert statuses == {first.id: "superseded", second.id: "current"}
        assert latest_plan(s, DAY).id == second.id
        promise = delivery_promise(s, "#late-add")
        assert promise.plan_id == second.id and promise.eta is not None
        assert promise.promised_start == after[added].promised_start


def test_depot_scoped_plans_share_the_day(db: Database, shop: Tenant) -> None:
    scatter(db, shop.id, 6)
    west = plan_routes(db, shop.id, DAY, depot_code="WEST", options=QUICK)
    north = plan_routes(db, shop.id, DAY, depot_code="NORTH", options=QUICK)
    assert {r.depot_code for r in west.routes} == {"WEST"}
    assert west.planned_orders == 6 and north.planned_orders == 0  # nothing left for NORTH
    assert {d.code for d in north.depots} == {"NORTH"}
    everyone = plan_routes(db, shop.id, DAY, options=QUICK)
    assert everyone.planned_orders == 6
    with pytest.raises(Conflict, match="every depot is in force"):
        plan_routes(db, shop.id, DAY, depot_code="WEST", options=QUICK)


def test_tenants_never_see_each_others_orders_or_plans(db: Database, shop: Tenant) -> None:
    other = create_tenant(db, "other", timezone=TZ)
    depot = add_depot(db, other.id, "OTHER")
    add_vehicle(db, other.id, depot, "OV")
    theirs = scatter(db, other.id, 3, prefix="#o")
    mine = scatter(db, shop.id, 3)
    view = plan_routes(db, shop.id, DAY, options=QUICK)
    assert sorted(stops_of(view)) == sorted(mine)
    assert {r.vehicle_code for r in view.routes} <= {"VAN-1", "VAN-2", "BIKE-1"}
    with tenant_session(db, other.id) as s:
        with pytest.raises(NotFound):
            load_plan(s, view.id)
        with pytest.raises(NotFound):
            delivery_promise(s, mine[0])
        assert list_plans(s) == []
    assert all(orders_by_id(db, other.id)[i].promised_start is None for i in theirs)
