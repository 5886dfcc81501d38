"""The demo store loaded into a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput
from tradewinds.demo import SEATTLE, DemoParams, build_demo_data, generate_demo_store
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Category,
    Customer,
    Depot,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatusChange,
    Product,
    Tenant,
    Variant,
    Vehicle,
)

SMALL = DemoParams(seed=7, products=200, customers=100, days=120)
TINY = DemoParams(seed=5, products=70, customers=30, days=45, event_days=20)


def test_the_store_lands_consistently_in_the_database(db: Database, tmp_path: Path) -> None:
    summary = generate_demo_store(db, SMALL, data_dir=tmp_path)
    assert (tmp_path / "products.csv").is_file() and summary.counts["products_imported"] == 200
    with tenant_session(db, summary.tenant_id) as s:

        def count(table: type[Any]) -> int:
            return s.scalar(select(func.count()).select_from(table)) or 0

        assert count(Product) == 200 and count(Customer) == 100
        assert count(Order) == summary.counts["orders"] > 100
        assert count(OrderLine) == summary.counts["order_lines"]
        assert count(OrderStatusChange) == summary.counts["status_changes"]
        assert count(InteractionEvent) == summary.counts["events"]
        leaves = s.scalar(select(func.count(func.distinct(Product.category_id))))
        assert leaves is not None and leaves >= 15 and count(Category) > leaves

        # Every order line points at an existing variant with the same SKU and price.
        lines = s.execute(
            select(OrderLine.sku, Variant.sku, OrderLine.price_minor, Variant.price_minor)
            .join(Variant, OrderLine.variant_id == Variant.id, isouter=True)
        ).all()  # fmt: skip
        assert all(line_sku == sku and line_price == price
                   for line_sku, sku, line_price, price in lines)  # fmt: skip
        for order in s.scalars(select(Order)):
            subtotal = sum(line.quantity * line.price_minor for line in order.lines)
            assert order.subtotal_minor == subtotal
            assert order.total_minor == subtotal - order.discount_minor + order.shipping_minor
            assert order.currency == "USD" and order.history[-1].status == order.status
            assert SEATTLE.contains(order.ship_latitude or 0, order.ship_longitude or 0)

        homes = s.execute(select(Customer.latitude, Customer.longitude)).all()
        assert all(SEATTLE.contains(la or 0, lo or 0) for la, lo in homes)
        # Volumes come through the importer's "Variant Volume (cm3)" column.
        assert s.scalar(select(func.count()).where(Variant.volume_cm3.is_(None))) == 0
        assert s.scalar(select(func.count(func.distinct(Product.created_at)))) == 200

        depots = s.scalars(select(Depot)).all()
        vehicles = s.scalars(select(Vehicle)).all()
        assert len(depots) == 2 and len(vehicles) == 9
        assert {v.kind for v in vehicles} == {"van", "cargo_bike", "truck"}
        assert all(v.capacity_weight_grams > 0 and v.capacity_volume_cm3 > 0 for v in vehicles)
        assert {v.depot_id for v in vehicles} == {d.id for d in depots}

        kinds = dict(s.execute(select(InteractionEvent.kind, func.count())
                               .group_by(InteractionEvent.kind)).all())  # fmt: skip
        assert kinds[EventKind.VIEW] > kinds[EventKind.ADD_TO_CART] > kinds[EventKind.PURCHASE]
        purchase = InteractionEvent.kind == EventKind.PURCHASE
        orphans = select(func.count()).where(purchase, InteractionEvent.order_id.is_(None))
        assert s.scalar(orphans) == 0


def test_the_importer_carries_every_generated_field(db: Database, tmp_path: Path) -> None:
    summary = generate_demo_store(db, TINY, data_dir=tmp_path)
    data = build_demo_data(TINY)
    with tenant_session(db, summary.tenant_id) as s:
        stored = {p.handle: p for p in s.scalars(select(Product))}
        for product in data.products:
            row = stored[product.handle]
            assert (row.title, row.vendor, row.status) == (
                product.title,
                product.vendor,
                product.status,
            )
            assert row.category is not None and row.category.path == product.category.path
            assert row.created_at == product.created_at  # launch date, set after the import
            assert {a.key: a.value for a in row.attributes} == product.attributes
            assert sorted(t.tag for t in row.tags) == sorted(product.tags)
            assert [i.src for i in row.images] == product.images
            assert [o.name for o in row.options] == product.option_names
            got = [
                (
                    v.sku,
                    v.price_minor,
                    v.compare_at_minor,
                    v.inventory_qty,
                    v.weight_grams,
                    v.volume_cm3,
                    v.barcode,
                    v.title,
                )
                for v in row.variants
            ]
            want = [(v.sku, v.price_minor, v.compare_at_minor, v.inventory, v.grams, v.cm3,
                     v.barcode, " / ".join(v.options) or "Default Title")
                    for v in product.variants]  # fmt: skip
            assert got == want


def _pairs(session: Session, stmt: Select[int, Any]) -> dict[int, Any]:
    return dict(session.execute(stmt).all())


def store_checksum(db: Database, tenant_id: int) -> str:
    """A digest of the tenant's store by natural keys (handles, SKUs, e-mails, order names),
    so two tenants holding the same store hash alike whatever their row ids."""
    with tenant_session(db, tenant_id) as s:
        handle = _pairs(s, select(Product.id, Product.handle))
        sku = _pairs(s, select(Variant.id, Variant.sku))
        email = _pairs(s, select(Customer.id, Customer.email))
        name = _pairs(s, select(Order.id, Order.name))
        path = _pairs(s, select(Category.id, Category.path))
        depot = _pairs(s, select(Depot.id, Depot.code))
        parts: list[Any] = []
        for p in s.scalars(select(Product).order_by(Product.handle)):
            parts.append([p.handle, p.title, p.body_html, p.vendor, p.product_type,
                          path.get(p.category_id or 0), p.status, p.published, p.created_at,
                          [(v.sku, v.title, v.price_minor, v.compare_at_minor, v.inventory_qty,
                            v.weight_grams, v.volume_cm3, v.barcode) for v in p.variants],
                          [(a.key, a.value) for a in p.attributes], [t.tag for t in p.tags],
                          [(i.position, i.src) for i in p.images]])  # fmt: skip
        for c in s.scalars(select(Customer).order_by(Customer.email)):
            parts.append([c.email, c.name, c.phone, c.street, c.zip, c.latitude, c.longitude,
                          c.accepts_marketing, c.created_at])  # fmt: skip
        for o in s.scalars(select(Order).order_by(Order.name)):
            parts.append([o.name, email.get(o.customer_id or 0), o.status, o.financial_status,
                          o.total_minor, o.discount_code, o.discount_minor, o.created_at,
                          o.window_start, o.window_end, o.ship_street,
                          [(sku.get(li.variant_id or 0), li.title, li.quantity, li.price_minor)
                           for li in o.lines],
                          [(h.status, h.at, h.note) for h in o.history]])  # fmt: skip
        events = [
            [str(x) for x in (e.kind, e.at, email.get(e.customer_id or 0), e.session_id,
                              handle.get(e.product_id or 0), sku.get(e.variant_id or 0),
                              name.get(e.order_id or 0), e.query, e.quantity)]
            for e in s.scalars(select(InteractionEvent))
        ]  # fmt: skip
        parts.append(sorted(events))
        parts += [[depot[v.depot_id], v.code, v.capacity_weight_grams, v.shift_start]
                  for v in s.scalars(select(Vehicle).order_by(Vehicle.code))]  # fmt: skip
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def test_same_seed_same_store_and_reruns_never_duplicate(db: Database, tmp_path: Path) -> None:
    other_seed = dataclasses.replace(TINY, seed=6)
    a = generate_demo_store(db, TINY, data_dir=tmp_path / "a", tenant="demo-a")
    b = generate_demo_store(db, TINY, data_dir=tmp_path / "b", tenant="demo-b")
    c = generate_demo_store(db, other_seed, data_dir=tmp_path / "c", tenant="demo-c")
    sum_a, sum_b = store_checksum(db, a.tenant_id), store_checksum(db, b.tenant_id)
    assert sum_a == sum_b != store_checksum(db, c.tenant_id)
    assert (tmp_path / "a" / "products.csv").read_bytes() == (
        tmp_path / "b" / "products.csv"
    ).read_bytes()

    again = generate_demo_store(db, TINY, data_dir=tmp_path / "a", tenant="demo-a")
    assert again.unchanged and again.counts["orders"] == a.counts["orders"]
    assert store_checksum(db, a.tenant_id) == sum_a

    with pytest.raises(Conflict, match="--replace"):
        generate_demo_store(db, other_seed, data_dir=tmp_path / "a", tenant="demo-a")
    replaced = generate_demo_store(db, other_seed, data_dir=tmp_path / "a", tenant="demo-a",
                                   replace=True)  # fmt: skip
    assert not replaced.unchanged and replaced.tenant_id == a.tenant_id
    assert store_checksum(db, a.tenant_id) == store_checksum(db, c.tenant_id)
    assert store_checksum(db, b.tenant_id) == sum_b  # other tenants untouched


def test_a_tenant_in_another_currency_is_refused(db: Database, other_tenant: Tenant,
                                                 tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(InvalidInput, match="priced in USD"):
        generate_demo_store(db, TINY, data_dir=tmp_path, tenant=other_tenant.slug)


def test_parameters_are_validated() -> None:
    with pytest.raises(InvalidInput, match="products"):
        DemoParams(products=10)
    with pytest.raises(InvalidInput, match="days"):
        DemoParams(days=3)
