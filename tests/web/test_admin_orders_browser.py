"""The console's orders and customers in real Chromium: find an order, fulfil it with a
tracking number, refund a line, open the packing slip and the customer; axe-core on the
order list, the order page (with a field error too), the packing slip, the customer list
and page, then the orders in Chinese. One browser session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web._orders import place
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def orders_url(console_db: Database) -> Iterator[str]:
    _require_browser()
    acme = shops_of(console_db).acme
    place(console_db, acme.id, {"RED-KITE-1": 2, "EVIL-LANTERN-1": 1})
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def test_fulfil_refund_packing_slip_and_axe_on_the_order_pages(orders_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=orders_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((orders_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/orders")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Orders", level=1)).to_be_visible()
        page.get_by_role("searchbox", name="Search orders").fill("#1001")
        page.get_by_role("button", name="Filter").click()
        expect(page.get_by_role("status")).to_have_text("1 order")
        violations += _serious(page)
        page.get_by_role("link", name="#1001").click()
        expect(page.get_by_role("heading", name="Order #1001")).to_be_visible()
        violations += _serious(page)

        page.get_by_label("Tracking number (optional)").fill("<bad>")
        page.get_by_role("button", name="Mark as fulfilled").click()
        expect(
            page.get_by_text("Use letters, digits, spaces, dots, slashes and dashes.")
        ).to_be_visible()
        violations += _serious(page)  # the form with a field error
        page.get_by_label("Carrier (optional)").fill("UPS")
        page.get_by_label("Tracking number (optional)").fill("1Z999AA1")
        page.get_by_role("button", name="Mark as fulfilled").click()
        expect(page.get_by_role("status")).to_have_text("The order is fulfilled.")

        kite = page.get_by_role("group", name="Red Kite (RED-KITE-1)")
        kite.get_by_label("Quantity to refund (of 2)").fill("1")
        page.get_by_role("button", name="Refund chosen items").click()
        expect(page.get_by_role("status")).to_have_text("The refund is recorded.")
        expect(page.get_by_text("by owner@acme.test").first).to_be_visible()

        page.get_by_role("link", name="Packing slip").click()
        expect(page.get_by_role("heading", name="Packing slip #1001")).to_be_visible()
        violations += _serious(page)
        page.emulate_media(media="print")
        expect(page.get_by_role("navigation", name="Console")).to_be_hidden()
        page.emulate_media(media="screen")

        page.goto("/admin/customers")
        expect(page.get_by_role("heading", name="Customers", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_role("link", name="Bea Park").click()
        expect(page.get_by_role("heading", name="Bea Park", level=1)).to_be_visible()
        violations += _serious(page)

        page.goto("/admin/orders?lang=zh")
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        expect(page.get_by_role("heading", name="订单", level=1)).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
