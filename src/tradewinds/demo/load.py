"""Writing the generated store into a tenant: bulk ORM inserts, wipe, post-import fix-up.

Customers, orders (with lines and status history), events and the fleet are inserted
with ORM bulk ``INSERT`` statements (executemany in chunks, explicit ``tenant_id`` on every
row, which the tenancy guard checks). That is much faster than a per-row path and carries
what a Shopify orders export cannot: delivery windows, status history, coordinates.
Products go through the Shopify-CSV importer instead (:mod:`tradewinds.demo.generate`);
afterwards :func:`fix_up_catalogue` sets the one thing the CSV cannot carry, each product's
launch date (``created_at``), with a bulk ``UPDATE`` by primary key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from tradewinds.demo.catalog import DemoProduct
from tradewinds.demo.events import DemoEvent
from tradewinds.demo.fleet import DEPOT_HOURS, FLEET
from tradewinds.demo.metro import Metro
from tradewinds.demo.orders import DemoOrder
from tradewinds.demo.people import DemoCustomer
from tradewinds.store.tables import (
    Category,
    Customer,
    Depot,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductTag,
    Variant,
    Vehicle,
)

CHUNK = 5_000
Tick = Callable[[int], None]  # called with the number of rows just written

# Children before parents, so foreign keys never dangle while the tenant is wiped.
_WIPE_ORDER: tuple[Any, ...] = (
    InteractionEvent, OrderStatusChange, OrderLine, Order, Customer, Vehicle, Depot,
    ProductAttribute, ProductTag, ProductImage, ProductOption, Variant, Product, Category,
)  # fmt: skip


def existing_rows(session: Session) -> dict[str, int]:
    """How many products, customers, orders and depots the session's tenant already has."""
    counts = {}
    for name, table in (("products", Product), ("customers", Customer), ("orders", Order),
                        ("depots", Depot)):  # fmt: skip
        counts[name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def holds_store(session: Session, products: list[DemoProduct], customers: list[DemoCustomer],
                orders: list[DemoOrder]) -> bool:  # fmt: skip
    """Whether the tenant already holds exactly this generated store (same seed and sizes)."""
    counts = existing_rows(session)
    generated = {"products": len(products), "customers": len(customers), "orders": len(orders)}
    if not all(generated.values()) or any(counts[k] != n for k, n in generated.items()):
        return False
    last = orders[-1]
    total = session.scalar(select(Order.total_minor).where(Order.name == last.name))
    email = session.scalar(select(Customer.id).where(Customer.email == customers[-1].email))
    handle = session.scalar(select(Product.id).where(Product.handle == products[-1].handle))
    return total == last.total_minor and email is not None and handle is not None


def wipe(session: Session, tenant_id: int) -> None:
    """Delete all of the tenant's store data (the tenant row itself stays)."""
    for table in _WIPE_ORDER:
        session.execute(
            delete(table).where(table.tenant_id == tenant_id).execution_options(
                synchronize_session=False
            )
        )  # fmt: skip


def _bulk(session: Session, table: Any, rows: Sequence[dict[str, Any]], tick: Tick | None,
          *, returning: bool = False) -> list[int]:  # fmt: skip
    """Insert ``rows`` in chunks; with ``returning``, the new ids in row order."""
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        # render_nulls keeps None values as NULL instead of dropping the key, so every row has
        # the same columns and the chunk goes out as one batch, not thousands of small ones.
        stmt = insert(table).execution_options(render_nulls=True)
        if returning:
            ids += session.scalars(stmt.returning(table.id, sort_by_parameter_order=True), chunk)
        else:
            session.execute(stmt, chunk)
        if tick is not None:
            tick(len(chunk))
    return ids


def fix_up_catalogue(session: Session, products: list[DemoProduct]) -> dict[str, Any]:
    """Give imported products their launch dates, and map natural keys to the new ids.

    Returns ``{"variants": {sku: (product_id, variant_id)}, "products": {handle: id}}``.
    """
    product_ids = dict(session.execute(select(Product.handle, Product.id)).all())
    variant_rows = session.execute(select(Variant.sku, Variant.product_id, Variant.id))
    variants = {sku: (pid, vid) for sku, pid, vid in variant_rows if sku}
    dates = [
        {"id": product_ids[p.handle], "created_at": p.created_at, "updated_at": p.created_at}
        for p in products
        if p.handle in product_ids
    ]
    for start in range(0, len(dates), CHUNK):
        session.execute(update(Product), dates[start : start + CHUNK])
    return {"variants": variants, "products": product_ids}


def insert_customers(session: Session, tenant_id: int, customers: list[DemoCustomer],
                     tick: Tick | None = None) -> list[int]:  # fmt: skip
    rows = [
        {"tenant_id": tenant_id, "email": c.email, "first_name": c.first_name,
         "last_name": c.last_name, "phone": c.phone, "street": c.street, "city": c.city,
         "zip": c.zip, "country": c.country, "latitude": c.latitude, "longitude": c.longitude,
         "accepts_marketing": c.accepts_marketing, "created_at": c.created_at}
        for c in customers
    ]  # fmt: skip
    return _bulk(session, Customer, rows, tick, returning=True)


def insert_orders(session: Session, tenant_id: int, orders: list[DemoOrder],
                  products: list[DemoProduct], customers: list[DemoCustomer],
                  customer_ids: list[int], variant_ids: dict[str, tuple[int, int]],
                  currency: str, tick: Tick | None = None) -> list[int]:  # fmt: skip
    """Orders, then their lines and status history; returns the order ids in order."""
    rows = []
    for o in orders:
        c = customers[o.customer]
        rows.append({
            "tenant_id": tenant_id, "name": o.name, "customer_id": customer_ids[o.customer],
            "email": c.email, "status": OrderStatus(o.status),
            "financial_status": o.financial_status, "fulfillment_status": o.fulfillment_status,
            "currency": currency, "subtotal_minor": o.subtotal_minor,
            "discount_minor": o.discount_minor, "shipping_minor": o.shipping_minor,
            "total_minor": o.total_minor, "discount_code": o.discount_code,
            "created_at": o.created_at, "ship_name": c.name, "ship_street": c.street,
            "ship_city": c.city, "ship_zip": c.zip, "ship_country": c.country,
            "ship_latitude": c.latitude, "ship_longitude": c.longitude,
            "window_start": o.window_start, "window_end": o.window_end,
        })  # fmt: skip
    order_ids = _bulk(session, Order, rows, tick, returning=True)
    lines = []
    for o, order_id in zip(orders, order_ids, strict=True):
        for line in o.lines:
            product = products[line.product]
            variant = product.variants[line.variant]
            lines.append({
                "tenant_id": tenant_id, "order_id": order_id,
                "variant_id": variant_ids[variant.sku][1], "sku": variant.sku,
                "title": variant.title(product.title), "quantity": line.quantity,
                "price_minor": line.price_minor,
            })  # fmt: skip
    _bulk(session, OrderLine, lines, tick)
    history = [
        {"tenant_id": tenant_id, "order_id": order_id, "status": OrderStatus(status),
         "at": at, "note": note}
        for o, order_id in zip(orders, order_ids, strict=True)
        for status, at, note in o.history
    ]  # fmt: skip
    _bulk(session, OrderStatusChange, history, tick)
    return order_ids


def insert_events(session: Session, tenant_id: int, events: Iterable[DemoEvent],
                  products: list[DemoProduct], product_ids: dict[str, int],
                  variant_ids: dict[str, tuple[int, int]], customer_ids: list[int],
                  order_ids: list[int], tick: Tick | None = None) -> int:  # fmt: skip
    rows = []
    for e in events:
        product = products[e.product] if e.product is not None else None
        variant_id = None
        if product is not None and e.variant is not None:
            variant_id = variant_ids[product.variants[e.variant].sku][1]
        rows.append({
            "tenant_id": tenant_id, "kind": EventKind(e.kind), "at": e.at,
            "customer_id": customer_ids[e.customer] if e.customer is not None else None,
            "session_id": e.session,
            "product_id": product_ids[product.handle] if product is not None else None,
            "variant_id": variant_id,
            "order_id": order_ids[e.order] if e.order is not None else None,
            "query": e.query, "quantity": e.quantity,
        })  # fmt: skip
    _bulk(session, InteractionEvent, rows, tick)
    return len(rows)


def insert_fleet(session: Session, tenant_id: int, metro: Metro) -> tuple[int, int]:
    """Both depots and every vehicle; returns (depots, vehicles)."""
    depot_ids = {}
    for site in metro.depots:
        opens, closes = DEPOT_HOURS[site.code]
        depot = Depot(tenant_id=tenant_id, code=site.code, name=site.name, address=site.address,
                      latitude=site.latitude, longitude=site.longitude, opens=opens,
                      closes=closes)  # fmt: skip
        session.add(depot)
        session.flush()
        depot_ids[site.code] = depot.id
    for v in FLEET:
        session.add(Vehicle(
            tenant_id=tenant_id, depot_id=depot_ids[v.depot], code=v.code, name=v.name,
            kind=v.kind, capacity_weight_grams=v.capacity_weight_grams,
            capacity_volume_cm3=v.capacity_volume_cm3, shift_start=v.shift_start,
            shift_end=v.shift_end, fixed_cost_minor=v.fixed_cost_minor,
            cost_per_km_minor=v.cost_per_km_minor, cost_per_hour_minor=v.cost_per_hour_minor,
            max_duration_minutes=v.shift_minutes,
        ))  # fmt: skip
    session.flush()
    return len(depot_ids), len(FLEET)
