"""Recording what shoppers do: the views, cart adds and purchases that
:func:`~tradewinds.recommend.interactions.live_history` reads back on the next request.

The storefront calls :func:`record_interaction` for a product page view and an add to
cart; checkout writes a purchase per order line in its own transaction. A guest is known by
an opaque ``session_id`` (the storefront passes a hash of its session cookie, never the
cookie itself), a signed-in shopper by ``customer_id`` as well.
"""

from __future__ import annotations

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import EventKind, InteractionEvent, Product, Variant

_KINDS = (EventKind.VIEW, EventKind.ADD_TO_CART, EventKind.PURCHASE)


def record_interaction(
    db: Database,
    tenant_id: int,
    kind: str,
    *,
    product_id: int | None = None,
    variant_id: int | None = None,
    customer_id: int | None = None,
    session_id: str | None = None,
    quantity: int | None = None,
) -> int:
    """Record one ``view``, ``add_to_cart`` or ``purchase`` of a product; the event's id.

    The product is ``product_id``, or ``variant_id``'s product. Raises ``InvalidInput`` for
    another kind, no shopper (neither ``customer_id`` nor ``session_id``) or a
    ``session_id`` over 64 characters, and ``NotFound`` for a product or variant this
    tenant does not have.
    """
    try:
        event_kind = EventKind(kind)
    except ValueError:
        event_kind = EventKind.SEARCH  # refused just below, with the expected kinds
    if event_kind not in _KINDS:
        raise InvalidInput(f"kind: expected view, add_to_cart or purchase, got {kind!r}")
    if customer_id is None and not session_id:
        raise InvalidInput("an interaction needs a customer_id or a session_id")
    if session_id is not None and len(session_id) > 64:
        raise InvalidInput("session_id: expected at most 64 characters")
    with tenant_session(db, tenant_id) as session:
        if variant_id is not None:
            variant = session.get(Variant, variant_id)
            if variant is None:
                raise NotFound(f"no variant {variant_id}")
            product_id = variant.product_id if product_id is None else product_id
        if product_id is None or session.get(Product, product_id) is None:
            raise NotFound(f"no product {product_id}")
        event = InteractionEvent(
            kind=event_kind,
            product_id=product_id,
            variant_id=variant_id,
            customer_id=customer_id,
            session_id=session_id,
            quantity=quantity,
        )
        session.add(event)
        session.flush()
        return event.id
