"""What shoppers did, read from the store as product-id sequences and baskets.

Two readers share one mapping from order lines to products:

- :func:`read_history` — every customer's time-ordered interactions (views, cart adds,
  purchases from events and from order lines) and every order's basket, for training;
- :func:`live_history` — one shopper's latest interactions, read on every request so a
  view or a cart add changes their next recommendations at once, without retraining.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.tables import (
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Variant,
)

# How strongly each kind of interaction says the shopper wants a product (and knows it).
STRENGTH = {"purchase": 3.0, "add_to_cart": 2.0, "view": 1.0}
_EVENT_KINDS = (EventKind.VIEW, EventKind.ADD_TO_CART, EventKind.PURCHASE)
_SKIP = (OrderStatus.CANCELLED,)


@dataclass(frozen=True, order=True)
class Interaction:
    """One thing a shopper did with a product, and when."""

    at: datetime
    product_id: int
    kind: str  # "view", "add_to_cart" or "purchase"


@dataclass
class History:
    """The tenant's interactions: per customer in time order, and per order as baskets."""

    sequences: dict[int, list[Interaction]] = field(default_factory=dict)
    baskets: list[tuple[datetime, list[int]]] = field(default_factory=list)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _order_lines(
    session: Session, customer_id: int | None = None
) -> Iterable[tuple[int, int | None, datetime, int]]:
    """(order id, customer id, created at, product id) for every non-cancelled order line
    whose product is known: by its variant, else its SKU, else its exact title (orders
    imported before their products carry only those); with ``customer_id``, theirs only."""
    stmt = (
        select(Order.id, Order.customer_id, Order.created_at, Variant.product_id,
               OrderLine.sku, OrderLine.title)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .outerjoin(Variant, Variant.id == OrderLine.variant_id)
        .where(Order.status.not_in(_SKIP))
    )  # fmt: skip
    if customer_id is not None:
        stmt = stmt.where(Order.customer_id == customer_id)
    lookup: dict[str, int] | None = None
    for oid, customer, created, product, sku, title in session.execute(stmt):
        if product is None:
            if lookup is None:
                lookup = _line_lookup(session)
            product = lookup.get("sku:" + (sku or "")) or lookup.get("title:" + title.lower())
            if product is None:
                continue
        yield oid, customer, _aware(created), product


def _line_lookup(session: Session) -> dict[str, int]:
    """SKU and lower-cased title → product id, for order lines without a variant."""
    lookup: dict[str, int] = {}
    for sku, pid in session.execute(select(Variant.sku, Variant.product_id)):
        if sku:
            lookup.setdefault("sku:" + sku, pid)
    for title, pid in session.execute(select(Product.title, Product.id)):
        lookup.setdefault("title:" + title.strip().lower(), pid)
    return lookup


def read_history(session: Session, *, max_events: int = 2_000_000) -> History:
    """Every customer's interactions in time order, and every order's basket."""
    history = History()
    baskets: dict[int, tuple[datetime, list[int]]] = {}
    seen_purchases: set[tuple[int, int, datetime]] = set()
    for oid, customer, created, product in _order_lines(session):
        _, items = baskets.setdefault(oid, (created, []))
        if product not in items:
            items.append(product)
        if customer is not None:
            history.sequences.setdefault(customer, []).append(
                Interaction(created, product, "purchase")
            )
            seen_purchases.add((customer, product, created))
    events = session.execute(
        select(
            InteractionEvent.customer_id,
            InteractionEvent.product_id,
            InteractionEvent.kind,
            InteractionEvent.at,
        )
        .where(InteractionEvent.kind.in_(_EVENT_KINDS))
        .where(InteractionEvent.customer_id.is_not(None))
        .where(InteractionEvent.product_id.is_not(None))
        .order_by(InteractionEvent.id.desc())
        .limit(max_events)
    )
    for who, what, kind, at in events:
        if who is None or what is None:
            continue
        when = _aware(at)
        if kind == EventKind.PURCHASE and (who, what, when) in seen_purchases:
            continue  # the same purchase, already read from the order
        history.sequences.setdefault(who, []).append(Interaction(when, what, EventKind(kind).value))
    for sequence in history.sequences.values():
        sequence.sort()
    history.baskets = sorted(baskets.values(), key=lambda b: b[0])
    return history


def live_history(
    session: Session,
    *,
    customer_id: int | None = None,
    session_id: str | None = None,
    limit: int = 50,
) -> list[Interaction]:
    """The shopper's latest ``limit`` interactions, oldest first.

    A signed-in customer is read by ``customer_id`` (their orders and events); a guest by
    the web ``session_id`` their events carry. Neither: no history.
    """
    if customer_id is None and not session_id:
        return []
    stmt = (
        select(InteractionEvent.product_id, InteractionEvent.kind, InteractionEvent.at)
        .where(InteractionEvent.kind.in_(_EVENT_KINDS))
        .where(InteractionEvent.product_id.is_not(None))
        .order_by(InteractionEvent.at.desc(), InteractionEvent.id.desc())
        .limit(limit)
    )
    if customer_id is not None:
        stmt = stmt.where(InteractionEvent.customer_id == customer_id)
    else:
        stmt = stmt.where(InteractionEvent.session_id == session_id)
    found = [
        Interaction(_aware(at), product, EventKind(kind).value)
        for product, kind, at in session.execute(stmt)
        if product is not None
    ]
    if customer_id is not None:
        known = {(i.product_id, i.at) for i in found if i.kind == "purchase"}
        for _, _, created, product in _order_lines(session, customer_id):
            if (product, created) not in known:
                found.append(Interaction(created, product, "purchase"))
    found.sort()
    return found[-limit:]


def collapse_repeats(sequence: Iterable[Interaction]) -> list[Interaction]:
    """``sequence`` with repeats of the same product in a row made one step (the strongest
    kind of them, at the first one's time): a shopper re-viewing a page has not moved on.
    Training and serving read sequences through this one function."""
    steps: list[Interaction] = []
    for step in sequence:
        if steps and steps[-1].product_id == step.product_id:
            if STRENGTH[step.kind] > STRENGTH[steps[-1].kind]:
                steps[-1] = Interaction(steps[-1].at, step.product_id, step.kind)
            continue
        steps.append(step)
    return steps


def bought_products(history: Iterable[Interaction]) -> set[int]:
    """Products the shopper has bought."""
    return {i.product_id for i in history if i.kind == "purchase"}
