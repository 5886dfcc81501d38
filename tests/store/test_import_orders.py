"""Importing orders: Shopify's orders CSV and JSON Lines, customers, statuses, upserts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.fixtures import ORDERS_CSV, PRODUCTS_CSV, Row, edited
from tradewinds.core.errors import ImportFileError
from tradewinds.store import Database, tenant_session
from tradewinds.store.importers import import_orders, import_products
from tradewinds.store.tables import (
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    Tenant,
    Variant,
)

TABLES = (Order, OrderLine, OrderStatusChange, Customer)


def orders(db: Database, tenant_id: int) -> dict[str, Order]:
    with tenant_session(db, tenant_id) as session:
        found = {o.name: o for o in session.scalars(select(Order))}
        session.expunge_all()
        return found


def snapshot(db: Database, tenant_id: int) -> dict[str, set[tuple[Any, ...]]]:
    with tenant_session(db, tenant_id) as session:
        return {
            t.__tablename__: {
                tuple(getattr(r, c.key) for c in t.__table__.columns)
                for r in session.scalars(select(t))
            }
            for t in TABLES
        }


def test_shopify_orders_export_is_imported(db: Database, tenant: Tenant) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    report = import_orders(db, tenant.id, ORDERS_CSV)
    assert (report.created, report.updated, report.unchanged, report.skipped) == (3, 0, 0, [])
    found = orders(db, tenant.id)
    first = found["#1001"]
    assert (
        first.subtotal_minor,
        first.shipping_minor,
        first.total_minor,
        first.discount_minor,
        first.discount_code,
    ) == (14750, 800, 15550, 1639, "SPRING10")
    assert first.created_at == datetime(2024, 3, 5, 22, 22, 10, tzinfo=UTC)
    assert (
        first.ship_name,
        first.ship_street,
        first.ship_city,
        first.ship_zip,
        first.ship_country,
    ) == ("Ann Lee", "12 Harbor St Apt 4", "Portland", "97205", "US")
    assert first.status == OrderStatus.DELIVERED
    assert [(c.status, c.at.hour) for c in first.history] == [
        (OrderStatus.PENDING, 22),
        (OrderStatus.PAID, 22),
        (OrderStatus.DELIVERED, 17),
    ]
    assert (first.financial_status, first.fulfillment_status) == ("paid", "fulfilled")
    with tenant_session(db, tenant.id) as session:
        variant_ids = dict(session.execute(select(Variant.sku, Variant.id)).all())
    assert [
        (line.sku, line.quantity, line.price_minor, line.variant_id) for line in first.lines
    ] == [
        ("TRJ-M-BLU", 1, 12900, variant_ids["TRJ-M-BLU"]),
        ("MUG-ENM-350", 2, 1850, variant_ids["MUG-ENM-350"]),
    ]
    assert found["#1002"].status == OrderStatus.PENDING
    cancelled = found["#1003"]
    assert cancelled.status == OrderStatus.CANCELLED
    assert cancelled.history[-1].at == datetime(2024, 3, 10, 4, 1, 30, tzinfo=UTC)
    assert [(line.sku, line.variant_id) for line in cancelled.lines] == [("LANTERN-OLD", None)]


def test_customers_are_found_or_created_by_email(db: Database, tenant: Tenant) -> None:
    with tenant_session(db, tenant.id) as session:
        session.add(
            Customer(
                email="bo.chen@example.com", first_name="Bo", last_name="Chen", city="Somerville"
            )
        )
    import_orders(db, tenant.id, ORDERS_CSV)
    with tenant_session(db, tenant.id) as session:
        customers = {c.email: c for c in session.scalars(select(Customer))}
        session.expunge_all()
    assert sorted(customers) == ["ann.lee@example.com", "bo.chen@example.com"]
    ann = customers["ann.lee@example.com"]
    assert (
        ann.first_name,
        ann.last_name,
        ann.phone,
        ann.street,
        ann.city,
        ann.country,
        ann.accepts_marketing,
    ) == ("Ann", "Lee", "+1 503-555-0142", "12 Harbor St Apt 4", "Portland", "US", True)
    assert customers["bo.chen@example.com"].city == "Somerville"  # existing: not changed
    found = orders(db, tenant.id)
    assert found["#1001"].customer_id == found["#1003"].customer_id == ann.id
    assert found["#1002"].customer_id == customers["bo.chen@example.com"].id
    assert found["#1002"].email == "Bo.Chen@example.com"  # the order keeps what was typed


def test_reimport_is_idempotent_and_updates_what_changed(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_orders(db, tenant.id, ORDERS_CSV)
    before = snapshot(db, tenant.id)
    again = import_orders(db, tenant.id, ORDERS_CSV)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert snapshot(db, tenant.id) == before

    def ship_second(rows: list[Row]) -> list[Row]:
        pending = rows[2]
        pending.update(
            {
                "Financial Status": "paid",
                "Paid at": "2024-03-07 09:00:00 -0500",
                "Fulfillment Status": "fulfilled",
                "Fulfilled at": "2024-03-08 10:00:00 -0500",
                "Lineitem quantity": "3",
            }
        )
        return rows

    report = import_orders(db, tenant.id, edited(ORDERS_CSV, tmp_path / "o.csv", ship_second))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    changed = orders(db, tenant.id)["#1002"]
    assert changed.id == {o.name: o.id for o in orders(db, tenant.id).values()}["#1002"]
    assert changed.status == OrderStatus.DELIVERED
    assert [c.status for c in changed.history] == [
        OrderStatus.PENDING,
        OrderStatus.PAID,
        OrderStatus.DELIVERED,
    ]
    assert [line.quantity for line in changed.lines] == [3]


def _order(**overrides: Any) -> str:
    record: dict[str, Any] = {
        "name": "#2001",
        "email": "cy@example.com",
        "created_at": "2024-05-01T10:00:00+08:00",
        "currency": "CNY",
        "status": "out_for_delivery",
        "total": "88.00",
        "subtotal": "80.00",
        "shipping": "8.00",
        "shipping_address": {
            "name": "Cy",
            "street": "1 Nanjing Rd",
            "city": "Shanghai",
            "zip": "200001",
            "country": "cn",
            "latitude": 31.2304,
            "longitude": 121.4737,
        },
        "window_start": "2024-05-02T09:00:00+08:00",
        "window_end": "2024-05-02T12:00:00+08:00",
        "lines": [{"sku": None, "title": "Tea set", "quantity": 1, "price": "80.00"}],
        "history": [
            {"status": "pending", "at": "2024-05-01T10:00:00+08:00"},
            {"status": "paid", "at": "2024-05-01T10:01:00+08:00"},
            {"status": "out_for_delivery", "at": "2024-05-02T08:30:00+08:00", "note": "van 3"},
        ],
        "customer": {
            "email": "Cy@Example.com",
            "first_name": "Cy",
            "latitude": 31.2,
            "longitude": 121.5,
        },
    }
    record.update(overrides)
    return json.dumps(record)


def test_jsonl_orders_carry_coordinates_windows_and_history(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_text(_order() + "\n")
    assert import_orders(db, tenant.id, path).created == 1
    order = orders(db, tenant.id)["#2001"]
    assert (order.currency, order.total_minor, order.ship_country) == ("CNY", 8800, "CN")
    assert (order.ship_latitude, order.ship_longitude) == (31.2304, 121.4737)
    assert order.window_start == datetime(2024, 5, 2, 1, 0, tzinfo=UTC)
    assert order.window_end == datetime(2024, 5, 2, 4, 0, tzinfo=UTC)
    assert [(c.status, c.note) for c in order.history] == [
        (OrderStatus.PENDING, ""),
        (OrderStatus.PAID, ""),
        (OrderStatus.OUT_FOR_DELIVERY, "van 3"),
    ]
    with tenant_session(db, tenant.id) as session:
        customer = session.scalars(select(Customer)).one()
        assert (customer.email, customer.latitude) == ("cy@example.com", 31.2)
        assert order.customer_id == customer.id


def test_shopify_reimport_keeps_what_its_format_cannot_say(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_text(_order(name="#1002", currency="USD") + "\n")
    import_orders(db, tenant.id, path)
    import_orders(db, tenant.id, ORDERS_CSV)
    order = orders(db, tenant.id)["#1002"]
    assert order.total_minor == 3092  # from the CSV
    assert (order.ship_latitude, order.window_start) == (
        31.2304,
        datetime(2024, 5, 2, 1, 0, tzinfo=UTC),
    )


def test_bad_orders_are_reported_with_line_and_column(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    def spoil(rows: list[Row]) -> list[Row]:
        rows[0]["Paid at"] = "yesterday"
        rows[1]["Lineitem quantity"] = "two"
        rows[2]["Shipping Country"] = "United States"
        rows[3]["Created at"] = ""
        rows[3]["Total"] = "58,00"
        return rows

    path = edited(ORDERS_CSV, tmp_path / "o.csv", spoil)
    with pytest.raises(ImportFileError) as caught:
        import_orders(db, tenant.id, path)
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (2, "Paid at"),
        (3, "Lineitem quantity"),
        (4, "Shipping Country"),
        (5, "Created at"),
        (5, "Total"),
    ]
    messages = [p.message for p in caught.value.problems]
    assert "expected e.g. 2024-03-05 14:22:10 -0500" in messages[0]
    assert "not a country code" in messages[2]
    assert snapshot(db, tenant.id)["orders"] == set()
    report = import_orders(db, tenant.id, path, skip_invalid=True)
    assert report.created == 0 and report.skipped_lines == [2, 3, 4, 5]


def test_orders_of_another_tenant_are_untouched(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    import_orders(db, other_tenant.id, ORDERS_CSV)
    theirs = snapshot(db, other_tenant.id)
    assert import_orders(db, tenant.id, ORDERS_CSV).created == 3
    assert snapshot(db, other_tenant.id) == theirs
