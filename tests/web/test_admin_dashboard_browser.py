"""The dashboard in real Chromium: sign in, read the figures, choose a preset, get a field
error from a backwards range, read the chart's table; axe-core on each state and once in
Chinese (0 serious or critical violations), no request leaving the server. One session."""

from __future__ import annotations

from tests.web._console import PASSWORD
from tests.web.test_admin_browser import _serious, console_url  # noqa: F401 (the fixture)
from tests.web.test_admin_dashboard import _acme_sales
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS
from tradewinds.store import Database


def test_the_dashboard_in_a_browser(console_db: Database, console_url: str) -> None:  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    _acme_sales(console_db)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=console_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((console_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        page.goto("/admin")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible()
        expect(page.get_by_text("$404.98").first).to_be_visible()
        expect(page.get_by_role("img", name="Net revenue")).to_be_visible()
        violations = _serious(page)

        page.get_by_label("Period").select_option(label="Last 7 days")
        page.get_by_role("button", name="Show").click()
        expect(page.get_by_label("Period")).to_have_value("7")
        page.get_by_text("The chart's figures as a table").click()
        expect(page.get_by_role("table", name="Revenue and orders by day")).to_be_visible()
        violations += _serious(page)

        page.get_by_label("Period").select_option(value="custom")
        page.get_by_label("From", exact=True).fill("2026-12-05")
        page.get_by_label("To", exact=True).fill("2026-12-01")
        page.get_by_role("button", name="Show").click()
        expect(page.get_by_text("The end date must be on or after the start date.")).to_be_visible()
        expect(page.get_by_label("To", exact=True)).to_have_attribute("aria-invalid", "true")
        violations += _serious(page)

        page.goto("/admin?lang=zh")
        expect(page.get_by_role("heading", name="仪表板", level=1)).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
