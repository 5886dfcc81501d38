"""Small, named test data written through tenant-scoped sessions (no importer needed).

``seed_shop`` builds one known store; tests assert against the ids it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Category,
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    Product,
    ProductOption,
    ProductStatus,
    ProductTag,
    Variant,
)

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _category(session: object, path: str) -> Category:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    found = session.scalars(select(Category).where(Category.path == path)).one_or_none()
    if found is not None:
        return found
    parent = None
    if " > " in path:
        parent = _category(session, path.rsplit(" > ", 1)[0])
    category = Category(
        path=path, name=path.rsplit(" > ", 1)[-1], parent_id=parent.id if parent else None
    )
    session.add(category)
    session.flush()
    return category


def add_product(
    db: Database,
    tenant_id: int,
    handle: str,
    title: str = "",
    *,
    vendor: str = "",
    category: str | None = None,
    tags: Sequence[str] = (),
    prices: Sequence[int] = (1999,),
    stock: Sequence[int] | None = None,
    skus: Sequence[str] | None = None,
    status: ProductStatus = ProductStatus.ACTIVE,
    created_at: datetime = T0,
    currency: str = "USD",
) -> int:
    """Add one product with a variant per price; return its id."""
    stock = stock if stock is not None else [3] * len(prices)
    with tenant_session(db, tenant_id) as session:
        product = Product(
            handle=handle,
            title=title or handle.replace("-", " ").title(),
            vendor=vendor,
            status=status,
            created_at=created_at,
            updated_at=created_at,
            body_html=f"<p>{title}</p>",
        )
        if category:
            product.category = _category(session, category)
        product.tags = [ProductTag(tag=t) for t in tags]
        product.variants = [
            Variant(
                sku=(skus[i] if skus else f"{handle}-{i + 1}".upper()),
                position=i + 1,
                option1=(f"Size {i + 1}" if len(prices) > 1 else None),
                price_minor=price,
                currency=currency,
                inventory_qty=stock[i],
                weight_grams=250,
            )
            for i, price in enumerate(prices)
        ]
        session.add(product)
        session.flush()
        return product.id


def add_customer(
    db: Database,
    tenant_id: int,
    email: str,
    first: str,
    last: str,
    *,
    city: str = "",
    country: str = "US",
    created_at: datetime = T0,
    marketing: bool = False,
) -> int:
    with tenant_session(db, tenant_id) as session:
        customer = Customer(
            email=email,
            first_name=first,
            last_name=last,
            city=city,
            country=country,
            street="1 Main St",
            zip="12345",
            latitude=40.0,
            longitude=-75.0,
            created_at=created_at,
            accepts_marketing=marketing,
        )
        session.add(customer)
        session.flush()
        return customer.id


def add_order(
    db: Database,
    tenant_id: int,
    name: str,
    *,
    customer_id: int | None = None,
    email: str = "",
    status: OrderStatus = OrderStatus.PAID,
    created_at: datetime = T0,
    lines: Sequence[tuple[str, int, int]] = (("Thing", 1, 1000),),
    history: Sequence[OrderStatus] = (),
    window_hours: tuple[int, int] | None = None,
    currency: str = "USD",
) -> int:
    """Add an order with ``lines`` as (title, quantity, unit price minor); return its id."""
    with tenant_session(db, tenant_id) as session:
        subtotal = sum(q * p for _, q, p in lines)
        order = Order(
            name=name,
            customer_id=customer_id,
            email=email,
            status=status,
            currency=currency,
            subtotal_minor=subtotal,
            shipping_minor=500,
            total_minor=subtotal + 500,
            created_at=created_at,
            ship_name="Ship To",
            ship_street="2 Side St",
            ship_city="Springfield",
            ship_zip="12345",
            ship_country="US",
            ship_latitude=40.1,
            ship_longitude=-75.1,
        )
        if window_hours is not None:
            order.window_start = created_at + timedelta(hours=window_hours[0])
            order.window_end = created_at + timedelta(hours=window_hours[1])
        order.lines = [
            OrderLine(sku=f"SKU-{i}", title=title, quantity=qty, price_minor=price)
            for i, (title, qty, price) in enumerate(lines)
        ]
        order.history = [
            OrderStatusChange(status=s, at=created_at + timedelta(hours=i), note=f"step {i}")
            for i, s in enumerate(history)
        ]
        session.add(order)
        session.flush()
        return order.id


@dataclass
class Shop:
    """Ids of the rows :func:`seed_shop` wrote, by handle / e-mail / order name."""

    products: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    orders: dict[str, int] = field(default_factory=dict)


def seed_shop(db: Database, tenant_id: int) -> Shop:
    """Five products, three customers, three orders with known prices, dates and statuses."""
    shop = Shop()
    day = timedelta(days=1)
    shop.products["red-kite"] = add_product(
        db,
        tenant_id,
        "red-kite",
        "Red Kite",
        vendor="SkyCo",
        category="Toys",
        tags=["kite", "Summer"],
        prices=[1999],
        stock=[5],
        created_at=T0 + 1 * day,
    )
    shop.products["jigsaw-1000"] = add_product(
        db,
        tenant_id,
        "jigsaw-1000",
        "Jigsaw 1000 pieces",
        vendor="PuzzleWorks",
        category="Toys > Puzzles",
        tags=["puzzle"],
        prices=[2499, 2999],
        stock=[0, 0],
        created_at=T0 + 2 * day,
    )
    shop.products["dome-tent"] = add_product(
        db,
        tenant_id,
        "dome-tent",
        "Dome Tent",
        vendor="TrailMax",
        category="Outdoor > Tents",
        tags=["camping", "summer"],
        prices=[19999, 14999],
        stock=[1, 2],
        created_at=T0 + 3 * day,
    )
    shop.products["beach-ball"] = add_product(
        db,
        tenant_id,
        "beach-ball",
        "Beach Ball",
        vendor="skyco",
        prices=[499],
        stock=[10],
        status=ProductStatus.ARCHIVED,
        created_at=T0 + 4 * day,
    )
    shop.products["cotton-tee"] = add_product(
        db,
        tenant_id,
        "cotton-tee",
        "100% Cotton Tee",
        vendor="Threads",
        prices=[1500],
        stock=[7],
        skus=["TEE_01"],
        created_at=T0 + 5 * day,
    )

    for email, first, last, city, n in [
        ("ann@example.com", "Ann", "Lee", "Springfield", 1),
        ("bob@example.com", "Bob", "Stone", "Shelbyville", 2),
        ("cy@example.com", "Cy", "Ray", "springfield", 3),
    ]:
        shop.customers[email] = add_customer(
            db, tenant_id, email, first, last, city=city, created_at=T0 + n * day, marketing=n == 2
        )

    ann, bob = shop.customers["ann@example.com"], shop.customers["bob@example.com"]
    shop.orders["#1001"] = add_order(
        db,
        tenant_id,
        "#1001",
        customer_id=ann,
        email="ann@example.com",
        status=OrderStatus.PAID,
        created_at=datetime(2024, 1, 5, 10, tzinfo=UTC),
        lines=[("Red Kite", 1, 1999)],
        history=[OrderStatus.PENDING, OrderStatus.PAID],
    )
    shop.orders["#1002"] = add_order(
        db,
        tenant_id,
        "#1002",
        customer_id=bob,
        email="Bob@Example.com",
        status=OrderStatus.DELIVERED,
        created_at=datetime(2024, 2, 10, 9, tzinfo=UTC),
        lines=[("Dome Tent", 1, 14999), ("Red Kite", 2, 1999)],
        history=[OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.DELIVERED],
        window_hours=(24, 26),
    )
    shop.orders["#1003"] = add_order(
        db,
        tenant_id,
        "#1003",
        customer_id=ann,
        email="ann@example.com",
        status=OrderStatus.PENDING,
        created_at=datetime(2024, 3, 1, 8, tzinfo=UTC),
        lines=[("Beach Ball", 1, 499)],
        history=[OrderStatus.PENDING],
    )
    return shop


def set_options(
    db: Database, tenant_id: int, product_id: int, name: str, values: Sequence[str],
    body_html: str | None = None,
) -> None:  # fmt: skip
    """Give the product one option ``name`` whose values name its variants in order (and,
    if given, a description)."""
    with tenant_session(db, tenant_id) as session:
        product = session.get(Product, product_id)
        assert product is not None
        product.options = [ProductOption(position=1, name=name)]
        for variant, value in zip(product.variants, values, strict=True):
            variant.option1 = value
        if body_html is not None:
            product.body_html = body_html
