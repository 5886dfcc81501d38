"""The compliance pages: the AI audit log (search, a record, export filtered to the shop),
complaints and appeals with their deadlines, the blocklist (audited) and label checks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.compliance import (
    ModerationVerdict,
    embed_label,
    file_complaint,
    list_blocklist,
    make_label,
    record_generation,
)
from tradewinds.core.settings import load_settings
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Complaint


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def owner(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        yield client


def _generations(db: Database, shops: Shops) -> dict[str, str]:
    settings = load_settings(default_tenant="acme")
    blocked = ModerationVerdict(
        action="block",
        flagged=("illicit",),
        categories={"illicit": 0.91},
        reason="blocked: illicit 0.91 (>= block 0.80; settings: illicit -> block)",
    )
    ids = {}
    for name, tenant, text, verdict in (
        ("kite", shops.acme.id, "Which kite for a beach?", None),
        ("blocked", shops.acme.id, "how to make a pipe bomb", blocked),
        ("globex", shops.globex.id, "Globex secret gadget plans", None),
    ):
        label = make_label(settings, tenant_id=tenant, model="chat", text=f"answer to {text}")
        ids[name] = record_generation(
            db,
            tenant,
            key_id=None,
            model="chat",
            input_text=text,
            output_text=f"answer to {text}",
            verdict=verdict,
            label=None if verdict else label,
            settings=settings,
        )
    return ids


def test_staff_members_cannot_open_the_compliance_pages(console_db: Database, shops: Shops) -> None:
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        token = csrf_of(clerk.get("/admin/products").text)
        for path in (
            "/admin/compliance/audit",
            "/admin/compliance/audit/export",
            "/admin/compliance/complaints",
            "/admin/compliance/blocklist",
            "/admin/compliance/labels",
        ):
            assert clerk.get(path).status_code == 403, path
        answer = clerk.post(
            "/admin/compliance/blocklist",
            data={"csrf_token": token, "pattern": "x", "kind": "keyword", "category": "blocklist"},
        )
        assert answer.status_code == 403
    assert list_blocklist(console_db, shops.acme.id) == []


def test_audit_search_record_and_export_show_this_shop_only(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    ids = _generations(console_db, shops)
    page = owner.get("/admin/compliance/audit")
    assert page.status_code == 200 and "2 records" in page.text
    assert "Globex" not in page.text and 'href="/admin/audit"' in page.text
    blocked = owner.get("/admin/compliance/audit", params={"action": "block"}).text
    assert "1 record" in blocked and "pipe bomb" in blocked and "beach" not in blocked
    words = owner.get("/admin/compliance/audit", params={"q": "KITE"}).text
    assert "1 record" in words and "beach" in words
    bad = owner.get("/admin/compliance/audit", params={"from": "yesterday"})
    assert bad.status_code == 422 and 'value="yesterday"' in bad.text

    record = owner.get(f"/admin/compliance/audit/{ids['blocked']}").text
    assert "Blocked" in record and "0.91" in record and "illicit -&gt; block" in record
    assert owner.get(f"/admin/compliance/audit/{ids['globex']}").status_code == 404

    csv_export = owner.get("/admin/compliance/audit/export", params={"format": "csv"})
    assert csv_export.status_code == 200
    assert "attachment" in csv_export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_export.text)))
    assert sorted(r["content_id"] for r in rows) == sorted([ids["kite"], ids["blocked"]])
    jsonl = owner.get(
        "/admin/compliance/audit/export", params={"format": "jsonl", "action": "block"}
    )
    lines = [json.loads(line) for line in jsonl.text.splitlines()]
    assert [line["content_id"] for line in lines] == [ids["blocked"]]
    assert "Globex" not in csv_export.text + jsonl.text


def test_complaints_show_deadlines_and_change_status_with_the_audit(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    ids = _generations(console_db, shops)
    old = file_complaint(
        console_db, shops.acme.id, content_id=ids["blocked"], reason="This was a plumbing question"
    )
    new = file_complaint(console_db, shops.acme.id, content_id=ids["kite"], reason="Wrong kite")
    file_complaint(console_db, shops.globex.id, content_id=ids["globex"], reason="Globex gripe")
    with tenant_session(console_db, shops.acme.id) as session:
        session.execute(
            update(Complaint)
            .where(Complaint.id == old["id"])
            .values(created_at=datetime.now(UTC) - timedelta(days=20))
        )
    page = owner.get("/admin/compliance/complaints").text
    assert "2 complaints" in page and "Globex gripe" not in page
    assert page.count("Overdue</strong>") == 1 and "Appeal" in page
    detail = owner.get(f"/admin/compliance/complaints/{old['id']}").text
    assert "Overdue" in detail and "illicit" in detail
    token = csrf_of(detail)
    wrong = owner.post(
        f"/admin/compliance/complaints/{new['id']}",
        data={"csrf_token": token, "status": "open", "note": "kept"},
    )
    assert wrong.status_code == 422 and "kept" in wrong.text
    done = owner.post(
        f"/admin/compliance/complaints/{old['id']}",
        data={"csrf_token": token, "status": "resolved", "note": "Unblocked"},
    )
    assert done.status_code == 200 and "Status changed." in done.text and "Unblocked" in done.text
    assert "Overdue</strong>" not in owner.get("/admin/compliance/complaints").text
    change = list_changes(console_db, shops.acme.id).changes[0]
    assert (change.action, change.before, change.after["status"]) == (
        "complaint.status",
        {"status": "open"},
        "resolved",
    )


def test_blocklist_add_remove_audited_and_bad_entries_at_their_fields(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    page = owner.get("/admin/compliance/blocklist")
    token = csrf_of(page.text)
    bad = owner.post(
        "/admin/compliance/blocklist",
        data={"csrf_token": token, "pattern": "v[i1agra", "kind": "regex", "category": "illicit"},
    )
    assert bad.status_code == 422 and 'value="v[i1agra"' in bad.text
    assert 'aria-describedby="entry-pattern-error"' in bad.text
    added = owner.post(
        "/admin/compliance/blocklist",
        data={"csrf_token": token, "pattern": "竞品", "kind": "keyword", "category": "blocklist"},
    )
    assert added.status_code == 200 and "竞品" in added.text
    again = owner.post(
        "/admin/compliance/blocklist",
        data={"csrf_token": token, "pattern": "竞品", "kind": "keyword", "category": "blocklist"},
    )
    assert again.status_code == 422 and "already on the list" in again.text
    (entry,) = list_blocklist(console_db, shops.acme.id)
    removed = owner.post(
        f"/admin/compliance/blocklist/{entry.id}/remove", data={"csrf_token": token}
    )
    assert removed.status_code == 200 and "Entry removed." in removed.text
    assert list_blocklist(console_db, shops.acme.id) == []
    actions = [c.action for c in list_changes(console_db, shops.acme.id).changes[:2]]
    assert actions == ["blocklist.remove", "blocklist.add"]


def test_a_label_is_verified_and_a_changed_text_is_not(owner: TestClient) -> None:
    settings = load_settings(default_tenant="acme")
    label = make_label(settings, tenant_id=1, model="chat", text="A fine kite.")
    token = csrf_of(owner.get("/admin/compliance/labels").text)
    good = owner.post(
        "/admin/compliance/labels",
        data={"csrf_token": token, "text": embed_label("A fine kite.", label)},
    )
    assert good.status_code == 200 and '<h2 id="result-heading">Valid</h2>' in good.text
    changed = embed_label("A fine kite.", label).replace("fine", "cheap")
    bad = owner.post("/admin/compliance/labels", data={"csrf_token": token, "text": changed})
    assert "Not valid" in bad.text and "changed after labelling" in bad.text
    empty = owner.post("/admin/compliance/labels", data={"csrf_token": token, "text": " "})
    assert empty.status_code == 422 and 'aria-invalid="true"' in empty.text


def test_zh_compliance_page(owner: TestClient) -> None:
    page = owner.get("/admin/compliance/complaints", params={"lang": "zh"}).text
    assert 'lang="zh-Hans"' in page and "投诉与申诉" in page
