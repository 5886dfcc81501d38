"""Reading orders: filtered, sorted, paginated lists and single orders with their lines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store.queries._page import (
    DEFAULT_LIMIT,
    Page,
    check_aware,
    check_choice,
    check_enum,
    check_window,
    contains_pattern,
    count_of,
    fetch_page,
)
from tradewinds.store.tables import Order, OrderStatus

ORDER_SORTS = ("newest", "oldest", "total_asc", "total_desc")


def order_filters(
    *,
    q: str | None = None,
    status: OrderStatus | str | None = None,
    customer_id: int | None = None,
    email: str | None = None,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    financial_status: str | None = None,
    fulfillment_status: str | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE clauses for :func:`list_orders`'s filters (each optional, all ANDed)."""
    check_aware("created_from", created_from)
    check_aware("created_to", created_to)
    if created_from is not None and created_to is not None and created_from >= created_to:
        raise InvalidInput(
            f"created_from ({created_from.isoformat()}) must be before "
            f"created_to ({created_to.isoformat()})",
            details={"parameter": "created_from"},
        )
    where: list[ColumnElement[bool]] = []
    if q is not None and q.strip():
        pattern = contains_pattern(q.strip())
        where.append(
            or_(
                Order.name.ilike(pattern, escape="\\"),
                Order.email.ilike(pattern, escape="\\"),
                Order.ship_name.ilike(pattern, escape="\\"),
            )
        )
    if status is not None:
        where.append(Order.status == check_enum("status", status, OrderStatus))
    if customer_id is not None:
        where.append(Order.customer_id == customer_id)
    if email is not None and email.strip():
        where.append(func.lower(Order.email) == email.strip().lower())
    if financial_status:
        where.append(func.lower(Order.financial_status) == financial_status.lower())
    if fulfillment_status:
        wanted = fulfillment_status.lower()
        # Checkout and many imports leave an unfulfilled order's status empty.
        names = ["", "unfulfilled"] if wanted == "unfulfilled" else [wanted]
        where.append(func.lower(Order.fulfillment_status).in_(names))
    if created_from is not None:
        where.append(Order.created_at >= created_from)
    if created_to is not None:
        where.append(Order.created_at < created_to)
    return where


def _order_by(sort: str) -> list[Any]:
    check_choice("sort", sort, ORDER_SORTS)
    if sort == "oldest":
        return [Order.created_at.asc(), Order.id.asc()]
    if sort == "total_asc":
        return [Order.total_minor.asc(), Order.id.asc()]
    if sort == "total_desc":
        return [Order.total_minor.desc(), Order.id.desc()]
    return [Order.created_at.desc(), Order.id.desc()]


def list_orders(
    session: Session,
    *,
    q: str | None = None,
    status: OrderStatus | str | None = None,
    customer_id: int | None = None,
    email: str | None = None,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    financial_status: str | None = None,
    fulfillment_status: str | None = None,
    sort: str = "newest",
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page[Order]:
    """One page of the session's tenant's orders matching every given filter.

    Parameters
    ----------
    session
        A tenant-scoped session (:func:`tradewinds.store.tenant_session`).
    q
        Case-insensitive text found in the order name, e-mail or delivery name.
    status
        One of :class:`~tradewinds.store.tables.OrderStatus`'s values.
    customer_id, email
        The customer's id, or the order's e-mail (case-insensitive).
    created_from, created_to
        Timezone-aware bounds on ``created_at``: from inclusive, to exclusive.
    financial_status, fulfillment_status
        Shopify's payment and fulfilment statuses as stored (case-insensitive);
        ``unfulfilled`` also finds orders whose fulfilment status is empty.
    sort
        ``newest`` (default), ``oldest``, ``total_asc`` or ``total_desc``.
    limit, offset
        Page size (1..200) and start position.

    Returns
    -------
    Page[Order]
        The orders (lines and status history loaded) and the total number of matches.

    Raises
    ------
    InvalidInput
        A filter, sort or page bound is invalid; the message names it.
    """
    check_window(limit, offset)
    where = order_filters(
        q=q,
        status=status,
        customer_id=customer_id,
        email=email,
        created_from=created_from,
        created_to=created_to,
        financial_status=financial_status,
        fulfillment_status=fulfillment_status,
    )
    condition = and_(True, *where)
    stmt = select(Order).where(condition).order_by(*_order_by(sort))
    return fetch_page(
        session, stmt, count_of(Order.id).where(condition), limit=limit, offset=offset
    )


def get_order(session: Session, id_or_name: int | str) -> Order:
    """The order with this id or name; ``"1001"`` also finds the order named ``"#1001"``.

    An all-digit value is tried as an id first, then as a name.

    Raises
    ------
    NotFound
        No such order for this tenant (other tenants' orders are invisible).
    """
    key = str(id_or_name).strip()
    order = None
    if key.isdigit():
        order = session.scalars(select(Order).where(Order.id == int(key))).one_or_none()
    if order is None and key:
        names = [key] if key.startswith("#") else [key, f"#{key}"]
        order = session.scalars(
            select(Order).where(Order.name.in_(names)).order_by(Order.id).limit(1)
        ).one_or_none()
    if order is None:
        raise NotFound(f"no order with id or name {key!r}", details={"order": key})
    return order
