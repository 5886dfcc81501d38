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
    hit = body["results"][0]
    assert hit["price"] == {"amount": "159.99", "currency": "USD", "minor": 15999}
    assert hit["max_price"] == hit["price"] and "note" not in body
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
        ({"q": "boots", "page": "2", "offset": "3"}, "not both"),
    ],
)
def test_bad_requests_are_400_naming_the_problem(
    client: TestClient, params: dict[str, str], needle: str
) -> None:
    error = assert_error(client.get("/api/v1/search", params=params), 400, "bad_request")
    assert needle in error["message"]


def test_results_use_the_products_money_object_and_limit_offset(
    client: TestClient, catalogue: Catalogue
) -> None:
    spec = client.get("/openapi.json").json()
    hit = spec["components"]["schemas"]["SearchHitOut"]["properties"]
    assert "MoneyOut" in str(hit["price"]) and "MoneyOut" in str(hit["max_price"])
    first = client.get("/api/v1/search", params={"q": "shoes", "sort": "price_asc"}).json()
    page = client.get(
        "/api/v1/search", params={"q": "shoes", "sort": "price_asc", "limit": 2, "offset": 1}
    ).json()
    assert [r["id"] for r in page["results"]] == [r["id"] for r in first["results"][1:3]]
    assert (page["limit"], page["offset"]) == (2, 1)
    product = client.get(f"/api/v1/products/{page['results'][0]['id']}").json()
    assert page["results"][0]["price"] == product["price"]


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
