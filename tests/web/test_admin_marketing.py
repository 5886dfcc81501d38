"""The marketing pages: segments (list with sizes, the form with field errors, a segment's
members, masked for a role without customers, delete after confirming), campaigns (the
form, the message previews escaped, copy corrections checked again, exports refused while
blocked) and sending through a local SMTP server (aiosmtpd on 127.0.0.1), every change in
the console audit; another shop's segments and campaigns are 404."""

from __future__ import annotations

import io
import socket
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.web._console import HOSTS, HTML, Shops, console_client, csrf_of, shops_of, sign_in
from tests.web._marketing import seed_marketing
from tests.web.conftest import make_web_client
from tradewinds.marketing import get_campaign, list_campaigns, list_segments
from tradewinds.staff import PERMISSIONS, Permission, Role, list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Campaign
from tradewinds.web.admin.campaign_form import read_campaign_form, read_copy_form
from tradewinds.web.admin.segment_form import read_segment_form

controller_module = pytest.importorskip("aiosmtpd.controller")
SEGMENTS = "/admin/marketing/segments"
CAMPAIGNS = "/admin/marketing/campaigns"


@pytest.fixture
def shops(console_db: Database) -> Shops:
    shops = shops_of(console_db)
    seed_marketing(console_db, shops)
    return shops


def _client(db: Database, email: str, **marketing: Any) -> TestClient:
    if not marketing:
        return console_client(db)
    client = make_web_client(db, web={"hosts": HOSTS}, marketing=marketing)
    client.base_url = client.base_url.copy_with(host="acme.test")  # type: ignore[attr-defined]
    client.headers.update(HTML)
    return client


@pytest.fixture
def owner(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with _client(console_db, "owner@acme.test") as client:
        sign_in(client, "owner@acme.test")
        yield client


def _post(client: TestClient, path: str, form_page: str, data: dict[str, str]) -> Any:
    token = csrf_of(client.get(form_page).text)
    return client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)


def test_segment_form_reads_each_kind_and_names_its_fields() -> None:
    lapsed = read_segment_form({"name": "lapsed-90", "kind": "lapsed", "days": "90"})
    assert (lapsed.errors, lapsed.params) == ({}, {"days": 90, "min_orders": 1})
    rfm = read_segment_form({"name": "best", "kind": "rfm", "r_low": "4", "r_high": "5"})
    assert rfm.params == {"r": [4, 5], "f": [1, 5], "m": [1, 5]}
    affinity = read_segment_form({"name": "kites", "kind": "affinity", "category": "Toys",
                                  "min_share": "50", "measure": "views"})  # fmt: skip
    assert affinity.params == {"category": "Toys", "min_share": 0.5, "measure": "views"}
    bad = read_segment_form({"name": "Bad Name", "kind": "rfm", "r_low": "5", "r_high": "2"})
    assert bad.errors == {"name": "bad_name", "r": "score_range"}
    assert read_segment_form({"name": "x", "kind": "new", "days": "0"}).errors == {
        "days": "days_range"
    }
    assert read_segment_form({"name": "x", "kind": "affinity", "min_share": "150"}).errors == {
        "category": "required", "min_share": "share_range"}  # fmt: skip
    assert read_segment_form({"name": "x", "kind": "vip"}).errors == {"kind": "invalid_choice"}


def test_campaign_forms_read_variants_languages_and_copy() -> None:
    form = {"name": "spring", "segment": "best", "language_en": "on", "share_a": "3",
            "share_b": "1", "share_c": "", "picks": "2"}  # fmt: skip
    read = read_campaign_form(form, ["best"])
    assert (read.errors, read.languages, read.shares, read.picks) == (
        {}, ["en"], {"a": 3.0, "b": 1.0}, 2)  # fmt: skip
    bad = read_campaign_form({"name": "", "segment": "other", "share_a": "0", "picks": "9"}, [])
    assert bad.errors == {"name": "required", "segment": "no_segment", "languages": "no_language",
                          "share_a": "variant_share", "picks": "picks_range"}  # fmt: skip
    _parts, blocks, errors = read_copy_form({"subject": "Hi", "intro": " ", "block.kite": "x"},
                                           ["kite"])  # fmt: skip
    assert blocks == {"kite": "x"} and errors == {"intro": "text_length", "outro": "text_length"}


def test_segments_create_list_members_and_delete_audited(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    acme = shops.acme.id
    page = owner.get(SEGMENTS)
    assert page.status_code == 200 and "No segments yet." in page.text
    assert 'href="/admin/marketing/segments" aria-current="page"' in page.text  # nav
    # Bad input: messages at the fields, what was typed kept, nothing written.
    answer = _post(owner, SEGMENTS, "/admin/marketing/new-segment",
                   {"name": "Big Spenders!", "kind": "lapsed", "days": "abc"})  # fmt: skip
    assert answer.status_code == 422
    assert 'id="segment-name" name="name" value="Big Spenders!"' in answer.text
    assert 'aria-invalid="true" aria-describedby="segment-days-error"' in answer.text
    assert "Enter a whole number of days from 1 to 3650, such as 90." in answer.text
    assert "Use 1 to 100 lower-case letters" in answer.text
    assert list_segments(console_db, acme) == []
    everyone = {"name": "everyone", "kind": "rfm", "description": "<b>all</b> buyers"}
    answer = _post(owner, SEGMENTS, "/admin/marketing/new-segment", everyone)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{SEGMENTS}/everyone?done=created"
    page = owner.get(answer.headers["location"]).text
    assert "&lt;b&gt;all&lt;/b&gt; buyers" in page  # escaped
    assert "bob@example.test" in page and "chen@example.test" in page  # owners see customers
    assert page.index("bob@example.test") < page.index("ann@example.test")  # by revenue
    change = list_changes(console_db, acme).changes[0]
    assert (change.actor, change.action, change.subject_id) == (
        "owner@acme.test", "segment.create", "everyone")  # fmt: skip
    assert change.after["kind"] == "rfm" and change.before == {}
    listing = owner.get(SEGMENTS).text
    assert ">everyone</a>" in listing and "<td>3</td>" in listing and "<td>2</td>" in listing
    again = _post(
        owner, SEGMENTS, "/admin/marketing/new-segment", {"name": "everyone", "kind": "rfm"}
    )
    assert again.status_code == 422 and "A segment with this name exists already." in again.text
    # Delete: a confirmation step naming the campaigns that go with it, then the change.
    confirm = owner.get(f"{SEGMENTS}/everyone/delete")
    assert confirm.status_code == 200 and "Delete segment everyone" in confirm.text
    assert owner.post(f"{SEGMENTS}/everyone/delete", data={}).status_code == 403  # no CSRF
    gone = _post(owner, f"{SEGMENTS}/everyone/delete", f"{SEGMENTS}/everyone/delete", {})
    assert gone.status_code == 303 and list_segments(console_db, acme) == []
    change = list_changes(console_db, acme).changes[0]
    assert change.action == "segment.delete" and change.before["kind"] == "rfm"
    assert owner.get(f"{SEGMENTS}/everyone").status_code == 404
    zh = owner.get(f"{SEGMENTS}?lang=zh").text
    assert "客户分群" in zh and 'lang="zh-Hans"' in zh


def test_staff_draft_but_neither_export_nor_send_and_emails_are_masked_without_customers(
    console_db: Database, shops: Shops, monkeypatch: pytest.MonkeyPatch
) -> None:
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        answer = _post(clerk, SEGMENTS, "/admin/marketing/new-segment",
                       {"name": "all", "kind": "rfm"})  # fmt: skip
        assert answer.status_code == 303
        created = _post(clerk, CAMPAIGNS, "/admin/marketing/new-campaign",
                        {"name": "hello", "segment": "all", "language_en": "on",
                         "share_a": "1", "picks": "1"})  # fmt: skip
        assert created.status_code == 303, created.text
        page = clerk.get(f"{CAMPAIGNS}/hello").text
        assert "Recipients as CSV" not in page and "Send by email" not in page
        for path in ("/export.csv", "/export.zip", "/send"):
            assert clerk.get(f"{CAMPAIGNS}/hello{path}").status_code == 403
        # A role without customers sees masked addresses and no names.
        without = PERMISSIONS[Role.STAFF] - {Permission.VIEW_CUSTOMERS}
        monkeypatch.setitem(PERMISSIONS, Role.STAFF, without)
        members = clerk.get(f"{SEGMENTS}/all").text
        assert "a***@example.test" in members and "ann@example.test" not in members
        assert "Ann Tester" not in members and "/admin/customers/" not in members


def test_campaign_create_preview_correct_and_export(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    acme = shops.acme.id
    _post(owner, SEGMENTS, "/admin/marketing/new-segment", {"name": "buyers", "kind": "rfm"})
    bad = _post(owner, CAMPAIGNS, "/admin/marketing/new-campaign",
                {"name": "spring", "segment": "buyers", "share_a": "1", "picks": "0"})  # fmt: skip
    assert bad.status_code == 422 and "Choose at least one language." in bad.text
    assert "Enter a whole number of products from 1 to 6." in bad.text
    assert list_campaigns(console_db, acme) == []
    form = owner.get("/admin/marketing/new-campaign?segment=buyers").text
    assert "<option selected>buyers</option>" in form
    created = _post(owner, CAMPAIGNS, "/admin/marketing/new-campaign",
                    {"name": "spring", "segment": "buyers", "language_en": "on", "picks": "2",
                     "language_zh": "on", "share_a": "1", "share_b": "1"})  # fmt: skip
    assert created.status_code == 303
    campaign = get_campaign(console_db, acme, "spring")
    assert campaign.shares == {"a": 1.0, "b": 1.0} and campaign.verdict == "ok"
    page = owner.get(created.headers["location"]).text
    assert "Variant B, zh" in page and "Ready: it can be exported and sent." in page
    assert "AI-generated" not in page
    assert list_changes(console_db, acme).changes[0].action == "campaign.create"
    # A corrected subject with markup is shown escaped; the copy is checked again.
    part = campaign.part("a", "en")
    handle = part["blocks"][0]["handle"]
    blocks = {f"block.{b['handle']}": b["text"] for b in part["blocks"]}
    edit = {"variant": "a", "language": "en", "subject": "<script>x()</script> Kites!",
            "intro": part["intro"], "outro": part["outro"], **blocks,
            f"block.{handle}": "Made of solid gold, only $1."}  # fmt: skip
    answer = _post(owner, f"{CAMPAIGNS}/spring/copy", f"{CAMPAIGNS}/spring", edit)
    assert answer.status_code == 303
    page = owner.get(f"{CAMPAIGNS}/spring").text
    assert "&lt;script&gt;x()&lt;/script&gt; Kites!" in page and "<script>x()" not in page
    assert "Blocked: correct the copy below" in page and "price" in page
    change = list_changes(console_db, acme).changes[0]
    assert change.action == "campaign.edit" and change.after["verdict"] == "blocked"
    assert change.before["subject"] == part["subject"]
    refused = owner.get(f"{CAMPAIGNS}/spring/export.csv")
    assert refused.status_code == 409 and "blocked by the fact checker" in refused.text
    empty = _post(owner, f"{CAMPAIGNS}/spring/copy", f"{CAMPAIGNS}/spring", {**edit, "outro": ""})
    assert empty.status_code == 422 and "Enter 1 to 2000 characters." in empty.text
    # Corrected: exports list only customers who accept marketing.
    fixed = {**edit, **blocks}
    _post(owner, f"{CAMPAIGNS}/spring/copy", f"{CAMPAIGNS}/spring", fixed)
    csv_answer = owner.get(f"{CAMPAIGNS}/spring/export.csv")
    assert csv_answer.status_code == 200 and csv_answer.headers["content-type"].startswith(
        "text/csv"
    )
    assert "ann@example.test" in csv_answer.text and "bob@" not in csv_answer.text
    no_sender = owner.get(f"{CAMPAIGNS}/spring/export.zip")
    assert no_sender.status_code == 409 and "marketing.from_address" in no_sender.text
    # Copy written by a model carries the AI-generated label on its page.
    with tenant_session(console_db, acme) as session:
        session.execute(update(Campaign).values(written_by="model:chat"))
    assert "AI-generated" in owner.get(f"{CAMPAIGNS}/spring").text
    confirm = owner.get(f"{CAMPAIGNS}/spring/delete")
    assert confirm.status_code == 200
    _post(owner, f"{CAMPAIGNS}/spring/delete", f"{CAMPAIGNS}/spring/delete", {})
    assert list_campaigns(console_db, acme) == []
    assert list_changes(console_db, acme).changes[0].action == "campaign.delete"


class _Inbox:
    def __init__(self) -> None:
        self.recipients: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.recipients += list(envelope.rcpt_tos)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_send_confirms_reports_and_says_when_the_server_fails(
    console_db: Database, shops: Shops
) -> None:
    acme = shops.acme.id
    inbox, port = _Inbox(), _free_port()
    smtp = {"smtp_enabled": True, "smtp_port": port, "from_address": "shop@acme.test"}
    with _client(console_db, "owner@acme.test", **smtp) as owner:
        sign_in(owner, "owner@acme.test")
        _post(owner, SEGMENTS, "/admin/marketing/new-segment", {"name": "buyers", "kind": "rfm"})
        _post(owner, CAMPAIGNS, "/admin/marketing/new-campaign", {"name": "news",
              "segment": "buyers", "language_en": "on", "share_a": "1", "picks": "1"})  # fmt: skip
        confirm = owner.get(f"{CAMPAIGNS}/news/send").text
        assert "the 2 customers of segment buyers who accept marketing" in confirm
        # No server listening: the failure is shown, nothing is recorded as sent.
        failed = _post(owner, f"{CAMPAIGNS}/news/send", f"{CAMPAIGNS}/news/send", {})
        assert failed.status_code == 502 and "The mail server failed" in failed.text
        assert "accepted before it failed: 0." in failed.text
        assert list_changes(console_db, acme).changes[0].after["sent"] == 0
        controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            sent = _post(owner, f"{CAMPAIGNS}/news/send", f"{CAMPAIGNS}/news/send", {})
            assert sent.status_code == 303
            report = owner.get(sent.headers["location"]).text
            assert "Sent now: 2" in report and "Sent before (skipped): 0" in report
            again = _post(owner, f"{CAMPAIGNS}/news/send", f"{CAMPAIGNS}/news/send", {})
            assert "Sent now: 0" in owner.get(again.headers["location"]).text
            eml = owner.get(f"{CAMPAIGNS}/news/export.zip")
        finally:
            controller.stop()
    assert sorted(inbox.recipients) == ["ann@example.test", "chen@example.test"]  # not bob
    change = list_changes(console_db, acme).changes[1]
    assert (change.action, change.after) == (
        "campaign.send", {"sent": 2, "already_sent": 0, "refused": 0})  # fmt: skip
    names = zipfile.ZipFile(io.BytesIO(eml.content)).namelist()
    assert len(names) == 2 and all(n.startswith("news-") and "@" not in n for n in names)


def test_another_shops_segments_and_campaigns_are_404(shops: Shops, owner: TestClient) -> None:
    for path in (f"{SEGMENTS}/globex-vips", f"{SEGMENTS}/globex-vips/delete",
                 f"{CAMPAIGNS}/globex-news", f"{CAMPAIGNS}/globex-news/send",
                 f"{CAMPAIGNS}/globex-news/export.csv", f"{SEGMENTS}/..%2Fx"):  # fmt: skip
        assert owner.get(path).status_code == 404, path
    assert "globex-vips" not in owner.get(SEGMENTS).text
    assert "globex-news" not in owner.get(CAMPAIGNS).text
