"""Delivery promises on the storefront from routing's delivery windows (TestClient, SQLite
and PostgreSQL): the product page's "order within …", the checkout's window choice stored
on the order and shown on the confirmation, and nothing at all without a fleet."""

from __future__ import annotations

import re
from datetime import time, timedelta
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.routing._fleet import add_depot, add_vehicle
from tests.web.test_account_pages import sign_up
from tests.web.test_checkout_pages import _add, _checkout_data
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, Tenant, Variant

PROMISE = re.compile(
    r"Order within (?:\d+ h )?\d+ min for delivery \w{3}, \w{3} \d+, \d\d:00\N{EN DASH}\d\d:00\."
)


def _fleet(db: Database, tenant: Tenant) -> None:
    depot = add_depot(db, tenant.id, "D1", opens=time(0), closes=time(23, 59))
    add_vehicle(db, tenant.id, depot, "V1", shift=(time(0), time(23, 59)))


def test_no_fleet_no_promise(web: TestClient) -> None:
    page = web.get("/products/red-kite").text
    assert "Order within" not in page
    assert _add(web, "red-kite").status_code == 303
    assert "Delivery window" not in web.get("/checkout").text


def test_product_promise_and_checkout_window(web: TestClient, db: Database, tenant: Tenant) -> None:
    _fleet(db, tenant)
    page = web.get("/products/red-kite").text
    assert PROMISE.search(page), page
    zh = web.get("/products/red-kite?lang=zh").text
    assert re.search(r"分钟内下单，预计 \d+月\d+日周.", zh)  # noqa: RUF001
    web.get("/products/red-kite?lang=en")  # back to English for the rest

    assert _add(web, "red-kite").status_code == 303
    form = web.get("/checkout").text
    assert "<legend>Delivery window</legend>" in form
    keys = re.findall(r'name="delivery_window" value="([^"]+)"', form)
    assert len(keys) == 8 and re.search(rf'value="{re.escape(keys[0])}"\s*checked', form)

    none = _checkout_data(form)
    del none["delivery_window"]
    missing = web.post("/checkout", data=none)
    assert missing.status_code == 422 and "Choose a delivery window." in missing.text
    assert 'aria-describedby="delivery-window-error"' in missing.text
    stale = web.post(
        "/checkout", data=_checkout_data(form, delivery_window="2020-01-01/x", name="")
    )
    assert stale.status_code == 422
    assert "That delivery window has closed; choose another." in stale.text
    assert "This field is required." in stale.text  # the contact is checked at the same time
    with tenant_session(db, tenant.id) as session:
        assert session.scalars(select(Order)).first() is None  # neither made an order
    placed = web.post("/checkout", data=_checkout_data(form, delivery_window=keys[1]))
    assert placed.status_code == 200 and "Your order number is #1001." in placed.text
    with tenant_session(db, tenant.id) as session:
        order = session.scalars(select(Order)).one()
        start, end = keys[1].split("/")
        assert order.window_start is not None and order.window_end is not None
        assert (order.window_start.isoformat(), order.window_end.isoformat()) == (start, end)
    assert re.search(r"Delivery: \w{3}, \w{3} \d+, \d\d:00–\d\d:00", placed.text)  # noqa: RUF001


def test_sold_out_product_promises_nothing(web: TestClient, db: Database, tenant: Tenant) -> None:
    _fleet(db, tenant)
    with tenant_session(db, tenant.id) as session:
        for variant in session.scalars(select(Variant)):
            variant.inventory_qty = 0
    assert "Order within" not in web.get("/products/red-kite").text


def test_routing_failing_leaves_the_pages(web: TestClient, db: Database, tenant: Tenant) -> None:
    _fleet(db, tenant)
    with tenant_session(db, tenant.id) as session:
        shop = session.get(Tenant, tenant.id)
        assert shop is not None
        shop.timezone = "Mars/Olympus_Mons"  # routing cannot place the shop's days
    page = web.get("/products/red-kite")
    assert page.status_code == 200 and "Order within" not in page.text
    assert _add(web, "red-kite").status_code == 303
    form = web.get("/checkout").text
    assert "Delivery window" not in form
    placed = web.post("/checkout", data=_checkout_data(form))
    assert placed.status_code == 200 and "Your order number is #1001." in placed.text
    assert "Delivery:" not in placed.text


def test_account_order_shows_the_chosen_window_then_the_promise(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _fleet(db, tenant)
    assert sign_up(web).status_code == 303
    assert _add(web, "red-kite").status_code == 303
    form = web.get("/checkout").text
    keys = re.findall(r'name="delivery_window" value="([^"]+)"', form)
    placed = web.post("/checkout", data=_checkout_data(form, delivery_window=keys[2]))
    assert placed.status_code == 200
    chosen = re.search(r"Delivery: (\w{3}, \w{3} \d+, \d\d:00–\d\d:00)", placed.text)  # noqa: RUF001
    assert chosen, placed.text
    page = web.get("/account/orders/1001").text
    assert f"Delivery: {chosen.group(1)}" in page
    # Once routing has promised a narrower window, that one is shown (in shop time).
    with tenant_session(db, tenant.id) as session:
        order = session.scalars(select(Order)).one()
        assert order.window_start is not None
        order.promised_start = order.window_start + timedelta(minutes=30)
        order.promised_end = order.window_start + timedelta(minutes=90)
        shop = session.get(Tenant, tenant.id)
        assert shop is not None
        local = order.promised_start.astimezone(ZoneInfo(shop.timezone))
    promised = web.get("/account/orders/1001").text
    assert f"{local:%H:%M}–" in promised and chosen.group(1) not in promised  # noqa: RUF001


def test_a_storefront_order_reaches_the_merchant_api_forecasting_and_routing(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    from tradewinds.forecast.history import load_history
    from tradewinds.routing import plan_routes

    _fleet(db, tenant)
    with tenant_session(db, tenant.id) as session:
        kite = session.scalars(select(Variant).where(Variant.sku == "RED-KITE-1")).one()
        stock_before = kite.inventory_qty
    assert _add(web, "red-kite", quantity="2").status_code == 303
    form = web.get("/checkout").text
    window = re.findall(r'name="delivery_window" value="([^"]+)"', form)[0]
    placed = web.post("/checkout", data=_checkout_data(form, delivery_window=window))
    assert placed.status_code == 200 and "#1001" in placed.text

    merchant = web.get("/api/v1/orders/%231001", headers={"Accept": "application/json"}).json()
    assert [(ln["sku"], ln["quantity"]) for ln in merchant["lines"]] == [("RED-KITE-1", 2)]
    with tenant_session(db, tenant.id) as session:
        assert session.get(Variant, kite.id).inventory_qty == stock_before - 2  # type: ignore[union-attr]
        history = load_history(session)
        sold = history.demand[history.demand["unique_id"] == "RED-KITE-1"]["y"].sum()
        assert sold == 2
        order = session.scalars(select(Order)).one()
        assert order.window_start is not None
        day = order.window_start.astimezone(ZoneInfo(tenant.timezone)).date()
    plan = plan_routes(db, tenant.id, day)
    picked = [s.order_name for r in plan.routes for s in r.stops]
    picked += [u.order_name for u in plan.unassigned]
    assert picked == ["#1001"]
    # The checkout asks for no coordinates and nothing geocodes an address yet: the plan
    # names the order and says why it cannot route it.
    assert [u.reason for u in plan.unassigned] == ["invalid_coordinates"]
