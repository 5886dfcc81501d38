"""``/api/v1/products``: filters, pagination, money shape, detail, tenant isolation."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests._shop import Shop, add_product
from tests.api.conftest import assert_error
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def handles(client: TestClient, **params: str | int) -> list[str]:
    response = client.get("/api/v1/products", params=params)
    assert response.status_code == 200, response.text
    return [item["handle"] for item in response.json()["items"]]


def test_list_filters_and_sorts(client: TestClient) -> None:
    assert handles(client, tag="summer") == ["dome-tent", "red-kite"]
    assert handles(client, category="Toys", in_stock="true") == ["red-kite"]
    assert handles(client, vendor="skyco", status="archived") == ["beach-ball"]
    assert handles(client, min_price="20", max_price="150.00") == ["dome-tent", "jigsaw-1000"]
    assert handles(client, q="cotton", sort="title") == ["cotton-tee"]
    assert handles(client, sort="price_desc", limit=2) == ["dome-tent", "jigsaw-1000"]


def test_pagination_follows_next_links_with_filters(client: TestClient) -> None:
    url: str | None = "/api/v1/products?status=active&sort=title&limit=2"
    seen, totals = [], set()
    while url is not None:
        body = client.get(url).json()
        totals.add(body["total"])
        assert body["limit"] == 2 and len(body["items"]) <= 2
        seen += [item["handle"] for item in body["items"]]
        url = body["next"]
        if url is not None:  # the filters are kept
            assert "status=active" in url and "sort=title" in url
    assert totals == {4}
    assert seen == ["cotton-tee", "dome-tent", "jigsaw-1000", "red-kite"]
    last = client.get("/api/v1/products", params={"offset": 4, "limit": 2}).json()
    assert last["offset"] == 4 and last["next"] is None and len(last["items"]) == 1


def test_money_is_exact_strings_and_minor_units(client: TestClient) -> None:
    item = client.get("/api/v1/products", params={"q": "dome"}).json()["items"][0]
    assert item["price"] == {"amount": "149.99", "currency": "USD", "minor": 14999}
    assert item["max_price"] == {"amount": "199.99", "currency": "USD", "minor": 19999}
    assert item["inventory_qty"] == 3 and item["in_stock"] is True
    assert item["category"] == "Outdoor > Tents"


def test_detail_by_id_and_handle(client: TestClient, shop: Shop) -> None:
    by_handle = client.get("/api/v1/products/jigsaw-1000").json()
    by_id = client.get(f"/api/v1/products/{shop.products['jigsaw-1000']}").json()
    assert by_handle == by_id
    assert [v["sku"] for v in by_handle["variants"]] == ["JIGSAW-1000-1", "JIGSAW-1000-2"]
    assert by_handle["variants"][1]["price"]["amount"] == "29.99"
    assert by_handle["in_stock"] is False and by_handle["tags"] == ["puzzle"]


def test_other_tenant_cannot_read_by_id_or_handle(
    client: TestClient, db: Database, other_tenant: Tenant, shop: Shop
) -> None:
    add_product(db, other_tenant.id, "their-thing", "Their Thing", currency="EUR")
    as_other = {"X-Tenant": other_tenant.slug}
    kite_id = shop.products["red-kite"]
    for path in (f"/api/v1/products/{kite_id}", "/api/v1/products/red-kite"):
        assert_error(client.get(path, headers=as_other), 404, "not_found")
        assert client.get(path).status_code == 200  # the owner still can
    theirs = client.get("/api/v1/products", headers=as_other).json()
    assert [i["handle"] for i in theirs["items"]] == ["their-thing"] and theirs["total"] == 1
    assert theirs["items"][0]["price"]["currency"] == "EUR"
    assert_error(client.get("/api/v1/products/their-thing"), 404, "not_found")


def test_unknown_tenant_is_404_without_listing_tenants(client: TestClient) -> None:
    error = assert_error(
        client.get("/api/v1/products", headers={"X-Tenant": "nobody"}), 404, "not_found"
    )
    assert "nobody" in error["message"] and "acme" not in error["message"]


def test_price_filter_errors_name_the_parameter(client: TestClient) -> None:
    error = assert_error(
        client.get("/api/v1/products", params={"max_price": "abc"}), 422, "invalid_input"
    )
    assert error["message"].startswith("max_price:") and "expected e.g. 19.99" in error["message"]
    error = assert_error(
        client.get("/api/v1/products", params={"min_price": "9", "max_price": "1"}),
        422,
        "invalid_input",
    )
    assert "greater than" in error["message"]
