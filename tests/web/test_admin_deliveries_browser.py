"""The delivery pages in real Chromium: plan a day (a field error first), watch the job's
page reload itself (no script) until the plan shows, open a manifest, look up a promise;
axe-core on every one of these pages, then in Chinese. One browser session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web.test_admin_browser import _serious
from tests.web.test_admin_deliveries import _seed_day, _tomorrow
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def deliveries_url(console_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    _require_browser()
    # A one-second planning time, so the test does not wait ten.
    monkeypatch.setattr("tradewinds.web.admin.deliveries_page.TIME_LIMITS", ("1", "10"))
    acme = shops_of(console_db).acme
    _seed_day(console_db, acme.id, _tomorrow(acme.timezone))
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def test_plan_a_day_watch_it_and_axe_on_the_delivery_pages(
    deliveries_url: str, console_db: Database
) -> None:
    from playwright.sync_api import expect, sync_playwright

    day = _tomorrow(shops_of(console_db).acme.timezone)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=deliveries_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((deliveries_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/deliveries")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Deliveries", level=1)).to_be_visible()
        violations += _serious(page)

        page.get_by_label("Delivery date").fill((day - timedelta(days=3)).isoformat())
        page.get_by_role("button", name="Plan deliveries").click()
        expect(page.get_by_text("Choose today or a later date.")).to_be_visible()
        violations += _serious(page)  # the form with a field error
        page.get_by_label("Delivery date").fill(day.isoformat())
        page.get_by_label("Planning time").select_option("1")
        page.get_by_role("button", name="Plan deliveries").click()
        # The job's page reloads itself (an HTTP Refresh) until the plan is there.
        heading = page.get_by_role("heading", name=f"Plan for {day.isoformat()}", level=1)
        expect(heading).to_be_visible()
        if page.get_by_role("status").count():
            violations += _serious(page)  # the progress page, when caught
        expect(page.get_by_role("img", name="Route map")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("The address has no usable map position")).to_be_visible()
        violations += _serious(page)

        page.get_by_role("link", name="Printable manifest for VAN-1").click()
        expect(page.get_by_role("heading", name="Vehicle VAN-1 (VAN-1)")).to_be_visible()
        violations += _serious(page)
        page.go_back()

        page.get_by_role("link", name="#901").first.click()
        page.get_by_role("link", name="Delivery promise and route").click()
        expect(page.get_by_role("heading", name="Order #901", level=2)).to_be_visible()
        violations += _serious(page)
        page.get_by_label("Order number").fill("#4242")
        page.get_by_role("button", name="Look up").click()
        expect(page.get_by_text("No order has this number.")).to_be_visible()
        violations += _serious(page)

        page.goto("/admin/deliveries?lang=zh")
        expect(page.get_by_role("heading", name="配送", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_role("link", name=day.isoformat()).click()
        expect(page.get_by_role("heading", name=f"{day.isoformat()} 的配送方案")).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
