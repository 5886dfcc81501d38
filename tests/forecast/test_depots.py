"""SKU x depot forecasts: placing orders at depots (route plan, nearest depot, unknown)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.forecast import ForecastParams
from tradewinds.forecast.depots import NO_DEPOT, assign_depots, split_series_id
from tradewinds.forecast.history import load_history
from tradewinds.forecast.runs import latest_run, run_report
from tradewinds.forecast.service import forecast_store, replenishment_plan, sku_view
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Customer,
    Depot,
    Order,
    OrderLine,
    OrderStatus,
    PlanRoute,
    Product,
    RoutePlan,
    RouteStop,
    Tenant,
    Variant,
)

START = datetime(2024, 1, 1, 10, tzinfo=UTC)
NORTH, SOUTH = (50.0, 0.0), (40.0, 0.0)


@pytest.fixture
def depot_store(db: Database, tenant: Tenant) -> dict[str, int]:
    """TENT sold daily near NORTH and near SOUTH for 8 weeks; one order shipped near NORTH
    but routed from SOUTH; one with a customer's home near SOUTH only; one nowhere."""
    rng = np.random.default_rng(4)
    number = iter(range(1000, 10**6))
    with tenant_session(db, tenant.id) as session:
        product = Product(handle="tent", title="Tent")
        product.variants.append(Variant(sku="TENT", price_minor=1000, currency="USD"))
        north = Depot(code="NORTH", name="North", latitude=NORTH[0], longitude=NORTH[1])
        south = Depot(code="SOUTH", name="South", latitude=SOUTH[0], longitude=SOUTH[1])
        customer = Customer(email="c@example.com", latitude=40.2, longitude=0.1)
        session.add_all([product, north, south, customer])
        session.flush()

        def order(day: int, qty: int, where: tuple[float, float] | None, **kw: object) -> Order:
            o = Order(
                name=f"#{next(number)}",
                currency="USD",
                created_at=START + timedelta(days=day),
                status=OrderStatus.DELIVERED,
                ship_latitude=where[0] + 0.1 if where else None,
                ship_longitude=where[1] if where else None,
                **kw,
            )
            o.lines.append(OrderLine(sku="TENT", title="Tent", quantity=qty, price_minor=1000))
            session.add(o)
            return o

        for day in range(56):
            order(day, int(rng.poisson(3)) + 1, NORTH)
            order(day, int(rng.poisson(1)) + 1, SOUTH)
        routed = order(55, 7, NORTH)
        home = order(55, 2, None, customer_id=customer.id)
        lost = order(55, 1, None)
        session.flush()
        plan = RoutePlan(plan_date=date(2024, 2, 25), timezone="UTC", solver="x", time_limit_s=1)
        session.add(plan)
        session.flush()
        route = PlanRoute(
            plan_id=plan.id, vehicle_code="V1", depot_id=south.id,
            start_at=START, end_at=START + timedelta(hours=1), distance_m=1, duration_s=1,
            load_weight_grams=1, load_volume_cm3=1,
        )  # fmt: skip
        session.add(route)
        session.flush()
        session.add(RouteStop(plan_id=plan.id, route_id=route.id, order_id=routed.id))
        return {"routed": routed.id, "home": home.id, "lost": lost.id}


def test_orders_are_placed_by_route_then_nearest_depot_then_unknown(
    db: Database, tenant: Tenant, depot_store: dict[str, int]
) -> None:
    with tenant_session(db, tenant.id) as session:
        ids = list(session.scalars(select(Order.id)))
        placed = assign_depots(session, ids)
    assert placed.depots[depot_store["routed"]] == "SOUTH"  # the plan beats proximity
    assert placed.depots[depot_store["home"]] == "SOUTH"  # customer's home is near SOUTH
    assert placed.depots[depot_store["lost"]] == NO_DEPOT
    assert placed.rules["route_plan"] == 1 and placed.rules["nearest_customer"] == 1
    assert placed.rules["unknown"] == 1 and placed.rules["nearest_ship_to"] == 112
    assert sum(placed.rules.values()) == len(ids)


def test_depot_series_add_up_to_the_sku_and_a_run_is_stored_per_depot(
    db: Database, tenant: Tenant, depot_store: dict[str, int]
) -> None:
    with tenant_session(db, tenant.id) as session:
        per_sku = load_history(session).demand
        per_depot = load_history(session, by="depot").demand
        assert set(per_depot["unique_id"]) == {"TENT@NORTH", "TENT@SOUTH", f"TENT@{NO_DEPOT}"}
        assert per_depot["y"].sum() == per_sku["y"].sum()
        run, result = forecast_store(session, ForecastParams(horizon=7), by="depot")
        assert run.grouping == "sku_depot" and run.series == 3
        report = run_report(run)
        assert report["depot_rules"] == {
            "route_plan": 1, "nearest_ship_to": 112, "nearest_customer": 1, "unknown": 1,
        }  # fmt: skip
        assert any(i["kind"] == "depot_unknown" for i in report["issues"])
        mean = result.forecasts.groupby("unique_id")["yhat"].mean()
        assert mean["TENT@NORTH"] > mean["TENT@SOUTH"]  # ~4/day vs ~2/day
        # Readers of SKU-level runs do not pick it up; SKU@depot ids find it.
        with pytest.raises(NotFound, match="no completed forecast run"):
            latest_run(session)
        stored, points, history = sku_view(session, "TENT@SOUTH")
        assert stored.id == run.id and len(points) == 7 and len(history) == 56
        with pytest.raises(InvalidInput, match="stock is kept per variant"):
            replenishment_plan(session, run_id=run.id)


def test_series_ids_split_on_the_last_separator() -> None:
    assert split_series_id("A@B@NORTH") == ("A@B", "NORTH")
    assert split_series_id("TENT") == ("TENT", None)


def test_depot_forecast_needs_depots(store: Database, tenant: Tenant) -> None:
    with tenant_session(store, tenant.id) as session, pytest.raises(InvalidInput, match="depots"):
        load_history(session, by="depot")
    with tenant_session(store, tenant.id) as session, pytest.raises(InvalidInput, match="by"):
        load_history(session, by="city")
