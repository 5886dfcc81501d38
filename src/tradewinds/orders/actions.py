"""Fulfilling and cancelling an order from the console: checked, locked, audited.

Each action locks the order's row first (:mod:`._locking`), checks that the order may
take the step, and refuses with :class:`OrderActionRefused` (nothing written) when it may
not: a cancelled order is not fulfilled, a fulfilled one is not cancelled. What it does is
written with a status change (who and when, for the timeline and the shopper's page) and a
console audit record in the same transaction.

Status flow: checkout leaves an order ``pending`` (``paid`` for imported paid orders);
**fulfil** hands it to a carrier: ``out_for_delivery`` with fulfilment status
``fulfilled``; **cancel** (only before fulfilment) makes it ``cancelled``, puts every unit
not already refunded back on its variant, and voids a payment that was never captured
(``pending`` or ``authorized`` becomes ``voided``; a ``paid`` order keeps its status until
it is refunded, see :mod:`.refunds`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidFields
from tradewinds.orders._locking import locked_order, order_transaction, refunded_quantities, restock
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database
from tradewinds.store.tables import Order, OrderFulfilment, OrderStatus, OrderStatusChange

log = logging.getLogger(__name__)
OPEN = (OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.PACKED)
UNFULFILLED = ("", "unfulfilled")
_UNCAPTURED = ("", "pending", "authorized")
_TRACKING = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./-]*$")


class OrderActionRefused(Conflict):
    """The order cannot take this step now; ``reason`` says why (``cancelled``,
    ``fulfilled``, ``nothing_to_ship``, ``nothing_paid``, ``refunded``, ``too_much``).
    Nothing was written."""

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, details={"reason": reason, **details})
        self.reason = reason


class InvalidOrderAction(InvalidFields):
    """Some values of an order action's form are wrong; ``errors`` maps fields to
    ``too_long``, ``invalid``, ``negative``, ``too_large`` or ``required``."""


@dataclass(frozen=True)
class Shipment:
    """What the fulfil form asks: both optional."""

    carrier: str = ""
    tracking_number: str = ""

    def checked(self) -> Shipment:
        errors: dict[str, str] = {}
        carrier, number = self.carrier.strip(), self.tracking_number.strip()
        if len(carrier) > 100:
            errors["carrier"] = "too_long"
        if len(number) > 100:
            errors["tracking_number"] = "too_long"
        elif number and not _TRACKING.match(number):
            errors["tracking_number"] = "invalid"
        if errors:
            raise InvalidOrderAction(errors)
        return Shipment(carrier, number)


def change_status(order: Order, status: OrderStatus, actor: Actor, note: str = "") -> None:
    order.status = status
    order.history.append(
        OrderStatusChange(status=status, note=note[:500], actor_email=actor.label[:320])
    )


def fulfil_order(
    db: Database, tenant_id: int, order_id: int, shipment: Shipment, actor: Actor
) -> None:
    """Mark the order shipped (``out_for_delivery``, fulfilment ``fulfilled``), with the
    carrier and tracking number when given.

    Raises ``InvalidOrderAction`` for a malformed tracking number, ``OrderActionRefused``
    for a cancelled, already fulfilled or wholly refunded order, ``NotFound`` for another
    shop's; nothing is written then.
    """
    shipment = shipment.checked()

    def run(session: Session) -> None:
        order = locked_order(session, order_id)
        if order.status == OrderStatus.CANCELLED:
            raise OrderActionRefused("cancelled", f"{order.name} is cancelled: nothing to ship")
        if order.status not in OPEN or order.fulfillment_status.lower() not in UNFULFILLED:
            raise OrderActionRefused("fulfilled", f"{order.name} is already fulfilled")
        refunded = refunded_quantities(session, order.id)
        if all(line.quantity <= refunded.get(line.id, (0, 0))[0] for line in order.lines):
            raise OrderActionRefused(
                "nothing_to_ship", f"every item of {order.name} was refunded: nothing to ship"
            )
        before = {"status": order.status.value, "fulfillment_status": order.fulfillment_status}
        order.fulfillment_status = "fulfilled"
        note = " ".join(part for part in (shipment.carrier, shipment.tracking_number) if part)
        change_status(order, OrderStatus.OUT_FOR_DELIVERY, actor, note)
        session.add(
            OrderFulfilment(
                order_id=order.id,
                carrier=shipment.carrier,
                tracking_number=shipment.tracking_number,
                actor_email=actor.label[:320],
            )
        )
        after = {"status": order.status.value, "fulfillment_status": "fulfilled"}
        if shipment.carrier or shipment.tracking_number:
            after |= {"carrier": shipment.carrier, "tracking_number": shipment.tracking_number}
        record_change(session, actor, "order.fulfil", ("order", order.id),
                      f"{order.name}: fulfilled", before, after)  # fmt: skip

    order_transaction(db, tenant_id, run)
    log.info("order fulfilled", extra={"tenant_id": tenant_id, "order_id": order_id})


def cancel_order(db: Database, tenant_id: int, order_id: int, actor: Actor) -> dict[str, int]:
    """Cancel an order that has not been fulfilled; every unit not already refunded goes
    back to its variant's stock. Returns the units put back per SKU (or title).

    Raises ``OrderActionRefused`` for a cancelled or a (partly) fulfilled order and
    ``NotFound`` for another shop's; nothing is written then.
    """

    def run(session: Session) -> dict[str, int]:
        order = locked_order(session, order_id)
        if order.status == OrderStatus.CANCELLED:
            raise OrderActionRefused("cancelled", f"{order.name} is already cancelled")
        if order.status not in OPEN or order.fulfillment_status.lower() not in UNFULFILLED:
            raise OrderActionRefused(
                "fulfilled", f"{order.name} has been fulfilled: refund it instead of cancelling"
            )
        refunded = refunded_quantities(session, order.id)
        restocked: dict[str, int] = {}
        for line in order.lines:
            units = line.quantity - refunded.get(line.id, (0, 0))[0]
            if restock(session, line.variant_id, units):
                key = line.sku or line.title
                restocked[key] = restocked.get(key, 0) + units
        before = {"status": order.status.value, "financial_status": order.financial_status}
        if order.financial_status.lower() in _UNCAPTURED:
            order.financial_status = "voided"
        change_status(order, OrderStatus.CANCELLED, actor)
        after = {"status": "cancelled", "financial_status": order.financial_status}
        after |= {f"{key} stock": f"+{units}" for key, units in restocked.items()}
        record_change(session, actor, "order.cancel", ("order", order.id),
                      f"{order.name}: cancelled", before, after)  # fmt: skip
        return restocked

    restocked = order_transaction(db, tenant_id, run)
    log.info("order cancelled", extra={"tenant_id": tenant_id, "order_id": order_id})
    return restocked
