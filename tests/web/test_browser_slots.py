"""Recommendation slots in real Chromium: "Recommended for you" follows what the shopper
just viewed (no retraining in between), and axe-core finds no serious or critical
violation on the home, product and cart pages with their slots.

Same set-up as ``test_browser.py`` (Debian's chromium, axe-core from ``tests/web/node``);
skipped locally, saying why, when either is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests._server import serve
from tests.recommend._outfitters import seed_outfitters
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser, _serious_violations
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.recommend import forget_models
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def outfitters_url(sqlite_db: Database) -> Iterator[str]:
    _require_browser()
    forget_models()
    acme = create_tenant(sqlite_db, "acme", name="Acme Outfitters")
    seed_outfitters(sqlite_db, acme.id)
    app = create_app(load_settings(default_tenant="acme"), sqlite_db)
    with serve(app) as url:
        yield url
    forget_models()


def test_for_you_follows_a_view_with_axe(outfitters_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=outfitters_url, bypass_csp=True)
        page: Any = context.new_page()
        outside: list[str] = []
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith((outfitters_url, "data:")) else outside.append(r.url)
            ),
        )

        page.goto("/")
        for_you = page.get_by_role("region", name="Recommended for you")
        expect(for_you.get_by_role("listitem").first).to_be_visible()
        expect(for_you.get_by_text("Because you viewed")).to_have_count(0)
        assert _serious_violations(page) == []

        page.goto("/products/dome-tent")
        together = page.get_by_role("region", name="Bought together")
        expect(together.get_by_role("link", name="Down Sleeping Bag")).to_be_visible()
        expect(page.get_by_role("region", name="Similar products")).to_be_visible()
        assert _serious_violations(page) == []

        page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Home").click()
        for_you = page.get_by_role("region", name="Recommended for you")
        expect(for_you.get_by_text("Because you viewed Dome Tent").first).to_be_visible()

        page.goto("/products/dome-tent")
        page.get_by_role("button", name="Add to cart").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Your cart")
        complete = page.get_by_role("region", name="Complete the set")
        expect(complete.get_by_role("link", name="Down Sleeping Bag")).to_be_visible()
        assert _serious_violations(page) == []

        complete.get_by_role("link", name="Down Sleeping Bag").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Down Sleeping Bag")
        browser.close()
        assert outside == [], f"requests left the server: {outside}"
