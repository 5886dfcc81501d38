"""``/search/suggest``: the search box's suggestions over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import EVIL_TITLE


@pytest.fixture(autouse=True)
def _index_built(web: TestClient) -> None:
    """The home page builds the shop's search index (a keystroke never does)."""
    assert web.get("/").status_code == 200


def _suggest(web: TestClient, q: str) -> list[dict[str, str]]:
    answer = web.get("/search/suggest", params={"q": q}, headers={"Accept": "application/json"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert "set-cookie" not in answer.headers  # session-less
    body = answer.json()
    assert body["query"] == q
    return list(body["suggestions"])


def test_products_of_this_shop_only(web: TestClient) -> None:
    assert _suggest(web, "ki") == [
        {"text": "Red Kite", "kind": "product", "href": "/products/red-kite"}
    ]
    assert _suggest(web, "dome t")[0]["href"] == "/products/dome-tent"
    assert _suggest(web, "gadg") == []  # Globex's gadget is another shop's
    assert _suggest(web, "old beach") == []  # archived


def test_past_queries_searched_twice(web: TestClient) -> None:
    for _ in range(2):
        assert web.get("/search", params={"q": "kite"}).status_code == 200
    web.get("/search", params={"q": "kite red"})  # once: one shopper's query stays private
    web.get("/search", params={"q": "kiteboard zzqx"})  # found nothing
    found = _suggest(web, "KI")
    assert found[0] == {"text": "kite", "kind": "query", "href": "/search?q=kite"}
    assert [s["text"] for s in found] == ["kite", "Red Kite"]


def test_empty_too_long_and_binary_queries(web: TestClient) -> None:
    assert _suggest(web, "") == [] and _suggest(web, "   ") == []
    assert web.get("/search/suggest").json()["suggestions"] == []
    for bad in ("k" * 101, "ki\x00te"):
        answer = web.get("/search/suggest", params={"q": bad})
        assert answer.status_code == 422
        error = answer.json()["error"]
        assert error["code"] == "invalid_input" and error["details"] == {"field": "q"}
        assert error["message"].startswith("q: ")


def test_titles_stay_text(web: TestClient) -> None:
    answer = web.get("/search/suggest", params={"q": "lantern"})
    assert answer.json()["suggestions"][0]["text"] == EVIL_TITLE
    assert "<script>" not in answer.text  # JSON escapes it (\u003c), and the script writes text
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_every_page_has_the_combobox_parts(web: TestClient) -> None:
    html = web.get("/search", params={"q": "tent"}).text
    assert 'id="site-search" type="search" name="q"' in html
    assert '<ul id="site-search-suggestions" class="suggestions" role="listbox"' in html
    assert 'aria-label="Suggestions" hidden></ul>' in html
    assert '<script src="/static/suggest.js" defer></script>' in html
    zh = web.get("/", params={"lang": "zh"}).text
    assert 'aria-label="搜索建议"' in zh and 'data-many="{n} 条建议"' in zh
