"""The AI tools pages in real Chromium, one browser session: generate a product's copy
from the product page, read the draft (diff, findings), an edit with a field error, then
approve and publish it, the versions and the revert step, a blocked draft, the queue
filtered and the settings; axe-core on each page, then the queue and a draft in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.merchant._review import CONTRADICTING, add_kettle
from tests.web._console import PASSWORD, shops_of
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.merchant import create_draft
from tradewinds.store import Database, tenant_session


@pytest.fixture
def ai_url(console_db: Database) -> Iterator[tuple[str, int]]:
    _require_browser()
    shops = shops_of(console_db)
    add_kettle(console_db, shops.acme.id)
    with tenant_session(console_db, shops.acme.id) as session:
        blocked = create_draft(session, "pour-kettle", CONTRADICTING).id
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url, blocked


def test_ai_tools_pages_pass_axe_in_english_and_chinese(ai_url: tuple[str, int]) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, blocked = ai_url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=url, bypass_csp=True).new_page()
        outside: list[str] = []
        page.on(
            "request", lambda r: None if r.url.startswith((url, "data:")) else outside.append(r.url)
        )
        violations: list[str] = []

        page.goto("/admin/products?q=kettle")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("link", name="Pour-Over Kettle").click()
        page.get_by_role("button", name="Generate copy").click()
        expect(page.get_by_role("status")).to_have_text(
            "Copy generated and stored as a pending draft."
        )
        expect(page.get_by_role("heading", name="Draft against the live copy")).to_be_visible()
        violations += _serious(page)

        page.get_by_label("SEO title").fill("x" * 61)
        page.get_by_role("button", name="Save and check").click()
        expect(page.get_by_label("SEO title")).to_have_attribute("aria-invalid", "true")
        violations += _serious(page)
        page.get_by_label("SEO title").fill("Pour-Over Kettle 2.5 L")
        page.get_by_role("button", name="Save and check").click()
        expect(page.get_by_role("status")).to_contain_text("Draft edited")
        page.get_by_role("button", name="Approve").click()
        expect(page.get_by_role("status")).to_have_text("Draft approved.")
        page.get_by_role("button", name="Publish").click()
        expect(page.get_by_role("status")).to_have_text("Published: shoppers now see this copy.")
        violations += _serious(page)

        page.get_by_role("link", name="Published versions").first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Published versions of pour-kettle"
        )
        violations += _serious(page)
        page.get_by_role("link", name="Restore version 1 (English)").click()
        violations += _serious(page)
        page.get_by_role("button", name="Restore version 1").click()
        expect(page.get_by_role("status")).to_contain_text("Restored")

        page.goto(f"/admin/ai/drafts/{blocked}")
        expect(page.get_by_role("table", name="What the copy says against the product's facts"))
        violations += _serious(page)
        page.get_by_role("button", name="Approve").click()
        expect(page.get_by_role("alert")).to_contain_text("cannot be approved")
        violations += _serious(page)
        page.get_by_label("Reason").fill("Copper is wrong")
        page.get_by_role("button", name="Reject").click()
        expect(page.get_by_role("status")).to_have_text("Draft rejected.")

        page.goto("/admin/ai")
        page.get_by_label("Status").select_option("rejected")
        page.get_by_role("button", name="Filter").click()
        expect(page.get_by_role("link", name=f"Draft {blocked}")).to_be_visible()
        page.get_by_role("button", name="Generate copy").click()  # no handle, English checked
        expect(page.get_by_label("Product handle")).to_have_attribute("aria-invalid", "true")
        violations += _serious(page)
        page.goto("/admin/ai/settings")
        page.get_by_label("Near-duplicate of another product").check()
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Saved.")
        violations += _serious(page)

        for path, heading in (
            ("/admin/ai?lang=zh", "商品文案草稿"),
            (f"/admin/ai/drafts/{blocked}", f"草稿 {blocked}"),
        ):
            page.goto(path)
            assert page.locator("html").get_attribute("lang") == "zh-Hans"
            expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
            violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
