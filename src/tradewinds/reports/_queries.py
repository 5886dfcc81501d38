"""The dashboard's aggregate queries: by the shop's calendar day (orders, sessions) and by
product (order lines). Each returns a few hundred rows at most, whatever the orders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tradewinds.reports._sql import day_segments, local_day, order_counts
from tradewinds.reports.periods import DayClock
from tradewinds.store.tables import EventKind, InteractionEvent, Order, OrderLine, Product, Variant

Span = tuple[datetime, datetime]


def orders_by_day(clock: DayClock, dialect: str, span: Span) -> Select[Any]:
    """(day, currency, orders, total, orders that count, their total) per day."""
    parts = [
        select(
            local_day(Order.created_at, offset, dialect).label("day"),
            Order.currency.label("currency"),
            Order.total_minor.label("total"),
            case((order_counts(), 1), else_=0).label("counts"),
        ).where(Order.created_at >= start, Order.created_at < end)
        for start, end, offset in day_segments(clock, *span)
    ]
    placed = union_all(*parts).subquery()
    return select(
        placed.c.day,
        placed.c.currency,
        func.count(),
        func.coalesce(func.sum(placed.c.total), 0),
        func.coalesce(func.sum(placed.c.counts), 0),
        func.coalesce(func.sum(placed.c.total * placed.c.counts), 0),
    ).group_by(placed.c.day, placed.c.currency)


def sessions_by_day(clock: DayClock, dialect: str, span: Span) -> Select[Any]:
    """(day, sessions, sessions with a purchase) per day: distinct ``session_id`` a day."""
    bought = InteractionEvent.kind == EventKind.PURCHASE
    parts = [
        select(
            local_day(InteractionEvent.at, offset, dialect).label("day"),
            InteractionEvent.session_id.label("session_id"),
            case((bought, InteractionEvent.session_id)).label("buyer"),
        ).where(
            InteractionEvent.at >= start,
            InteractionEvent.at < end,
            InteractionEvent.session_id.is_not(None),
        )
        for start, end, offset in day_segments(clock, *span)
    ]
    events = union_all(*parts).subquery()
    return select(
        events.c.day,
        func.count(events.c.session_id.distinct()),
        func.count(events.c.buyer.distinct()),
    ).group_by(events.c.day)


def _lines(span: Span, currency: str) -> Select[int, int, int]:
    """The order lines that count in ``span``: (product_id, units, amount)."""
    return (
        select(
            Variant.product_id.label("product_id"),
            OrderLine.quantity.label("units"),
            (OrderLine.quantity * OrderLine.price_minor).label("amount"),
        )
        .select_from(OrderLine)
        .join(Order, Order.id == OrderLine.order_id)
        .outerjoin(Variant, Variant.id == OrderLine.variant_id)
        .where(
            Order.created_at >= span[0],
            Order.created_at < span[1],
            Order.currency == currency,
            order_counts(),
        )
    )


def top_products(
    session: Session, span: Span, currency: str, top: int
) -> tuple[list[tuple[int | None, int, int]], list[tuple[int | None, int, int]]]:
    """The ``top`` products by revenue and by units: two lists of (product_id, revenue,
    units), from one pass over the lines (ranked by window functions, ties by id)."""
    lines = _lines(span, currency).subquery()
    sums = (
        select(
            lines.c.product_id,
            func.sum(lines.c.amount).label("revenue"),
            func.sum(lines.c.units).label("units"),
        )
        .group_by(lines.c.product_id)
        .subquery()
    )
    ranked = select(
        sums.c.product_id,
        sums.c.revenue,
        sums.c.units,
        func.row_number().over(order_by=(sums.c.revenue.desc(), sums.c.product_id)).label("r"),
        func.row_number().over(order_by=(sums.c.units.desc(), sums.c.product_id)).label("u"),
    ).subquery()
    rows = session.execute(select(ranked).where(or_(ranked.c.r <= top, ranked.c.u <= top))).all()
    by_revenue = sorted((r for r in rows if r.r <= top), key=lambda r: r.r)
    by_units = sorted((r for r in rows if r.u <= top), key=lambda r: r.u)
    return (
        [(r.product_id, int(r.revenue), int(r.units)) for r in by_revenue],
        [(r.product_id, int(r.revenue), int(r.units)) for r in by_units],
    )


def product_sales(
    session: Session, span: Span, currency: str, wanted: set[int | None]
) -> dict[int | None, tuple[int, int]]:
    """(revenue, units) in ``span`` of the ``wanted`` products (None: deleted variants)."""
    if not wanted:
        return {}
    chosen: ColumnElement[bool] = Variant.product_id.in_([p for p in wanted if p is not None])
    if None in wanted:
        chosen = chosen | Variant.product_id.is_(None)
    lines = _lines(span, currency).where(chosen).subquery()
    rows = session.execute(
        select(lines.c.product_id, func.sum(lines.c.amount), func.sum(lines.c.units))
        .group_by(lines.c.product_id)
    )  # fmt: skip
    return {p: (int(a), int(u)) for p, a, u in rows}


def product_titles(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Product.id, Product.title).where(Product.id.in_(ids)))
    return {int(i): str(t) for i, t in rows}
