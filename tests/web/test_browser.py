"""The storefront in real Chromium: pages a person uses, and axe-core on each of them.

Debian's ``/usr/bin/chromium`` driven by Playwright against a real uvicorn server on
127.0.0.1; axe-core comes from ``tests/web/node`` (``npm ci`` there). Locally the tests skip,
saying why, when either is missing; under CI (``CI`` set) a missing one is a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import time as dt_time
from pathlib import Path
from typing import Any

import pytest

from tests._server import serve
from tests.routing._fleet import add_depot, add_vehicle
from tests.web.conftest import seed_storefront
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def _missing() -> str:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    if not AXE.is_file():
        return f"{AXE} is missing (cd tests/web/node && npm ci)"
    return ""


def _require_browser() -> None:
    reason = _missing()
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {reason}")
    if reason:
        pytest.skip(reason)


@pytest.fixture
def base_url(sqlite_db: Database) -> Iterator[str]:
    _require_browser()
    acme = create_tenant(sqlite_db, "acme", name="Acme Outdoor")
    seed_storefront(sqlite_db, acme, create_tenant(sqlite_db, "globex", name="Globex"))
    # A fleet that delivers around the clock: checkout always offers delivery windows.
    depot = add_depot(sqlite_db, acme.id, "D1", opens=dt_time(0), closes=dt_time(23, 59))
    add_vehicle(sqlite_db, acme.id, depot, "V1", shift=(dt_time(0), dt_time(23, 59)))
    app = create_app(load_settings(default_tenant="acme"), sqlite_db)
    with serve(app) as url:
        yield url


@pytest.fixture
def browser_page(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        # Our CSP allows no inline script; axe is injected by the test, not by the page.
        context = browser.new_context(base_url=base_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on(
            "request",
            lambda r: None if r.url.startswith((base_url, "data:")) else outside.append(r.url),
        )
        yield page
        browser.close()
        assert outside == [], f"requests left the server: {outside}"


def _serious_violations(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [
        f"{v['id']} ({v['impact']}): {json.dumps([n['target'] for n in v['nodes']])}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_search_to_product_page_with_axe_on_every_page(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/")
    expect(page.get_by_role("heading", name="Welcome to Acme Outdoor")).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_role("combobox", name="Search products").fill("kite")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("status")).to_have_text("1 product found")
    assert _serious_violations(page) == []

    page.get_by_role("link", name="Red Kite").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Red Kite")
    expect(page.get_by_text("$19.99", exact=True)).to_be_visible()
    assert _serious_violations(page) == []

    page.goto("/products/no-such-thing")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    assert _serious_violations(page) == []


def test_chinese_pages_from_the_language_switch(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/products/dome-tent")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="中文").click()
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    expect(page.get_by_text("仅剩 1 件", exact=True)).to_be_visible()
    assert _serious_violations(page) == []
    page.get_by_role("combobox", name="搜索商品").fill("tent")
    page.get_by_role("button", name="搜索").click()
    expect(page.get_by_role("link", name="Dome Tent")).to_be_visible()
    assert _serious_violations(page) == []


def test_search_works_without_javascript(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=base_url, java_script_enabled=False).new_page()
        page.goto("/")
        page.get_by_role("searchbox").fill("tent")
        page.get_by_role("button", name="Search").click()
        page.get_by_role("combobox", name="Sort by").select_option("price_desc")
        page.get_by_role("button", name="Apply").click()
        assert "sort=price_desc" in page.url
        expect(page.get_by_role("link", name="Dome Tent")).to_be_visible()
        browser.close()


def test_add_to_cart_checkout_and_confirmation_with_axe(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/products/red-kite")
    expect(page.get_by_text("Order within")).to_be_visible()  # routing's earliest window
    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to cart").click()
    expect(page.get_by_role("heading", name="Your cart")).to_be_visible()
    expect(page.get_by_role("row", name="Subtotal $39.98")).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_role("link", name="Checkout").click()
    expect(page.get_by_role("heading", name="Checkout", level=1)).to_be_visible()
    windows = page.get_by_role("group", name="Delivery window")
    expect(windows.get_by_role("radio").first).to_be_checked()  # the earliest by default
    expect(page.get_by_role("radio", name="Pay on delivery")).to_be_checked()
    assert _serious_violations(page) == []
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_label("Full name").fill("Ann Lee")
    page.get_by_label("Address").fill("1 Main St")
    page.get_by_label("City").fill("Springfield")
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_text("Enter an email address such as name@example.com.")).to_be_visible()
    expect(page.get_by_label("City")).to_have_value("Springfield")
    assert _serious_violations(page) == []  # the page with field errors too

    page.get_by_label("Email").fill("ann@example.com")
    page.get_by_label("Postal code").fill("12345")
    second = windows.get_by_role("radio").nth(1)
    second.check()
    chosen = windows.locator("label").nth(1).inner_text()
    page.get_by_role("radio", name="Pay on delivery").check()
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_role("heading", name="Thank you for your order")).to_be_visible()
    expect(page.get_by_text("Your order number is #1001.")).to_be_visible()
    expect(page.get_by_text(f"Delivery: {chosen}")).to_be_visible()
    expect(page.get_by_text("Payment: pay on delivery.")).to_be_visible()
    assert _serious_violations(page) == []


def test_cart_and_checkout_work_without_javascript(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=base_url, java_script_enabled=False).new_page()
        page.goto("/products/dome-tent")
        page.get_by_role("button", name="Add to cart").click()
        page.get_by_label("Quantity of Dome Tent").fill("1")
        page.get_by_role("button", name="Update").click()
        page.get_by_role("link", name="Checkout").click()
        for label, value in (("Email", "bo@example.com"), ("Full name", "Bo Chen"),
                             ("Address", "2 Side St"), ("City", "Shanghai"),
                             ("Postal code", "200000"), ("Country code", "CN")):  # fmt: skip
            page.get_by_label(label).fill(value)
        windows = page.get_by_role("group", name="Delivery window")
        windows.get_by_role("radio").last.check()
        chosen = windows.locator("label").last.inner_text()
        page.get_by_role("button", name="Place order").click()
        expect(page.get_by_text("Your order number is #1001.")).to_be_visible()
        expect(page.get_by_text(f"Delivery: {chosen}")).to_be_visible()
        browser.close()


def test_assistant_streams_answers_with_axe(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.goto("/assistant")
    expect(page.get_by_role("heading", name="Shopping assistant")).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_label("Message").fill("kite")
    page.get_by_role("button", name="Send").click()
    log = page.get_by_role("log")
    # The first answer may load the search's embedding model: give it time.
    expect(log.get_by_role("link", name="Red Kite").first).to_be_visible(timeout=60_000)
    expect(log.get_by_text("AI-generated")).to_be_visible()
    expect(log.get_by_role("link", name="Source 1")).to_be_visible()
    assert page.url.endswith("/assistant")  # streamed in place, not a page load
    assert [url.removeprefix(page.url.removesuffix("/assistant")) for url in posts] == [
        "/assistant/stream"
    ]
    assert _serious_violations(page) == []

    page.get_by_label("Message").fill("is it in stock?")
    page.get_by_role("button", name="Send").click()
    expect(log.get_by_text("has 5 in stock")).to_be_visible()
    page.reload()  # the conversation is the browser's, rendered by the server too
    expect(page.get_by_role("log").get_by_text("is it in stock?")).to_be_visible()


def test_assistant_panel_on_a_product_page(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/products/dome-tent")
    page.get_by_text("Ask our assistant").click()
    page.get_by_label("Message").fill("how much is the dome tent?")
    page.get_by_role("button", name="Send").click()
    panel = page.get_by_role("complementary")
    expect(panel.get_by_role("link", name="Dome Tent").first).to_be_visible(timeout=60_000)
    expect(panel.get_by_text("AI-generated")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dome Tent")  # still here
    assert _serious_violations(page) == []


def test_assistant_works_without_javascript(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=base_url, java_script_enabled=False).new_page()
        page.goto("/")
        page.get_by_text("Ask our assistant").click()
        page.get_by_label("Message").fill("kite")
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_role("heading", name="Shopping assistant")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("log").get_by_role("link", name="Red Kite").first).to_be_visible()
        page.get_by_label("Message").fill("is it in stock?")
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_text("has 5 in stock")).to_be_visible()
        browser.close()


def test_sign_up_sign_in_order_and_my_orders_with_axe(browser_page: Any) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/products/red-kite")
    page.get_by_role("button", name="Add to cart").click()  # a guest cart, kept at sign-up
    page.get_by_role("banner").get_by_role("link", name="Sign in").click()
    expect(page.get_by_role("heading", name="Sign in", level=1)).to_be_visible()
    assert _serious_violations(page) == []
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Full name").fill("Ann Lee")
    page.get_by_label("Email").fill("ann@example.com")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Use at least 8 characters.")).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value("ann@example.com")
    assert _serious_violations(page) == []  # the form with a field error
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", name="Your account")).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("banner").get_by_role("link", name="Sign in").click()
    page.get_by_label("Email").fill("ann@example.com")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("The email or password is wrong.")
    assert _serious_violations(page) == []
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Signed in as ann@example.com.")).to_be_visible()

    page.get_by_role("link", name="Your addresses").click()
    page.get_by_label("Full name").fill("Ann Lee")
    page.get_by_label("Address", exact=True).fill("7 Elm St")
    page.get_by_label("City").fill("Portland")
    page.get_by_label("Postal code").fill("97201")
    page.get_by_role("button", name="Save address").click()
    expect(page.get_by_text("Default address", exact=True)).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_role("banner").get_by_role("link", name="Cart").click()
    expect(page.get_by_role("row", name="Subtotal $19.99")).to_be_visible()
    page.get_by_role("link", name="Checkout").click()
    expect(page.get_by_label("City")).to_have_value("Portland")  # the default address
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_text("Your order number is #1001.")).to_be_visible()

    page.get_by_role("banner").get_by_role("link", name="Account").click()
    page.get_by_role("link", name="#1001").click()
    expect(page.get_by_role("heading", name="Order #1001")).to_be_visible()
    expect(page.get_by_text("Status: Received")).to_be_visible()
    expect(page.get_by_text("Delivery: ")).to_be_visible()  # the window chosen at checkout
    assert _serious_violations(page) == []


def test_accounts_work_without_javascript(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=base_url, java_script_enabled=False).new_page()
        page.goto("/account/sign-up")
        page.get_by_label("Full name").fill("Bo Chen")
        page.get_by_label("Email").fill("bo@example.com")
        page.get_by_label("Password").fill("another good password")
        page.get_by_role("button", name="Sign up").click()
        expect(page.get_by_text("Signed in as bo@example.com.")).to_be_visible()
        page.get_by_role("button", name="Sign out").click()
        expect(page.get_by_role("banner").get_by_role("link", name="Sign in")).to_be_visible()
        browser.close()
