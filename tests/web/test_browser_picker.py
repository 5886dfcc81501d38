"""The variant picker and the search box's suggestions in real Chromium, with JavaScript on
(axe-core on each state) and off. Server, browser and axe as in :mod:`tests.web.test_browser`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.test_browser import (  # noqa: F401  (fixtures)
    CHROMIUM,
    CHROMIUM_ARGS,
    _serious_violations,
    base_url,
    browser_page,
)
from tests.web.test_variant_picker import Shirt, add_shirt
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant, list_tenants


def _choice(scope: Any, value: str) -> Any:
    """The radio of one option value (its name may end in " · sold out")."""
    return scope.get_by_role("radio", name=re.compile(rf"^{value}( ·|$)"))


@pytest.fixture
def shirt(base_url: str, sqlite_db: Database) -> Shirt:  # noqa: F811
    acme = next(t for t in list_tenants(sqlite_db) if t.slug == "acme")
    return add_shirt(sqlite_db, acme, create_tenant(sqlite_db, "initech", currency="EUR"))


@pytest.fixture
def page_requests(browser_page: Any) -> Iterator[list[str]]:  # noqa: F811
    """Documents and fetches the page asks for, as ``"<type> <url>"``."""
    asked: list[str] = []
    browser_page.on(
        "request",
        lambda r: (
            asked.append(f"{r.resource_type} {r.url}")
            if r.resource_type in ("document", "fetch", "xhr")
            else None
        ),
    )
    yield asked


def test_picker_updates_the_offer_without_a_request(
    browser_page: Any,  # noqa: F811
    shirt: Shirt,
    page_requests: list[str],
) -> None:
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/products/trail-shirt")
    expect(page.get_by_text("$20.00", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Show this option")).to_be_hidden()
    assert _serious_violations(page) == []
    asked = len(page_requests)

    size = page.get_by_role("group", name="Size")
    _choice(size, "M").check()
    expect(page.get_by_text("$22.00", exact=True)).to_be_visible()
    expect(page.get_by_text("Only 2 left")).to_be_visible()
    expect(page.get_by_text("SKU: SH-M-RED")).to_be_visible()
    assert page.url.endswith(f"/products/trail-shirt?variant={shirt.m_red}")
    colour = page.get_by_role("group", name="Colour")
    expect(colour.get_by_role("radio", name="Blue · unavailable")).to_be_visible()  # no M/Blue

    _choice(colour, "Blue").check()
    expect(page.get_by_text("This combination is not available.")).to_be_visible()
    expect(page.get_by_role("button", name="Add to cart")).to_be_disabled()
    assert _serious_violations(page) == []

    _choice(size, "S").check()
    expect(page.get_by_text("Out of stock", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Add to cart")).to_be_disabled()
    _choice(colour, "Red").check()
    expect(page.get_by_text("$20.00", exact=True)).to_be_visible()
    assert page_requests[asked:] == []  # all of it from the page itself

    _choice(size, "M").check()
    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to cart").click()
    expect(page.get_by_role("heading", name="Your cart")).to_be_visible()
    expect(page.get_by_text("M / Red")).to_be_visible()
    expect(page.get_by_role("row", name="Subtotal $44.00")).to_be_visible()


def test_picker_works_without_javascript(base_url: str, shirt: Shirt) -> None:  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=base_url, java_script_enabled=False).new_page()
        page.goto("/products/trail-shirt")
        expect(page.get_by_role("listbox")).to_have_count(0)  # no suggestions without JS
        _choice(page, "Blue").check()
        page.get_by_role("button", name="Show this option").click()
        assert page.url.endswith(f"?variant={shirt.s_blue}")
        expect(page.get_by_text("Out of stock", exact=True)).to_be_visible()
        expect(page.get_by_role("button", name="Add to cart")).to_be_disabled()

        _choice(page, "M").check()
        _choice(page, "Red").check()
        page.get_by_role("button", name="Show this option").click()
        assert page.url.endswith(f"?variant={shirt.m_red}")
        expect(page.get_by_text("$22.00", exact=True)).to_be_visible()
        page.get_by_role("button", name="Add to cart").click()
        expect(page.get_by_text("M / Red")).to_be_visible()
        browser.close()


def test_suggestions_while_typing(browser_page: Any) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser_page
    page.goto("/")
    box = page.get_by_role("combobox", name="Search products")
    box.press_sequentially("ki", delay=30)
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    option = listbox.get_by_role("option", name="Red Kite")
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(box).to_have_attribute("aria-controls", "site-search-suggestions")
    assert _serious_violations(page) == []  # with the listbox open

    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    box.press("ArrowUp")  # back to the box itself
    expect(option).to_have_attribute("aria-selected", "false")
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("ArrowDown")  # reopens the same suggestions
    expect(option).to_be_visible()
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Red Kite")
    assert page.url.endswith("/products/red-kite")

    box = page.get_by_role("combobox", name="Search products")
    box.fill("tent")
    expect(page.get_by_role("option", name="Dome Tent")).to_be_visible()
    box.press("Enter")  # no suggestion chosen: the form searches
    expect(page.get_by_role("link", name="Dome Tent")).to_be_visible()
    assert "/search?q=tent" in page.url
