"""One order as the console shows it: lines with what was refunded of each, totals, the
customer, delivery, payment, shipments, refunds, a timeline, and the steps it may take.

The timeline merges what happened to the order, oldest first: its status changes (placed,
paid, shipped, cancelled, returned; with the console member who made each, if one did),
the payment the shopper chose at checkout, and every refund (who, how much, which units).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from tradewinds.core.errors import NotFound
from tradewinds.orders._locking import refunded_quantities
from tradewinds.orders.actions import OPEN, UNFULFILLED
from tradewinds.orders.refunds import paid_minor
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Customer,
    Order,
    OrderFulfilment,
    OrderPayment,
    OrderRefund,
    OrderStatus,
)


@dataclass(frozen=True)
class LineView:
    id: int
    title: str
    sku: str
    quantity: int
    price_minor: int
    refunded: int  # units refunded so far
    restocked: int  # of which put back on the shelf

    @property
    def left(self) -> int:
        """Units neither refunded nor taken back: what a packing slip lists."""
        return self.quantity - self.refunded


@dataclass(frozen=True)
class TimelineEntry:
    """One event: ``kind`` is an order status value, ``payment`` or ``refund``."""

    at: datetime
    kind: str
    actor: str  # a console member's email; "" for the shopper, an import or routing
    detail: str  # the note, the carrier and tracking number, or the refunded units
    amount_minor: int = 0  # a refund's amount


@dataclass(frozen=True)
class Shipment:
    carrier: str
    tracking_number: str
    at: datetime
    actor: str


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str
    placed_at: datetime
    status: str
    financial_status: str
    fulfillment_status: str
    currency: str
    subtotal_minor: int
    discount_minor: int
    shipping_minor: int
    total_minor: int
    discount_code: str
    email: str
    customer: tuple[int, str, str] | None  # id, name, email
    ship_to: tuple[str, str, str, str, str]  # name, street, postal code, city, country
    window: tuple[datetime, datetime] | None  # asked for at checkout
    promised: tuple[datetime, datetime] | None  # planned by routing
    payment: tuple[str, str] | None  # provider, its answer
    lines: tuple[LineView, ...]
    shipments: tuple[Shipment, ...]
    timeline: tuple[TimelineEntry, ...]
    refunded_minor: int
    refundable_minor: int

    @property
    def can_fulfil(self) -> bool:
        return (
            self.status in OPEN
            and self.fulfillment_status.lower() in UNFULFILLED
            and any(line.left > 0 for line in self.lines)
        )

    @property
    def can_cancel(self) -> bool:
        return self.status in OPEN and self.fulfillment_status.lower() in UNFULFILLED

    @property
    def can_refund(self) -> bool:
        return self.refundable_minor > 0


def _pair(start: datetime | None, end: datetime | None) -> tuple[datetime, datetime] | None:
    return (start, end) if start is not None and end is not None else None


def order_view(db: Database, tenant_id: int, order_id: int) -> OrderView:
    """The console's view of order ``order_id``; ``NotFound`` when it is not this shop's."""
    with tenant_session(db, tenant_id) as session:
        order = session.scalars(select(Order).where(Order.id == order_id)).one_or_none()
        if order is None:
            raise NotFound(f"no order {order_id} in this shop", details={"order": order_id})
        customer = session.get(Customer, order.customer_id) if order.customer_id else None
        payment = session.scalars(
            select(OrderPayment).where(OrderPayment.order_id == order.id)
        ).one_or_none()
        shipped = session.scalars(
            select(OrderFulfilment)
            .where(OrderFulfilment.order_id == order.id)
            .order_by(OrderFulfilment.id)
        ).all()
        refunds = session.scalars(
            select(OrderRefund).where(OrderRefund.order_id == order.id).order_by(OrderRefund.id)
        ).all()
        done = refunded_quantities(session, order.id)
        lines = tuple(
            LineView(
                line.id,
                line.title,
                line.sku or "",
                line.quantity,
                line.price_minor,
                *done.get(line.id, (0, 0)),
            )
            for line in order.lines
        )
        titles = {line.id: line.title for line in order.lines}
        timeline = [
            TimelineEntry(h.at, h.status.value, h.actor_email, h.note) for h in order.history
        ]
        if not any(h.status == OrderStatus.PENDING for h in order.history):
            timeline.append(TimelineEntry(order.created_at, "pending", "", ""))
        if payment is not None:
            timeline.append(
                TimelineEntry(
                    payment.created_at, "payment", "", f"{payment.provider}: {payment.status}"
                )
            )
        for refund in refunds:
            units = ", ".join(
                f"{titles.get(r.order_line_id, '?')} x {r.quantity}" for r in refund.lines
            )
            timeline.append(
                TimelineEntry(
                    refund.created_at, "refund", refund.actor_email, units, refund.amount_minor
                )
            )
        refunded = sum(r.amount_minor for r in refunds)
        return OrderView(
            id=order.id,
            number=order.name,
            placed_at=order.created_at,
            status=order.status.value,
            financial_status=order.financial_status,
            fulfillment_status=order.fulfillment_status,
            currency=order.currency,
            subtotal_minor=order.subtotal_minor,
            discount_minor=order.discount_minor,
            shipping_minor=order.shipping_minor,
            total_minor=order.total_minor,
            discount_code=order.discount_code or "",
            email=order.email,
            customer=(customer.id, customer.name, customer.email) if customer else None,
            ship_to=(
                order.ship_name,
                order.ship_street,
                order.ship_zip,
                order.ship_city,
                order.ship_country,
            ),
            window=_pair(order.window_start, order.window_end),
            promised=_pair(order.promised_start, order.promised_end),
            payment=(payment.provider, payment.status) if payment else None,
            lines=lines,
            shipments=tuple(
                Shipment(s.carrier, s.tracking_number, s.created_at, s.actor_email) for s in shipped
            ),
            timeline=tuple(sorted(timeline, key=lambda e: e.at)),
            refunded_minor=refunded,
            refundable_minor=max(0, paid_minor(order) - refunded),
        )
