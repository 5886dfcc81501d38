"""Exporting orders, and round trips through Shopify CSV and JSON Lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.fixtures import ORDERS_CSV, PRODUCTS_CSV
from tradewinds.store import Database
from tradewinds.store.exporters import export_orders
from tradewinds.store.importers import import_orders, import_products
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant

EVERY_FIELD = {
    "name": "#3001",
    "email": "Dana@example.com",
    "created_at": "2024-06-01T09:15:30.250000Z",
    "currency": "JPY",
    "status": "returned",
    "financial_status": "refunded",
    "fulfillment_status": "fulfilled",
    "subtotal": "12000",
    "discount": "500",
    "shipping": "800",
    "total": "13760",
    "discount_code": "SUMMER",
    "shipping_address": {
        "name": "Dana Sato",
        "street": "1-2-3 Shibuya",
        "city": "Tokyo",
        "zip": "150-0002",
        "country": "JP",
        "latitude": 35.6595,
        "longitude": 139.7005,
    },
    "window_start": "2024-06-02T09:00:00Z",
    "window_end": "2024-06-02T12:00:00Z",
    "promised_start": "2024-06-02T10:00:00Z",
    "promised_end": "2024-06-02T11:00:00Z",
    "lines": [
        {"sku": "TEA-1", "title": "Sencha", "quantity": 2, "price": "3000"},
        {"sku": None, "title": "Gift wrap", "quantity": 1, "price": "0"},
    ],
    "history": [
        {"status": "pending", "at": "2024-06-01T09:15:30.250000Z", "note": ""},
        {"status": "paid", "at": "2024-06-01T09:16:00Z", "note": ""},
        {"status": "packed", "at": "2024-06-01T15:00:00Z", "note": "box 4"},
        {"status": "out_for_delivery", "at": "2024-06-02T08:00:00Z", "note": ""},
        {"status": "delivered", "at": "2024-06-02T10:30:00Z", "note": ""},
        {"status": "returned", "at": "2024-06-05T10:30:00Z", "note": "too bitter"},
    ],
    "customer": {
        "email": "dana@example.com",
        "first_name": "Dana",
        "last_name": "Sato",
        "phone": "+81 3-1234-5678",
        "street": "1-2-3 Shibuya",
        "city": "Tokyo",
        "zip": "150-0002",
        "country": "JP",
        "latitude": 35.66,
        "longitude": 139.7,
        "accepts_marketing": True,
    },
}


def exported(db: Database, tenant_id: int, format: str) -> str:
    out = io.StringIO()
    export_orders(db, tenant_id, out, format=format)
    return out.getvalue()


@pytest.mark.parametrize("format", ["shopify", "jsonl"])
def test_round_trip_is_stable(db: Database, tenant: Tenant, tmp_path: Path, format: str) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    import_orders(db, tenant.id, ORDERS_CSV)
    first = exported(db, tenant.id, format)
    path = tmp_path / f"orders.{'csv' if format == 'shopify' else 'jsonl'}"
    path.write_text(first, encoding="utf-8", newline="")
    fresh = create_tenant(db, "fresh").id
    import_products(db, fresh, PRODUCTS_CSV)
    assert import_orders(db, fresh, path).created == 3
    assert exported(db, fresh, format) == first
    assert exported(db, fresh, "jsonl") == exported(db, tenant.id, "jsonl")


def test_jsonl_export_preserves_every_stored_field(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_text(json.dumps(EVERY_FIELD) + "\n")
    import_orders(db, tenant.id, path)  # the tenant's time zone is UTC: times come back as Z
    [line] = exported(db, tenant.id, "jsonl").splitlines()
    assert json.loads(line) == EVERY_FIELD


def test_shopify_export_keeps_what_shopify_has_columns_for(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_text(json.dumps(EVERY_FIELD) + "\n")
    import_orders(db, tenant.id, path)
    csv_path = tmp_path / "orders.csv"
    csv_path.write_text(exported(db, tenant.id, "shopify"), encoding="utf-8", newline="")
    fresh = create_tenant(db, "fresh").id
    import_orders(db, fresh, csv_path)
    [line] = exported(db, fresh, "jsonl").splitlines()
    back = json.loads(line)
    kept = (
        "name",
        "email",
        "currency",
        "status",
        "financial_status",
        "fulfillment_status",
        "subtotal",
        "discount",
        "shipping",
        "total",
        "discount_code",
        "lines",
    )
    assert {k: back[k] for k in kept} == {k: EVERY_FIELD[k] for k in kept}
    assert back["created_at"] == "2024-06-01T09:15:30Z"  # Shopify's format has no fractions
    assert back["shipping_address"] == {
        **EVERY_FIELD["shipping_address"],  # type: ignore[dict-item]
        "latitude": None,
        "longitude": None,
    }
    assert [c["status"] for c in back["history"]] == ["pending", "paid", "delivered", "returned"]
    assert back["customer"] == {
        **EVERY_FIELD["customer"],  # type: ignore[dict-item]
        "latitude": None,
        "longitude": None,
    }


def test_times_are_written_in_the_tenant_time_zone(db: Database, tmp_path: Path) -> None:
    tenant = create_tenant(db, "portland", timezone="America/Los_Angeles")
    import_orders(db, tenant.id, ORDERS_CSV)
    text = exported(db, tenant.id, "shopify")
    assert "2024-03-05 14:22:10 -0800" in text
    assert '"created_at":"2024-03-05T14:22:10-08:00"' in exported(db, tenant.id, "jsonl")
