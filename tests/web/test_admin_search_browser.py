"""The search pages in real Chromium: a manager adds a synonym and a hide rule through the
forms, meets a field error, and sees the rule in the live preview; axe-core on every
search page (analytics, preview, synonyms, a synonym, rules with a field error, a rule,
ranker) and on the analytics in Chinese. One browser session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.search import SearchRequest, search_products
from tradewinds.store import Database


@pytest.fixture
def console_url(console_db: Database) -> Iterator[str]:
    _require_browser()
    shops = shops_of(console_db)
    settings = load_settings(default_tenant="acme")
    # The shop's first search builds its index and loads MiniLM: here, not in a click.
    search_products(console_db, shops.acme, SearchRequest("kite", log=False), settings)
    with serve(create_app(settings, console_db)) as url:
        yield url


def test_tune_search_and_axe_on_every_search_page(console_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=console_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((console_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/login?next=/admin/search")
        page.get_by_label("Email").fill("manager@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Search analytics", level=1)).to_be_visible()
        violations += _serious(page)

        tabs = page.get_by_role("navigation", name="Search tuning")
        tabs.get_by_role("link", name="Synonyms").click()
        page.get_by_label("One-way: the terms also find the targets").check()
        page.get_by_label("Terms", exact=True).fill("zorblat")
        page.get_by_label("Targets (one-way rules only)").fill("kite")
        page.get_by_role("button", name="Add synonym").click()
        expect(page.get_by_role("status")).to_have_text("Synonym added; searches use it now.")
        violations += _serious(page)
        page.get_by_role("link", name="zorblat").click()
        expect(page.get_by_role("heading", name="Edit synonym")).to_be_visible()
        violations += _serious(page)

        tabs.get_by_role("link", name="Merchandising rules").click()
        page.get_by_label("Action").select_option("hide")
        page.get_by_label("Product handle or id").fill("no-such-kite")
        page.get_by_role("button", name="Add rule").click()
        expect(page.get_by_text("No product of this shop has this handle or id.")).to_be_visible()
        violations += _serious(page)  # the form with a field error
        page.get_by_label("Product handle or id").fill("red-kite")
        page.get_by_label("Only for searches containing these words (empty: every search)").fill(
            "kite"
        )
        page.get_by_role("button", name="Add rule").click()
        expect(page.get_by_role("status")).to_have_text("Rule added; searches use it now.")
        page.get_by_role("link", name="Hide Red Kite").click()
        expect(page.get_by_role("heading", name="Edit rule")).to_be_visible()
        violations += _serious(page)

        tabs.get_by_role("link", name="Live preview").click()
        page.get_by_role("searchbox", name="Search the storefront for").fill("kite")
        page.get_by_role("button", name="Preview").click()
        expect(page.get_by_role("heading", name="Hidden by a rule")).to_be_visible()
        expect(page.get_by_text("Red Kite — Hidden: Hide Red Kite")).to_be_visible()
        violations += _serious(page)

        tabs.get_by_role("link", name="Learned ranker").click()
        expect(page.get_by_text("No learned ranker", exact=False)).to_be_visible()
        violations += _serious(page)

        page.goto("/admin/search?lang=zh")
        expect(page.get_by_role("heading", name="搜索分析", level=1)).to_be_visible()
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
