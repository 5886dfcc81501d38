"""Refunding an order from the console: the whole order or chosen lines and quantities.

A refund gives money back (never more than was paid and not yet refunded) and may put the
refunded units back on their variants (``restock``, per line: returned goods go back on the
shelf, damaged ones do not). The order's row is locked first (:mod:`._locking`), so two
refunds at once cannot both refund the same units or restock them twice.

* **Paid**: an order whose financial status is ``paid``, ``authorized`` or
  ``partially_refunded`` has paid its total; ``pending`` (pay on delivery, not yet
  collected) and ``voided`` have paid nothing, ``refunded`` has nothing left.
* **Amount**: the chosen lines' value (quantity times unit price), at most what is left to
  refund; the whole order refunds all that is left. A typed amount overrides it (a goodwill
  refund needs no line) but may not exceed what is left.
* **Cancelled orders** had their stock put back when cancelled: their refunds never restock.
* Afterwards the financial status is ``refunded`` (nothing left) or ``partially_refunded``;
  a fulfilled order whose every unit is refunded becomes ``returned``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import Money, parse_money
from tradewinds.orders._locking import (
    locked_order,
    order_transaction,
    refunded_minor,
    refunded_quantities,
    restock,
)
from tradewinds.orders.actions import InvalidOrderAction, OrderActionRefused, change_status
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database
from tradewinds.store.tables import (
    Order,
    OrderLine,
    OrderRefund,
    OrderRefundLine,
    OrderStatus,
)

log = logging.getLogger(__name__)
PAID = ("paid", "authorized", "partially_refunded")


@dataclass(frozen=True)
class RefundRequest:
    """What the refund form posted: per order line id, (quantity as typed, restock);
    ``whole`` refunds every unit left; ``amount`` as typed ("" for the lines' value)."""

    lines: dict[int, tuple[str, bool]] = field(default_factory=dict)
    whole: bool = False
    amount: str = ""


@dataclass(frozen=True)
class RefundMade:
    amount_minor: int
    currency: str
    units: int
    restocked: int


def paid_minor(order: Order) -> int:
    """What the order has paid (its total once paid, else 0)."""
    return order.total_minor if order.financial_status.lower() in PAID else 0


def _quantities(
    request: RefundRequest, lines: list[OrderLine], left: dict[int, int]
) -> dict[int, int]:
    """Units to refund per line; raises InvalidOrderAction naming each wrong field."""
    if request.whole:
        return {line.id: left[line.id] for line in lines if left[line.id] > 0}
    errors: dict[str, str] = {}
    chosen: dict[int, int] = {}
    known = {line.id for line in lines}
    for line_id, (typed, _restock) in request.lines.items():
        name, text = f"lines.{line_id}.quantity", typed.strip()
        if line_id not in known:
            raise InvalidOrderAction({name: "invalid"})
        if not text or text == "0":
            continue
        if not text.lstrip("-").isdigit():
            errors[name] = "invalid"
        elif int(text) < 0:
            errors[name] = "negative"
        elif int(text) > left[line_id]:
            errors[name] = "too_large"
        else:
            chosen[line_id] = int(text)
    if errors:
        raise InvalidOrderAction(errors)
    return chosen


def _amount(request: RefundRequest, currency: str) -> int | None:
    if not request.amount.strip():
        return None
    try:
        minor = parse_money(request.amount, currency).minor
    except InvalidInput:
        raise InvalidOrderAction({"amount": "invalid"}) from None
    if minor < 0:
        raise InvalidOrderAction({"amount": "negative"})
    return minor


def refund_order(
    db: Database, tenant_id: int, order_id: int, request: RefundRequest, actor: Actor
) -> RefundMade:
    """Refund ``request`` of the order; returns what was refunded.

    Raises ``InvalidOrderAction`` (a quantity that is not a whole number, or more than is
    left of its line; an amount that is not money; nothing chosen), ``OrderActionRefused``
    (nothing paid, already wholly refunded, more than is left to refund) or ``NotFound``
    (another shop's order); nothing is written then.
    """

    def run(session: Session) -> RefundMade:
        order = locked_order(session, order_id)
        paid = paid_minor(order)
        if paid == 0:
            reason = "refunded" if order.financial_status.lower() == "refunded" else "nothing_paid"
            raise OrderActionRefused(reason, f"{order.name} has no payment to refund")
        already = refunded_minor(session, order.id)
        available = max(0, paid - already)
        if available == 0:
            raise OrderActionRefused("refunded", f"{order.name} is already wholly refunded")
        done = refunded_quantities(session, order.id)
        left = {line.id: line.quantity - done.get(line.id, (0, 0))[0] for line in order.lines}
        units = _quantities(request, list(order.lines), left)
        typed = _amount(request, order.currency)
        if not units and not typed and not request.whole:
            raise InvalidOrderAction({"amount": "required"})
        prices = {line.id: line.price_minor for line in order.lines}
        value = sum(prices[i] * q for i, q in units.items())
        amount = typed if typed is not None else available if request.whole else value
        amount = min(amount, available) if typed is None else amount
        if amount > available:
            raise OrderActionRefused(
                "too_much",
                f"{order.name}: at most {Money(available, order.currency)} is left to refund",
                available=available,
            )
        refund = _write(session, order, request, units, amount, actor)
        before = {"financial_status": order.financial_status, "refunded": already}
        order.financial_status = "refunded" if already + amount >= paid else "partially_refunded"
        fulfilled = order.fulfillment_status.lower() == "fulfilled"
        if fulfilled and all(left[i] == units.get(i, 0) for i in left):
            change_status(order, OrderStatus.RETURNED, actor, "refunded")
        after: dict[str, object] = {
            "financial_status": order.financial_status,
            "refunded": already + amount,
        }
        after |= {f"{k} stock": f"+{n}" for k, n in _restocked_by_key(order, refund).items()}
        record_change(session, actor, "order.refund", ("order", order.id),
                      f"{order.name}: refunded {Money(amount, order.currency)}",
                      before, after)  # fmt: skip
        restocked = sum(line.quantity for line in refund.lines if line.restocked)
        return RefundMade(amount, order.currency, sum(units.values()), restocked)

    made = order_transaction(db, tenant_id, run)
    log.info("order refunded", extra={"tenant_id": tenant_id, "order_id": order_id})
    return made


def _write(
    session: Session,
    order: Order,
    request: RefundRequest,
    units: dict[int, int],
    amount: int,
    actor: Actor,
) -> OrderRefund:
    refund = OrderRefund(
        order_id=order.id, amount_minor=amount, currency=order.currency,
        actor_email=actor.label[:320],
    )  # fmt: skip
    by_id = {line.id: line for line in order.lines}
    for line_id, quantity in sorted(units.items()):
        wanted = request.lines.get(line_id, ("", True))[1]
        back = wanted and order.status != OrderStatus.CANCELLED
        back = back and restock(session, by_id[line_id].variant_id, quantity)
        refund.lines.append(
            OrderRefundLine(order_line_id=line_id, quantity=quantity, restocked=back)
        )
    session.add(refund)
    session.flush()
    return refund


def _restocked_by_key(order: Order, refund: OrderRefund) -> dict[str, int]:
    by_id = {line.id: line for line in order.lines}
    back: dict[str, int] = {}
    for line in refund.lines:
        if line.restocked:
            key = by_id[line.order_line_id].sku or by_id[line.order_line_id].title
            back[key] = back.get(key, 0) + line.quantity
    return back
