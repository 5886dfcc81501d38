"""The gateway and compliance pages in real Chromium, one browser session: create a key
(its secret shown once), axe-core on every page (keys, a key, the revoke step, budgets,
usage, the AI audit log and a record, complaints and one, the blocklist with a field
error, a label check), then the keys and complaints pages in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._server import serve
from tests.web._console import PASSWORD, shops_of
from tests.web.test_admin_browser import _serious
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser
from tradewinds.api import create_app
from tradewinds.compliance import ModerationVerdict, file_complaint, record_generation
from tradewinds.core.settings import load_settings
from tradewinds.gateway import UsageEvent, create_key, record_usage
from tradewinds.store import Database


@pytest.fixture
def ops_url(console_db: Database) -> Iterator[tuple[str, str, int]]:
    _require_browser()
    shops = shops_of(console_db)
    key = create_key(console_db, shops.acme.id, name="Existing bot", rpm=60).key
    record_usage(
        console_db,
        UsageEvent(
            shops.acme.id, key.id, "api", "chat", "chat", prompt_tokens=120, completion_tokens=80
        ),
    )
    verdict = ModerationVerdict(
        action="flag",
        flagged=("violence",),
        categories={"violence": 0.6},
        reason="flagged: violence 0.60 (>= 0.50, below block 0.80)",
    )
    content_id = record_generation(
        console_db,
        shops.acme.id,
        key_id=key.id,
        model="chat",
        input_text="best knife for deboning",
        output_text="",
        verdict=verdict,
        label=None,
    )
    complaint = file_complaint(
        console_db, shops.acme.id, content_id=content_id, reason="A kitchen question"
    )
    with serve(create_app(load_settings(default_tenant="acme"), console_db)) as url:
        yield url, content_id, complaint["id"]


def test_gateway_and_compliance_pages_pass_axe_in_english_and_chinese(
    ops_url: tuple[str, str, int],
) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, content_id, complaint_id = ops_url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(base_url=url, bypass_csp=True).new_page()
        outside: list[str] = []
        page.on(
            "request", lambda r: None if r.url.startswith((url, "data:")) else outside.append(r.url)
        )
        violations: list[str] = []

        page.goto("/admin/keys")
        page.get_by_label("Email").fill("owner@acme.test")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="API keys", level=1)).to_be_visible()
        violations += _serious(page)
        page.get_by_label("Name").fill("Browser bot")
        page.get_by_role("button", name="Create key").click()
        secret = page.get_by_label("API key Browser bot").input_value()
        assert secret.startswith("tw-") and len(secret) == 46
        violations += _serious(page)  # the page with the secret
        page.get_by_role("link", name="Existing bot").click()
        expect(page.get_by_role("heading", name="Existing bot")).to_be_visible()
        violations += _serious(page)
        page.get_by_role("link", name="Revoke this key…").click()
        violations += _serious(page)
        page.get_by_role("button", name="Revoke the key").click()
        expect(page.get_by_role("status")).to_have_text("Key revoked: it no longer works.")
        assert secret not in page.content()

        for path, heading in (
            ("/admin/budgets", "Budgets"),
            ("/admin/usage", "Usage"),
            ("/admin/compliance/audit", "AI audit log"),
            (f"/admin/compliance/audit/{content_id}", "Audit record"),
            ("/admin/compliance/complaints", "Complaints and appeals"),
            (f"/admin/compliance/complaints/{complaint_id}", f"Complaint {complaint_id}"),
        ):
            page.goto(path)
            expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
            violations += _serious(page)

        page.goto("/admin/compliance/blocklist")
        page.get_by_label("Kind").select_option("regex")
        page.get_by_label("Keyword or pattern").fill("v[i1agra")
        page.get_by_role("button", name="Add entry").click()
        expect(page.get_by_text("This is not a valid regular expression.")).to_be_visible()
        violations += _serious(page)
        page.goto("/admin/compliance/labels")
        page.get_by_label("Labelled text, header value or label JSON").fill("plain text")
        page.get_by_role("button", name="Verify").click()
        expect(page.get_by_role("heading", name="Not valid")).to_be_visible()
        violations += _serious(page)

        for path, heading in (
            ("/admin/keys?lang=zh", "API 密钥"),
            ("/admin/compliance/complaints", "投诉与申诉"),
        ):
            page.goto(path)
            assert page.locator("html").get_attribute("lang") == "zh-Hans"
            expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
            violations += _serious(page)
        browser.close()
    assert violations == []
    assert outside == [], f"requests left the server: {outside}"
