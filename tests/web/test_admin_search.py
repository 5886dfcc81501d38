"""The search pages: a synonym or a rule added in the console changes the storefront's real
search (SQLite, MiniLM), time windows, the live preview, field errors writing nothing,
who may tune, the analytics and the ranker's status, Chinese."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.core.settings import load_settings
from tradewinds.search import rule_entries, synonym_entries
from tradewinds.staff import list_changes
from tradewinds.store import Database
from tradewinds.store.base import utcnow


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def manager(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        yield client


def _post(client: TestClient, path: str, form: dict[str, str], page: str = "") -> Response:
    token = csrf_of(client.get(page or path).text)
    return client.post(path, data={"csrf_token": token, **form}, follow_redirects=False)


def test_a_synonym_added_on_the_page_changes_storefront_search(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    assert "Red Kite" not in manager.get("/search?q=zorblat").text
    answer = _post(manager, "/admin/search/synonyms",
                   {"kind": "one_way", "terms": "zorblat", "targets": "kite"})  # fmt: skip
    assert answer.status_code == 303
    assert "Red Kite" in manager.get("/search?q=zorblat").text  # the next search, no reindex
    (entry,) = synonym_entries(console_db, shops.acme.id)
    assert entry.terms == ("zorblat",) and entry.targets == ("kite",)
    page = manager.get(answer.headers["location"]).text
    assert "Synonym added" in page and f'href="/admin/search/synonyms/{entry.id}"' in page
    # edit it into an equivalence, then delete it: both audited, search follows each time
    edit = f"/admin/search/synonyms/{entry.id}"
    equivalent = {"kind": "equivalent", "terms": "zorblat, windsock"}
    assert _post(manager, edit, equivalent).status_code == 303
    assert "Red Kite" not in manager.get("/search?q=zorblat").text
    assert _post(manager, edit + "/delete", {}, edit).status_code == 303
    assert synonym_entries(console_db, shops.acme.id) == []
    actions = [c.action for c in list_changes(console_db, shops.acme.id).changes[:3]]
    assert actions == ["search.synonym.delete", "search.synonym.update", "search.synonym.add"]
    change = list_changes(console_db, shops.acme.id).changes[1]
    assert change.actor == "manager@acme.test"
    assert change.before == {"rule": "zorblat => kite"}
    assert change.after == {"rule": "zorblat, windsock"}


def test_rules_hide_and_pin_on_the_storefront_within_their_time_window(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    assert "Red Kite" in manager.get("/search?q=kite").text
    assert _post(manager, "/admin/search/rules", {"action": "hide", "product": "red-kite",
                                                   "query": "kite"}).status_code == 303  # fmt: skip
    assert "Red Kite" not in manager.get("/search?q=kite").text
    later = utcnow() + timedelta(days=2)
    window = {"starts_at": later.strftime("%Y-%m-%dT%H:%M"),
              "ends_at": (later + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")}  # fmt: skip
    pin = {"action": "pin", "product": "dome-tent", "position": "1", "query": "kite", **window}
    assert _post(manager, "/admin/search/rules", pin).status_code == 303
    assert "Dome Tent" not in manager.get("/search?q=kite").text  # not started yet
    entries = rule_entries(console_db, shops.acme.id)
    assert [e.state for e in entries] == ["active", "scheduled"]
    started = (utcnow() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    edit = f"/admin/search/rules/{entries[1].id}"
    assert _post(manager, edit, pin | {"starts_at": started}).status_code == 303
    assert "Dome Tent" in manager.get("/search?q=kite").text
    preview = manager.get("/admin/search/preview", params={"q": "kite"})
    assert preview.status_code == 200
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>\s*<td><a [^>]*>([^<]+)</a>", preview.text)
    assert rows[0] == ("1", "Dome Tent")
    assert "Pinned: " in preview.text and "Hidden by a rule" in preview.text
    assert re.search(r"<li>Red Kite — Hidden: <a href=\"/admin/search/rules/\d+\">", preview.text)
    ended = (utcnow() - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M")
    assert _post(manager, edit, pin | {"starts_at": "", "ends_at": ended}).status_code == 303
    assert "Dome Tent" not in manager.get("/search?q=kite").text  # ended
    assert rule_entries(console_db, shops.acme.id)[1].state == "ended"
    actions = [c.action for c in list_changes(console_db, shops.acme.id).changes[:4]]
    assert actions == ["search.rule.update", "search.rule.update", "search.rule.add",
                       "search.rule.add"]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "form", "field", "message"),
    [
        ("/admin/search/synonyms", {"kind": "equivalent", "terms": "sofa, , couch"}, "terms",
         "Remove the empty term between two commas."),
        ("/admin/search/synonyms", {"kind": "one_way", "terms": "tv", "targets": ""}, "targets",
         "This field is required."),
        ("/admin/search/synonyms", {"kind": "equivalent", "terms": "Sofa, sofa"}, "terms",
         "A term is listed twice."),
        ("/admin/search/rules", {"action": "pin", "product": "no-such-thing", "position": "1"},
         "product", "No product of this shop has this handle or id."),
        ("/admin/search/rules", {"action": "boost", "field": "brand", "value": "SkyCo",
                                 "starts_at": "2030-01-02T00:00", "ends_at": "2030-01-01T00:00"},
         "ends_at", "The end must be after the start."),
        ("/admin/search/rules", {"action": "bury", "field": "brand", "value": "x", "weight": "0"},
         "weight", "This number is out of range."),
    ],
)  # fmt: skip
def test_bad_input_is_reported_at_its_field_and_writes_nothing(
    console_db: Database,
    shops: Shops,
    manager: TestClient,
    path: str,
    form: dict[str, str],
    field: str,
    message: str,
) -> None:
    changes = list_changes(console_db, shops.acme.id).total
    answer = _post(manager, path, form)
    assert answer.status_code == 422
    html = answer.text
    name = re.search(rf'<input id="([\w-]+)" name="{field}"[^>]*>', html)
    assert name and 'aria-invalid="true"' in name[0] and f"{name[1]}-error" in name[0]
    assert f'id="{name[1]}-error">{message}</p>' in html
    for value in form.values():
        if value:
            assert f'value="{value}"' in html or f'value="{value}" selected' in html
    assert synonym_entries(console_db, shops.acme.id) == []
    assert rule_entries(console_db, shops.acme.id) == []
    assert list_changes(console_db, shops.acme.id).total == changes


def test_staff_read_analytics_but_cannot_tune(console_db: Database, shops: Shops) -> None:
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        page = clerk.get("/admin/search")
        assert page.status_code == 200 and 'href="/admin/search" aria-current="page"' in page.text
        assert "/admin/search/synonyms" not in page.text and "/admin/search/ranker" in page.text
        assert clerk.get("/admin/search/preview?q=kite").status_code == 200
        token = csrf_of(page.text)
        for path in ("/admin/search/synonyms", "/admin/search/rules"):
            assert clerk.get(path).status_code == 403
            answer = clerk.post(path, data={"csrf_token": token, "kind": "equivalent",
                                            "terms": "a1, b1", "action": "hide",
                                            "product": "red-kite"})  # fmt: skip
            assert answer.status_code == 403
    assert synonym_entries(console_db, shops.acme.id) == []
    assert rule_entries(console_db, shops.acme.id) == []


def test_analytics_for_a_period_link_each_query_to_its_preview(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    for query in ("kite", "kite", "zzqxj wxqz"):
        manager.get("/search", params={"q": query})
    page = manager.get("/admin/search").text
    assert "Top queries" in page and "Zero-result queries" in page
    assert '<a href="/admin/search/preview?q=kite">kite</a></td><td>2</td>' in page
    assert '<a href="/admin/search/preview?q=zzqxj%20wxqz">zzqxj wxqz</a></td><td>1</td>' in page
    assert "<svg" in page and "Searches per day as a table" in page
    today = utcnow().date()
    old = manager.get("/admin/search", params={"from": "2001-01-01", "to": "2001-01-31"}).text
    assert "No searches in this period." in old and "2001-01-01 to 2001-01-31" in old
    bad = manager.get("/admin/search", params={"from": "soon", "to": today.isoformat()})
    assert bad.status_code == 422
    assert 'value="soon"' in bad.text and "Enter a date such as 2025-11-28." in bad.text
    backwards = manager.get("/admin/search", params={"from": today.isoformat(), "to": "2001-01-01"})
    assert backwards.status_code == 422 and "The end must be after the start." in backwards.text


def test_ranker_status_and_chinese(console_db: Database, shops: Shops, manager: TestClient) -> None:
    assert "No learned ranker" in manager.get("/admin/search/ranker").text
    home = Path(load_settings().home) / "search" / f"tenant-{shops.acme.id}" / "ranker"
    home.mkdir(parents=True)
    described = {"top_n": 50, "features": [], "kind": "lambdarank", "queries": 31, "rows": 900,
                 "trained_at": "2026-11-20T10:00:00+00:00", "source": "clicks"}  # fmt: skip
    (home / "ranker.json").write_text(json.dumps(described))
    page = manager.get("/admin/search/ranker").text
    assert "2026-11-20 10:00" in page and "<dd>31</dd>" in page and "not recorded" in page
    zh = manager.get("/admin/search?lang=zh").text
    assert '<html lang="zh-Hans">' in zh and "搜索分析" in zh and "热门搜索词" in zh
    assert "同义词" in manager.get("/admin/search/synonyms").text
