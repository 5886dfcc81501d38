"""A hand-built order history whose segments can be worked out by hand.

Shop day "today" is 2026-03-15 (NOW is noon UTC). Counting orders (USD, not undone):

======  ======================================  ======  =======  ====  ===  ===  ===
who     orders (days ago: amount, category)     orders  spent    last  r    f    m
======  ======================================  ======  =======  ====  ===  ===  ===
ann     1: 100 K, 40: 50 T, 100: 30 K           3       180.00   1     5    4    4
ben     10: 500 T                               1       500.00   10    3    1    5
cat     200: 20 K, 300: 20 K                    2       40.00    200   1    3    1
dan     50: 70 T, 60/70/80: 10 K each           4       100.00   50    2    5    3
eve     5: 60 H (+ a cancelled 999 K, 3 ago)    1       60.00    5     4    1    2
fay     no orders; views 3 K, 1 T               0
======  ======================================  ======  =======  ====  ===  ===  ===

K = "Home > Kitchen" (kettle), T = "Outdoor > Tents" (tent), H = "Homeware" (lamp: not
under "Home"). Quintile score = 1 + 5 * (rank - 1) // 5 with equal values sharing the
lowest rank (ben and eve both have 1 order: rank 1). ben does not accept marketing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Category,
    Customer,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductAttribute,
    Variant,
)

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)

PRODUCTS = {
    "kettle": (
        "Pour-Over Kettle",
        "Home > Kitchen",
        (("material", "Stainless steel"), ("capacity", "1.2 L")),
    ),
    "tent": (
        "Ridge Tent",
        "Outdoor > Tents",
        (("material", "Ripstop nylon"), ("weight", "2.1 kg")),
    ),
    "lamp": ("Paper Lamp", "Homeware", (("material", "Rice paper"),)),
}
CUSTOMERS = {  # name: (accepts marketing, country, [(days ago, amount in cents, product)])
    "ann": (True, "US", [(1, 10000, "kettle"), (40, 5000, "tent"), (100, 3000, "kettle")]),
    "ben": (False, "US", [(10, 50000, "tent")]),
    "cat": (True, "CN", [(200, 2000, "kettle"), (300, 2000, "kettle")]),
    "dan": (
        True,
        "US",
        [(50, 7000, "tent"), (60, 1000, "kettle"), (70, 1000, "kettle"), (80, 1000, "kettle")],
    ),
    "eve": (True, "US", [(5, 6000, "lamp")]),
    "fay": (True, "US", []),
}
EXPECTED_RFM = {
    "ann": (5, 4, 4),
    "ben": (3, 1, 5),
    "cat": (1, 3, 1),
    "dan": (2, 5, 3),
    "eve": (4, 1, 2),
}


@dataclass
class History:
    customers: dict[str, int] = field(default_factory=dict)
    products: dict[str, int] = field(default_factory=dict)
    variants: dict[str, int] = field(default_factory=dict)

    def name_of(self, customer_id: int) -> str:
        return next(n for n, i in self.customers.items() if i == customer_id)


def add_order(
    db: Database,
    tenant_id: int,
    customer_id: int,
    variant_id: int,
    amount: int,
    at: datetime,
    *,
    status: OrderStatus = OrderStatus.PAID,
    name: str,
) -> None:
    with tenant_session(db, tenant_id) as session:
        order = Order(
            name=name,
            customer_id=customer_id,
            status=status,
            currency="USD",
            subtotal_minor=amount,
            total_minor=amount,
            created_at=at,
        )
        order.lines = [OrderLine(variant_id=variant_id, title="x", quantity=1, price_minor=amount)]
        session.add(order)


def add_customer(
    db: Database,
    tenant_id: int,
    email: str,
    *,
    marketing: bool = True,
    country: str = "US",
    first: str = "",
) -> int:
    with tenant_session(db, tenant_id) as session:
        customer = Customer(
            email=email,
            first_name=first or email.split("@")[0].title(),
            last_name="Tester",
            country=country,
            accepts_marketing=marketing,
        )
        session.add(customer)
        session.flush()
        return customer.id


def build_history(db: Database, tenant_id: int, domain: str = "example.test") -> History:
    history = History()
    with tenant_session(db, tenant_id) as session:
        for handle, (title, path, attributes) in PRODUCTS.items():
            parent = None
            for depth in range(1, path.count(" > ") + 2):
                sub = " > ".join(path.split(" > ")[:depth])
                category = Category(
                    path=sub, name=sub.split(" > ")[-1], parent_id=parent.id if parent else None
                )
                session.add(category)
                session.flush()
                parent = category
            product = Product(
                handle=handle,
                title=title,
                category_id=parent.id if parent else None,
                body_html=f"<p>{title}.</p>",
            )
            product.attributes = [ProductAttribute(key=k, value=v) for k, v in attributes]
            product.variants = [
                Variant(
                    sku=handle.upper(),
                    position=1,
                    price_minor=1000,
                    currency="USD",
                    inventory_qty=50,
                )
            ]
            session.add(product)
            session.flush()
            history.products[handle] = product.id
            history.variants[handle] = product.variants[0].id
    number = 1000
    for name, (marketing, country, orders) in CUSTOMERS.items():
        cid = add_customer(db, tenant_id, f"{name}@{domain}", marketing=marketing, country=country)
        history.customers[name] = cid
        for days, amount, handle in orders:
            number += 1
            add_order(
                db,
                tenant_id,
                cid,
                history.variants[handle],
                amount,
                NOW - timedelta(days=days),
                name=f"#{number}",
            )
    add_order(
        db,
        tenant_id,
        history.customers["eve"],
        history.variants["kettle"],
        99900,
        NOW - timedelta(days=3),
        status=OrderStatus.CANCELLED,
        name="#9999",
    )
    with tenant_session(db, tenant_id) as session:
        for handle in ("kettle", "kettle", "kettle", "tent"):
            session.add(
                InteractionEvent(
                    kind=EventKind.VIEW,
                    at=NOW - timedelta(days=2),
                    customer_id=history.customers["fay"],
                    product_id=history.products[handle],
                )
            )
    return history
