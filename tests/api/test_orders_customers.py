"""``/api/v1/orders`` and ``/api/v1/customers``."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from tests._shop import Shop
from tests.api.conftest import assert_error
from tradewinds.store.tables import Tenant


def test_order_list_filters(client: TestClient, shop: Shop) -> None:
    def names(**params: str | int) -> list[str]:
        body = client.get("/api/v1/orders", params=params).json()
        return [o["name"] for o in body["items"]]

    assert names() == ["#1003", "#1002", "#1001"]
    assert names(status="delivered") == ["#1002"]
    assert names(customer_id=shop.customers["ann@example.com"], sort="oldest") == [
        "#1001",
        "#1003",
    ]
    # a bound without an offset is UTC; with one it is converted
    assert names(created_from="2024-02-10T09:00:00") == ["#1003", "#1002"]
    assert names(created_from="2024-02-10T10:00:00+02:00", created_to="2024-03-01") == ["#1002"]


def test_order_detail(client: TestClient) -> None:
    order = client.get(f"/api/v1/orders/{quote('#1002')}").json()
    assert client.get("/api/v1/orders/1002").json() == order
    assert order["total"] == {"amount": "194.97", "currency": "USD", "minor": 19497}
    assert [(ln["title"], ln["quantity"], ln["line_total"]["amount"]) for ln in order["lines"]] == [
        ("Dome Tent", 1, "149.99"),
        ("Red Kite", 2, "39.98"),
    ]
    assert [h["status"] for h in order["history"]] == ["pending", "paid", "delivered"]
    assert order["delivery_address"]["city"] == "Springfield"
    assert order["delivery_address"]["latitude"] == 40.1
    assert order["requested_window"] == {
        "start": "2024-02-11T09:00:00Z",
        "end": "2024-02-11T11:00:00Z",
    }
    assert order["promised_window"] is None


def test_order_errors(client: TestClient, other_tenant: Tenant) -> None:
    error = assert_error(
        client.get("/api/v1/orders", params={"status": "shipped"}), 422, "invalid_input"
    )
    assert error["details"]["problems"][0]["parameter"] == "status"
    assert "pending" in error["message"]  # says what was expected
    assert_error(
        client.get("/api/v1/orders/1001", headers={"X-Tenant": "globex"}), 404, "not_found"
    )


def test_customers(client: TestClient, shop: Shop) -> None:
    listed = client.get("/api/v1/customers", params={"city": "springfield", "sort": "name"}).json()
    assert [c["email"] for c in listed["items"]] == ["ann@example.com", "cy@example.com"]
    assert listed["total"] == 2
    ann = client.get(f"/api/v1/customers/{shop.customers['ann@example.com']}").json()
    assert ann["name"] == "Ann Lee" and ann["order_count"] == 2
    assert [o["name"] for o in ann["recent_orders"]] == ["#1003", "#1001"]
    assert client.get("/api/v1/customers/ann@example.com").json() == ann
    assert_error(
        client.get("/api/v1/customers/ann@example.com", headers={"X-Tenant": "globex"}),
        404,
        "not_found",
    )
    error = assert_error(
        client.get("/api/v1/customers", params={"country": "USA"}), 422, "invalid_input"
    )
    assert "country" in error["message"]
