"""A signed-in customer's orders: the list, and one order with its status history.

Only orders placed while signed in to this account are listed (``AccountOrder``): an
order placed by a guest with the same email is not, because signing up does not prove
the email is yours. Another customer's order number is ``NotFound``, like a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from tradewinds.core.errors import NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import AccountOrder, Order, OrderFulfilment

MAX_LISTED = 100


@dataclass(frozen=True)
class OrderSummary:
    """One line of "my orders"."""

    number: str  # "#1001"
    placed_at: datetime
    status: str
    total_minor: int
    currency: str
    item_count: int


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: datetime
    note: str


@dataclass(frozen=True)
class OrderDetail:
    """One of the customer's orders: lines, delivery, status history, the delivery window
    chosen at checkout and, once routing has planned it, the promised window."""

    summary: OrderSummary
    lines: tuple[tuple[str, int, int], ...]  # title, quantity, unit price
    ship_name: str
    ship_street: str
    ship_city: str
    ship_zip: str
    ship_country: str
    history: tuple[StatusChange, ...]
    promised_start: datetime | None
    promised_end: datetime | None
    window_start: datetime | None = None  # requested at checkout
    window_end: datetime | None = None
    # (carrier, tracking number) of each shipment, once the shop has fulfilled the order.
    shipments: tuple[tuple[str, str], ...] = ()


def _summary(order: Order) -> OrderSummary:
    return OrderSummary(
        number=order.name,
        placed_at=order.created_at,
        status=order.status.value,
        total_minor=order.total_minor,
        currency=order.currency,
        item_count=sum(line.quantity for line in order.lines),
    )


def list_orders(db: Database, tenant_id: int, customer_id: int) -> list[OrderSummary]:
    """The customer's orders placed while signed in, newest first (at most 100)."""
    with tenant_session(db, tenant_id) as session:
        orders = session.scalars(
            select(Order)
            .join(AccountOrder, AccountOrder.order_id == Order.id)
            .where(AccountOrder.customer_id == customer_id)
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(MAX_LISTED)
        )
        return [_summary(order) for order in orders]


def get_order(db: Database, tenant_id: int, customer_id: int, number: str) -> OrderDetail:
    """The customer's order ``number`` (``"1001"`` or ``"#1001"``); ``NotFound`` when it is
    missing or not theirs."""
    name = number if number.startswith("#") else f"#{number}"
    with tenant_session(db, tenant_id) as session:
        order = session.scalars(
            select(Order)
            .join(AccountOrder, AccountOrder.order_id == Order.id)
            .where(AccountOrder.customer_id == customer_id, Order.name == name)
        ).one_or_none()
        if order is None:
            raise NotFound(f"no order {name} in this account")
        return OrderDetail(
            summary=_summary(order),
            lines=tuple((ln.title, ln.quantity, ln.price_minor) for ln in order.lines),
            ship_name=order.ship_name,
            ship_street=order.ship_street,
            ship_city=order.ship_city,
            ship_zip=order.ship_zip,
            ship_country=order.ship_country,
            history=tuple(StatusChange(h.status.value, h.at, h.note) for h in order.history),
            promised_start=order.promised_start,
            promised_end=order.promised_end,
            window_start=order.window_start,
            window_end=order.window_end,
            shipments=tuple(
                (carrier, number)
                for carrier, number in session.execute(
                    select(OrderFulfilment.carrier, OrderFulfilment.tracking_number)
                    .where(OrderFulfilment.order_id == order.id)
                    .order_by(OrderFulfilment.id)
                )
            ),
        )
