"""One console action on one order at a time: the order's row is locked before it is read.

Every action starts with a write to the order's row (``UPDATE orders SET status = status``):
PostgreSQL then holds that row's lock until the transaction ends, so a second action on
the same order waits and afterwards reads what the first wrote; SQLite takes its one
write lock before this transaction reads anything. Either way two cancels (or a cancel and
a refund) of one order cannot both see it unrestocked, so no unit is put back twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, OrderRefund, OrderRefundLine, Variant

T = TypeVar("T")
_ATTEMPTS = 3


def locked_order(session: Session, order_id: int) -> Order:
    """The order, its row locked for the rest of the transaction; ``NotFound`` if it is
    not this shop's."""
    touched = session.execute(
        update(Order)
        .where(Order.id == order_id)
        .values(status=Order.status)
        .execution_options(synchronize_session=False)
    )
    if getattr(touched, "rowcount", 0) != 1:
        raise NotFound(f"no order {order_id} in this shop", details={"order": order_id})
    return session.scalars(select(Order).where(Order.id == order_id)).one()


def refunded_quantities(session: Session, order_id: int) -> dict[int, tuple[int, int]]:
    """Per order line id: (units refunded, of which restocked)."""
    rows = session.execute(
        select(
            OrderRefundLine.order_line_id,
            func.sum(OrderRefundLine.quantity),
            func.sum(OrderRefundLine.quantity * case((OrderRefundLine.restocked, 1), else_=0)),
        )
        .join(OrderRefund, OrderRefund.id == OrderRefundLine.refund_id)
        .where(OrderRefund.order_id == order_id)
        .group_by(OrderRefundLine.order_line_id)
    )
    return {line: (int(qty or 0), int(back or 0)) for line, qty, back in rows}


def refunded_minor(session: Session, order_id: int) -> int:
    """The money already given back for the order."""
    total = session.scalar(
        select(func.sum(OrderRefund.amount_minor)).where(OrderRefund.order_id == order_id)
    )
    return int(total or 0)


def restock(session: Session, variant_id: int | None, quantity: int) -> bool:
    """Put ``quantity`` units back on the variant (an arithmetic UPDATE, never a read and a
    write); False when the variant no longer exists."""
    if variant_id is None or quantity <= 0:
        return False
    done = session.execute(
        update(Variant)
        .where(Variant.id == variant_id)
        .values(inventory_qty=Variant.inventory_qty + quantity)
        .execution_options(synchronize_session=False)
    )
    return getattr(done, "rowcount", 0) == 1


def order_transaction(db: Database, tenant_id: int, action: Callable[[Session], T]) -> T:
    """Run ``action`` in one tenant transaction, again when SQLite's lock stayed busy."""
    for _attempt in range(_ATTEMPTS):
        try:
            with tenant_session(db, tenant_id) as session:
                return action(session)
        except OperationalError as error:
            if "locked" not in str(error.orig):
                raise
    raise Conflict("the shop is busy with other changes; please try again")
