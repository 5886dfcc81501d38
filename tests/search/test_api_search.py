"""``/api/v1/search``: the HTTP surface, including bad input and the analytics loop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.search.conftest import Catalogue
from tradewinds.store import Database


@pytest.fixture
def client(db: Database, catalogue: Catalogue) -> Iterator[TestClient]:
    with make_client(db) as test_client:
        yield test_client


def test_search_click_report_and_suggest(client: TestClient, catalogue: Catalogue) -> None:
    response = client.get(
        "/api/v1/search",
        params={"q": "hiking boots", "explain": "true", "attr.color": "brown"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["results"][0]["id"] == catalogue.ids["leather-boots"]
    assert body["filters"] == {"attr.color": "brown"}
    assert "plan" in body["explain"]
    click = client.post(
        "/api/v1/search/clicks",
        json={
            "search_id": body["search_id"],
            "product_id": catalogue.ids["leather-boots"],
            "position": 1,
        },
    )
    assert click.status_code == 201, click.text
    client.get("/api/v1/search", params={"q": "zzqxj wxqz"})  # nothing matches
    report = client.get("/api/v1/search/report").json()
    assert report["searches"] == 2 and report["click_through_rate"] == 0.5
    assert [q["query"] for q in report["zero_result_queries"]] == ["zzqxj wxqz"]
    suggestions = client.get("/api/v1/search/suggest", params={"q": "hik"}).json()["suggestions"]
    assert suggestions[0] == {"text": "hiking boots", "kind": "query", "searches": 1}
    assert any(s["kind"] == "product" and "Hiking" in s["text"] for s in suggestions)


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"q": "boots", "colour": "red"}, "unknown filter field 'colour'"),
        ({"q": "x" * 10_000}, "at most 500"),
        ({"q": "a\x00b"}, "binary"),
        ({"q": "boots", "sort": "cheapest"}, "unknown sort"),
        ({"q": "boots", "max_price": "cheap"}, "max_price"),
    ],
)
def test_bad_requests_are_400_naming_the_problem(
    client: TestClient, params: dict[str, str], needle: str
) -> None:
    error = assert_error(client.get("/api/v1/search", params=params), 400, "bad_request")
    assert needle in error["message"]


def test_synonyms_round_trip_and_malformed_file(client: TestClient, catalogue: Catalogue) -> None:
    bad = client.put(
        "/api/v1/search/synonyms", content="sofa, couch\nnot a rule\n",
        headers={"content-type": "text/plain"},
    )  # fmt: skip
    error = assert_error(bad, 422, "import_error")
    assert "line 2" in error["message"]
    ok = client.put(
        "/api/v1/search/synonyms", content="sofa, couch\n",
        headers={"content-type": "text/plain"},
    )  # fmt: skip
    assert ok.status_code == 200 and ok.json() == {"rules": 1}
    hits = client.get("/api/v1/search", params={"q": "sofa", "semantic_ratio": 0}).json()
    assert hits["results"][0]["id"] == catalogue.ids["couch"]
