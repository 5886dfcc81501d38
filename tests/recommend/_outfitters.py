"""A small outdoor shop with a purchase history whose patterns the tests know:

- tents are bought with the sleeping bag (5 orders), the stove with coffee (3 orders);
- shoppers who look at a tent go on to the sleeping bag;
- a hidden, a draft and a sold-out product, and a new product nobody has touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests._shop import add_customer, add_product
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductAttribute,
    ProductStatus,
    Variant,
)

NOW = datetime.now(UTC)


@dataclass
class Outfitters:
    products: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)


def buy(
    db: Database, tenant_id: int, customer: int | None, products: list[int], at: datetime, name: str
) -> int:
    """An order of one unit of each product's first variant."""
    with tenant_session(db, tenant_id) as session:
        order = Order(
            name=name, customer_id=customer, status=OrderStatus.PAID, currency="USD", created_at=at
        )
        for pid in products:
            variant = session.scalars(select(Variant).where(Variant.product_id == pid)).first()
            assert variant is not None
            order.lines.append(
                OrderLine(
                    variant_id=variant.id,
                    sku=variant.sku,
                    title="x",
                    quantity=1,
                    price_minor=variant.price_minor,
                )
            )
        session.add(order)
        session.flush()
        return order.id


def event(
    db: Database,
    tenant_id: int,
    kind: EventKind,
    product: int,
    *,
    customer: int | None = None,
    session_id: str | None = None,
    at: datetime | None = None,
) -> None:
    with tenant_session(db, tenant_id) as session:
        session.add(
            InteractionEvent(
                kind=kind,
                product_id=product,
                customer_id=customer,
                session_id=session_id,
                at=at or datetime.now(UTC),
            )
        )


def seed_outfitters(db: Database, tenant_id: int) -> Outfitters:
    shop = Outfitters()
    p = shop.products

    def product(
        handle: str,
        title: str,
        category: str,
        vendor: str,
        price: int,
        stock: int = 10,
        **attrs: str,
    ) -> None:
        p[handle] = add_product(
            db,
            tenant_id,
            handle,
            title,
            vendor=vendor,
            category=category,
            prices=[price],
            stock=[stock],
        )
        if attrs:
            with tenant_session(db, tenant_id) as session:
                row = session.get(Product, p[handle])
                assert row is not None
                row.attributes = [ProductAttribute(key=k, value=v) for k, v in attrs.items()]

    product("dome-tent", "Dome Tent", "Outdoor > Tents", "TrailMax", 19999, capacity="2 people")
    product("tunnel-tent", "Tunnel Tent", "Outdoor > Tents", "TrailMax", 24999, capacity="2 people")
    product("sleeping-bag", "Down Sleeping Bag", "Outdoor > Sleeping Bags", "TrailMax", 12999)
    product("camp-stove", "Camp Stove", "Outdoor > Cooking", "FlameCo", 4999)
    product("coffee", "Ground Coffee", "Pantry > Coffee", "Roastery", 1299)
    product("kite", "Red Kite", "Toys > Kites", "SkyCo", 1999)
    product("cheap-tent", "Budget Tent", "Outdoor > Tents", "Basic", 5999, capacity="2 people")
    product("sold-out-stove", "Twin Stove", "Outdoor > Cooking", "FlameCo", 8999, stock=0)
    product("hidden-tent", "Secret Tent", "Outdoor > Tents", "TrailMax", 21999)
    product("draft-tent", "Draft Tent", "Outdoor > Tents", "TrailMax", 22999)
    product("new-lantern", "Camp Lantern", "Outdoor > Lighting", "FlameCo", 2999)
    with tenant_session(db, tenant_id) as session:
        hidden = session.get(Product, p["hidden-tent"])
        draft = session.get(Product, p["draft-tent"])
        assert hidden is not None and draft is not None
        hidden.published = False
        draft.status = ProductStatus.DRAFT
    for i, name in enumerate(["ann", "ben", "cat", "dan", "eve", "fay", "gus"]):
        shop.customers[name] = add_customer(
            db,
            tenant_id,
            f"{name}@example.com",
            name.title(),
            "Shopper",
            created_at=NOW - timedelta(days=60),
        )
        del i
    c = shop.customers
    day = timedelta(days=1)
    tent_buyers = ["ann", "ben", "cat", "dan", "eve"]
    for i, who in enumerate(tent_buyers):
        tent = p["dome-tent"] if i % 2 == 0 else p["tunnel-tent"]
        # also the hidden, sold-out and draft products, so only filters keep them out
        extra = [p["hidden-tent"], p["sold-out-stove"], p["draft-tent"]] if i < 2 else []
        buy(
            db, tenant_id, c[who], [tent, p["sleeping-bag"], *extra], NOW - (20 - i) * day, f"#T{i}"
        )
        event(db, tenant_id, EventKind.VIEW, tent, customer=c[who], at=NOW - (21 - i) * day)
        event(
            db,
            tenant_id,
            EventKind.VIEW,
            p["sleeping-bag"],
            customer=c[who],
            at=NOW - (21 - i) * day + timedelta(minutes=5),
        )
    for i, who in enumerate(["fay", "gus", "ann"]):
        buy(db, tenant_id, c[who], [p["camp-stove"], p["coffee"]], NOW - (10 - i) * day, f"#S{i}")
    for i in range(4):  # guests' kite orders make the kite the most bought single product
        buy(db, tenant_id, None, [p["kite"]], NOW - (3 + i) * day, f"#K{i}")
    return shop
