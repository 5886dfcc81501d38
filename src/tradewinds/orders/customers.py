"""The console's customers: the REST API's customer query (``store.queries``) with each
customer's order count, total spent and last order; one customer with their orders and
addresses.

Total spent is what the customer's orders that were not cancelled cost, less what was
refunded of them, per currency. Segments: no capability defines customer segments yet
(the merchant tools issue plans them); the detail page says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import NotFound
from tradewinds.orders.listing import MAX_OFFSET, PER_PAGE, OrderRow, row_of
from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import list_customers, list_orders
from tradewinds.store.tables import Customer, CustomerAddress, Order, OrderRefund, OrderStatus

RECENT_ORDERS = 50


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    email: str
    orders: int
    spent: tuple[tuple[str, int], ...]  # (currency, minor), one per currency
    last_order_at: datetime | None


@dataclass(frozen=True)
class CustomerList:
    rows: list[CustomerRow]
    total: int
    offset: int
    per_page: int


@dataclass(frozen=True)
class CustomerView:
    row: CustomerRow
    phone: str
    accepts_marketing: bool
    created_at: datetime
    has_account: bool
    home: tuple[str, str, str, str]  # street, postal code, city, country
    addresses: tuple[tuple[str, str, str, str, str, bool], ...]  # name … country, default
    orders: tuple[OrderRow, ...]  # newest first, at most RECENT_ORDERS


def _totals(
    session: Session, ids: list[int]
) -> dict[int, tuple[int, dict[str, int], datetime | None]]:
    """Per customer: (orders, spent per currency, last order)."""
    found: dict[int, tuple[int, dict[str, int], datetime | None]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(Order.customer_id, func.count(Order.id), func.max(Order.created_at))
        .where(Order.customer_id.in_(ids))
        .group_by(Order.customer_id)
    )
    for customer_id, count, last in rows:
        found[int(customer_id or 0)] = (int(count), {}, last)
    kept = Order.status != OrderStatus.CANCELLED
    spent = session.execute(
        select(Order.customer_id, Order.currency, func.sum(Order.total_minor))
        .where(Order.customer_id.in_(ids), kept)
        .group_by(Order.customer_id, Order.currency)
    )
    for customer_id, currency, total in spent:
        found[int(customer_id or 0)][1][currency] = int(total or 0)
    refunded = session.execute(
        select(Order.customer_id, Order.currency, func.sum(OrderRefund.amount_minor))
        .join(OrderRefund, OrderRefund.order_id == Order.id)
        .where(Order.customer_id.in_(ids), kept)
        .group_by(Order.customer_id, Order.currency)
    )
    for customer_id, currency, total in refunded:
        by_currency = found[int(customer_id or 0)][1]
        by_currency[currency] = by_currency.get(currency, 0) - int(total or 0)
    return found


def _row(
    customer: Customer, totals: dict[int, tuple[int, dict[str, int], datetime | None]]
) -> CustomerRow:
    count, spent, last = totals.get(customer.id, (0, {}, None))
    return CustomerRow(
        customer.id, customer.name, customer.email, count, tuple(sorted(spent.items())), last
    )


def console_customers(db: Database, tenant_id: int, q: str = "", offset: int = 0) -> CustomerList:
    """One page of the shop's customers (newest first) whose email, name or phone
    contains ``q``, with their order totals."""
    offset = max(0, min(offset, MAX_OFFSET))
    with tenant_session(db, tenant_id) as session:
        page = list_customers(session, q=q.strip()[:200] or None, limit=PER_PAGE, offset=offset)
        totals = _totals(session, [c.id for c in page.items])
        rows = [_row(c, totals) for c in page.items]
        return CustomerList(rows, page.total, offset, PER_PAGE)


def customer_view(db: Database, tenant_id: int, customer_id: int) -> CustomerView:
    """One customer with their orders and addresses; ``NotFound`` when not this shop's."""
    with tenant_session(db, tenant_id) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"no customer {customer_id} in this shop")
        orders = list_orders(session, customer_id=customer.id, limit=RECENT_ORDERS)
        saved = session.scalars(
            select(CustomerAddress)
            .where(CustomerAddress.customer_id == customer.id)
            .order_by(CustomerAddress.is_default.desc(), CustomerAddress.id)
        )
        return CustomerView(
            row=_row(customer, _totals(session, [customer.id])),
            phone=customer.phone or "",
            accepts_marketing=customer.accepts_marketing,
            created_at=customer.created_at,
            has_account=customer.password_hash is not None,
            home=(customer.street, customer.zip, customer.city, customer.country),
            addresses=tuple(
                (a.name, a.street, a.postal_code, a.city, a.country, a.is_default) for a in saved
            ),
            orders=tuple(row_of(o) for o in orders.items),
        )
