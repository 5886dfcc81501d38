"""The forecast and replenishment pages in real Chromium: start a run, watch the page reload
itself (no script) until it is done, open a SKU's chart; axe-core on every one of these
pages (with a field error too), then in Chinese. One browser session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web._demand import seed_demand
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def forecast_url(console_db: Database) -> Iterator[str]:
    _require_browser()
    seed_demand(console_db, shops_of(console_db).acme.id)
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def test_start_a_run_watch_it_and_axe_on_the_forecast_pages(forecast_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=forecast_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((forecast_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/forecasts")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Forecasts", level=1)).to_be_visible()
        violations += _serious(page)

        page.get_by_label("Horizon (periods ahead)").fill("0")
        page.get_by_role("button", name="Start forecast run").click()
        expect(page.get_by_text("Enter a whole number from 1 to 730.")).to_be_visible()
        violations += _serious(page)  # the form with a field error
        page.get_by_label("Horizon (periods ahead)").fill("14")
        page.get_by_role("button", name="Start forecast run").click()
        expect(page.get_by_role("heading", name="Forecast run", level=1)).to_be_visible()
        # The page reloads itself (an HTTP Refresh) until the run is done.
        expect(page.get_by_role("status")).to_have_text("Done", timeout=120_000)
        violations += _serious(page)

        page.get_by_role("link", name="DOME-TENT-1").click()
        chart = page.get_by_role("img", name="Demand forecast for DOME-TENT-1")
        expect(chart).to_be_visible()
        violations += _serious(page)

        nav = page.get_by_role("navigation", name="Console")
        nav.get_by_role("link", name="Replenishment").click()
        expect(page.get_by_role("heading", name="Replenishment", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_label("Service level").fill("2")
        page.get_by_role("button", name="Show").click()
        expect(page.get_by_text("Enter a number between 0 and 1, such as 0.95.")).to_be_visible()
        violations += _serious(page)

        page.goto("/admin/forecasts/insights")
        expect(page.get_by_role("heading", name="Insight report")).to_be_visible()
        violations += _serious(page)

        page.goto("/admin/forecasts?lang=zh")
        expect(page.get_by_role("heading", name="预测", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_role("link", name="运行").first.click()
        page.get_by_role("link", name="DOME-TENT-1").click()
        expect(page.get_by_role("img", name="DOME-TENT-1 的需求预测")).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
