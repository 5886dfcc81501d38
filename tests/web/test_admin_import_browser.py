"""The import pages in real Chromium: a file chosen through the real file input, a broken
file's report, a check, an import, then the page in Chinese; axe-core on each (0 serious
or critical violations) and no request leaving the server. One browser session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web.test_admin_browser import _serious
from tests.web.test_admin_import import BROKEN, GOOD
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database


@pytest.fixture
def console_url(console_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    _require_browser()
    shops_of(console_db)
    # Search after an import: tests/web/test_admin_import.py; here the pages.
    monkeypatch.setattr("tradewinds.catalog.importing.index_products", lambda *_: 0)
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url


def test_upload_through_the_file_input_and_axe_on_the_import_pages(
    console_url: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    broken, good = tmp_path / "broken.csv", tmp_path / "good.csv"
    broken.write_text(BROKEN, newline="")
    good.write_text(GOOD, newline="")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=console_url, bypass_csp=True)
        page = context.new_page()
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((console_url, "data:"))
                else outside.append(r.url))  # fmt: skip
        violations: list[str] = []

        page.goto("/admin/import")
        page.get_by_label("Email").fill("manager@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Import products", level=1)).to_be_visible()
        violations += _serious(page)

        page.get_by_label("CSV file").set_input_files(str(broken))
        page.get_by_role("button", name="Import").click()
        expect(page.get_by_text("Nothing was imported: broken.csv has 2 problems.")).to_be_visible()
        report = page.get_by_role("table", name="Problems in broken.csv")
        expect(report.get_by_role("row")).to_have_count(3)
        expect(page.get_by_label("CSV file")).to_have_attribute("aria-invalid", "true")
        violations += _serious(page)

        page.get_by_label("CSV file").set_input_files(str(good))
        page.get_by_label("Check only").check()
        page.get_by_role("button", name="Import").click()
        expect(page.get_by_role("heading", name="Import of good.csv")).to_be_visible()
        expect(page.get_by_text("An import would create 1, update 1")).to_be_visible()
        violations += _serious(page)

        page.get_by_role("link", name="Import another file").click()
        page.get_by_label("CSV file").set_input_files(str(good))
        page.get_by_role("button", name="Import").click()
        expect(page.get_by_text("Imported: 1 created, 1 updated, 0 unchanged.")).to_be_visible()
        page.get_by_role("link", name="Go to the catalogue").click()
        expect(page.get_by_role("link", name="Blue Kite")).to_be_visible()

        page.get_by_role("navigation", name="Language").get_by_role("link", name="中文").click()
        page.get_by_role("navigation", name="商家后台").get_by_role("link", name="导入").click()
        expect(page.get_by_role("heading", name="导入商品", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_label("CSV 文件").set_input_files(str(broken))
        page.get_by_role("button", name="导入").click()
        expect(page.get_by_role("table", name="broken.csv 中的问题")).to_be_visible()
        violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
