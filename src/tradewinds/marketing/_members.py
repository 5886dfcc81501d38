"""The SQL behind segment members: one aggregate over a tenant's orders per customer
(orders, revenue, first and last order), the RFM quintiles as window functions over it,
and each kind's condition; the database does the work, whatever the number of orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, not_, or_, select
from sqlalchemy.sql.elements import ColumnElement

from tradewinds.store.tables import (
    Category,
    Customer,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Variant,
)

# An order that was cancelled, given back, refunded or voided is not a purchase.
_UNDONE_STATUSES = (OrderStatus.CANCELLED, OrderStatus.RETURNED)
_UNDONE_PAYMENTS = ("refunded", "voided")


def _counts(currency: str) -> ColumnElement[bool]:
    return and_(
        Order.customer_id.is_not(None),
        Order.currency == currency,
        not_(Order.status.in_(_UNDONE_STATUSES)),
        or_(Order.financial_status.is_(None), not_(Order.financial_status.in_(_UNDONE_PAYMENTS))),
    )


def _score(column: Any, customers: Any) -> ColumnElement[int]:
    """The quintile 1-5 of ``column`` (5: highest); equal values share a score."""
    score: ColumnElement[int] = (
        literal(1) + (literal(5) * (func.rank().over(order_by=column) - 1)) // customers
    )
    return score


def scored_customers(currency: str) -> Any:
    """Per customer with a counting order: orders, revenue, first/last order, r, f, m."""
    stats = (
        select(
            Order.customer_id.label("customer_id"),
            func.count(Order.id).label("orders"),
            func.sum(Order.total_minor).label("revenue"),
            func.min(Order.created_at).label("first_at"),
            func.max(Order.created_at).label("last_at"),
        )
        .where(_counts(currency))
        .group_by(Order.customer_id)
        .subquery("stats")
    )
    customers = func.count().over()
    return select(
        stats,
        _score(stats.c.last_at, customers).label("r"),
        _score(stats.c.orders, customers).label("f"),
        _score(stats.c.revenue, customers).label("m"),
    ).subquery("scored")


def in_category(path: str) -> ColumnElement[bool]:
    """The product's category is ``path`` or below it (``Home`` covers ``Home > Kitchen``,
    not ``Homeware``)."""
    return or_(Category.path == path, Category.path.startswith(f"{path} > ", autoescape=True))


def _affinity(params: dict[str, Any], currency: str) -> Any:
    """(customer_id, share) of customers whose share in the category reaches the minimum."""
    # The category's ids first (a few rows), so each order line or view is tested by its
    # product's category id instead of joining the category and comparing its path.
    inside = Product.category_id.in_(select(Category.id).where(in_category(params["category"])))
    if params["measure"] == "spend":
        amount: Any = OrderLine.quantity * OrderLine.price_minor
        base = (
            select(
                Order.customer_id.label("customer_id"), amount.label("amount"), inside.label("hit")
            )
            .select_from(OrderLine)
            .join(Order, Order.id == OrderLine.order_id)
            .join(Variant, Variant.id == OrderLine.variant_id)
            .join(Product, Product.id == Variant.product_id)
            .where(_counts(currency))
        )
    else:
        base = (
            select(
                InteractionEvent.customer_id.label("customer_id"),
                literal(1).label("amount"),
                inside.label("hit"),
            )
            .join(Product, Product.id == InteractionEvent.product_id)
            .where(
                InteractionEvent.kind == EventKind.VIEW, InteractionEvent.customer_id.is_not(None)
            )
        )
    rows = base.subquery("touched")
    hit = func.sum(case((rows.c.hit, rows.c.amount), else_=0))
    total = func.sum(rows.c.amount)
    permille = round(params["min_share"] * 1000)
    return (
        select(rows.c.customer_id, (hit * 1.0 / total).label("share"))
        .group_by(rows.c.customer_id)
        .having(total > 0, hit * 1000 >= total * permille)
        .subquery("affinity")
    )


def members_select(
    kind: str, params: dict[str, Any], currency: str, cutoff: datetime | None
) -> Select[Any]:
    """The members of a segment: customer columns, the RFM row, and ``share``.

    ``cutoff`` is the UTC instant the window of a ``lapsed`` or ``new`` segment starts
    (midnight of the first of its shop days)."""
    scored = scored_customers(currency)
    columns = [
        Customer.id.label("customer_id"),
        Customer.email,
        Customer.first_name,
        Customer.last_name,
        Customer.accepts_marketing,
        Customer.country,
        func.coalesce(scored.c.orders, 0).label("orders"),
        func.coalesce(scored.c.revenue, 0).label("revenue"),
        scored.c.first_at,
        scored.c.last_at,
        scored.c.r,
        scored.c.f,
        scored.c.m,
    ]
    if kind == "affinity":
        affinity = _affinity(params, currency)
        return (
            select(*columns, affinity.c.share)
            .select_from(affinity)
            .join(Customer, Customer.id == affinity.c.customer_id)
            .outerjoin(scored, scored.c.customer_id == Customer.id)
        )
    query = select(*columns, literal(None).label("share")).join(
        scored, scored.c.customer_id == Customer.id
    )
    if kind == "rfm":
        for key in ("r", "f", "m"):
            low, high = params[key]
            query = query.where(scored.c[key].between(low, high))
    elif kind == "lapsed":
        query = query.where(scored.c.last_at < cutoff, scored.c.orders >= params["min_orders"])
    elif kind == "new":
        query = query.where(scored.c.first_at >= cutoff)
    return query
