"""The marketing pages in real Chromium, one browser session: a segment form with a field
error then created, its page with members, a campaign written with A/B variants, its page
with the message previews, the send confirmation and the delete step, axe-core on each;
then the segments page in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web._marketing import seed_marketing
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def marketing_url(console_db: Database) -> Iterator[str]:
    _require_browser()
    seed_marketing(console_db, shops_of(console_db))
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def test_marketing_pages_pass_axe_in_english_and_chinese(marketing_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    url = marketing_url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=url, bypass_csp=True).new_page()
        outside: list[str] = []
        page.on(
            "request", lambda r: None if r.url.startswith((url, "data:")) else outside.append(r.url)
        )
        violations: list[str] = []

        page.goto("/admin/marketing")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Segments", level=1)).to_be_visible()
        violations += _serious(page)

        page.get_by_role("link", name="New segment").click()
        page.get_by_label("Name", exact=True).fill("lapsed-2")
        page.get_by_label("Kind", exact=True).select_option("lapsed")
        page.get_by_label("Days (lapsed", exact=False).fill("0")
        page.get_by_role("button", name="Create segment").click()
        expect(page.get_by_text("Enter a whole number of days from 1 to 3650")).to_be_visible()
        violations += _serious(page)  # the form with a field error
        page.get_by_label("Days (lapsed", exact=False).fill("2")
        page.get_by_role("button", name="Create segment").click()
        expect(page.get_by_role("heading", name="Segment lapsed-2")).to_be_visible()
        expect(page.get_by_role("cell", name="ann@example.test")).to_be_visible()
        violations += _serious(page)

        page.get_by_role("link", name="New campaign for this segment").click()
        page.get_by_label("Name", exact=True).fill("come-back")
        page.get_by_label("Share of variant B").fill("1")
        violations += _serious(page)
        page.get_by_role("button", name="Write and check the campaign").click()
        expect(page.get_by_role("heading", name="Campaign come-back")).to_be_visible()
        expect(page.get_by_role("heading", name="Variant B, zh")).to_be_visible()
        violations += _serious(page)
        page.get_by_role("link", name="Send by email…").click()
        expect(page.get_by_text("Sending by email is off for this shop.")).to_be_visible()
        violations += _serious(page)
        page.goto("/admin/marketing/campaigns")
        violations += _serious(page)
        page.goto("/admin/marketing/campaigns/come-back/delete")
        violations += _serious(page)
        page.get_by_role("button", name="Delete").click()
        expect(page.get_by_role("status")).to_have_text("Campaign deleted.")

        page.goto("/admin/marketing/segments?lang=zh")
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        expect(page.get_by_role("heading", name="客户分群", level=1)).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
