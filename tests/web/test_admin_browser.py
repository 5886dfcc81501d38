"""The console in real Chromium: sign in, find a product, change its price, see it on the
storefront; axe-core on every console page (sign-in, catalogue, product with and without
field errors, staff, audit, a 404), then the catalogue in Chinese. One browser session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web.test_browser import AXE, CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def console_url(console_db: Database) -> Iterator[str]:
    _require_browser()
    shops_of(console_db)
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def _serious(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [
        f"{page.url} {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_sign_in_edit_a_price_and_axe_on_every_console_page(console_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=console_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((console_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/products")  # not signed in: the sign-in page, then back here
        expect(page.get_by_role("heading", name="Sign in to the console")).to_be_visible()
        violations += _serious(page)
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Catalogue")).to_be_visible()
        assert page.url.endswith("/admin/products")
        violations += _serious(page)

        page.get_by_role("searchbox", name="Search products").fill("kite")
        page.get_by_role("button", name="Filter").click()
        expect(page.get_by_role("status")).to_have_text("1 product")
        page.get_by_role("link", name="Red Kite").click()
        expect(page.get_by_role("heading", name="Red Kite", level=1)).to_be_visible()
        violations += _serious(page)

        variant = page.get_by_role("group", name="Variant RED-KITE-1")
        variant.get_by_label("Stock").fill("-1")
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_text("This cannot be negative.")).to_be_visible()
        violations += _serious(page)  # the form with a field error
        variant.get_by_label("Stock").fill("5")
        variant.get_by_label("Price", exact=True).fill("12.34")
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Saved.")
        page.get_by_role("link", name="View on the storefront").click()
        expect(page.get_by_text("$12.34", exact=True)).to_be_visible()

        for path, heading in (("/admin/staff", "Staff"), ("/admin/audit", "Audit"),
                              ("/admin/products/999999", "Page not found")):  # fmt: skip
            page.goto(path)
            expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
            violations += _serious(page)
        expect(page.get_by_role("navigation", name="Console")).to_be_visible()

        page.goto("/admin/audit")
        expect(page.get_by_text("RED-KITE-1 price").first).to_be_visible()
        page.get_by_role("navigation", name="Language").get_by_role("link", name="中文").click()
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        page.get_by_role("navigation", name="商家后台").get_by_role("link", name="商品目录").click()
        expect(page.get_by_role("heading", name="商品目录")).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
