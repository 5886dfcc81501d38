"""Placing an order from a cart: one transaction, stock that never goes negative, one
order per idempotency key.

The transaction touches the cart (a write first, so SQLite takes its write lock before
reading), takes each line's quantity off its variant with a conditional
``UPDATE ... WHERE inventory_qty >= :quantity`` (so two shoppers can never both buy the
last unit), finds or creates the ``Customer`` by email (or takes the signed-in customer,
and records the order as theirs: an ``AccountOrder``), creates the ``Order``, its
``OrderLine``s and first status change, asks the payment provider (:mod:`.payment`) and
stores its answer as the ``OrderPayment``, records a :class:`CheckoutReceipt` under the
idempotency key and empties the cart. Anything wrong, a declined payment included, rolls
all of it back.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from tradewinds.checkout.cart import CartLineView, find_cart, price_cart
from tradewinds.checkout.contact import Contact
from tradewinds.checkout.payment import Charge, PaymentProvider, PayOnDelivery, authorize
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import (
    AccountOrder,
    Cart,
    CheckoutReceipt,
    Customer,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderPayment,
    OrderStatus,
    OrderStatusChange,
    Variant,
)

log = logging.getLogger(__name__)
FIRST_NUMBER = 1001
_ATTEMPTS = 5  # order numbers or customers raced by a concurrent checkout: try again


class CannotOrder(Conflict):
    """A cart line cannot be ordered now (sold out, too few left, or no longer sold);
    ``details`` names the product and variant."""


@dataclass(frozen=True)
class PlacedOrder:
    """An order made by checkout: its number (``"#1001"``) and the guest's viewing token."""

    order_id: int
    number: str
    view_token: str
    total_minor: int
    currency: str


def place_order(
    db: Database,
    tenant_id: int,
    cart_token: str,
    contact: Contact,
    idempotency_key: str,
    customer_id: int | None = None,
    *,
    session_id: str | None = None,
    window: tuple[datetime, datetime] | None = None,
    payment: PaymentProvider | None = None,
) -> PlacedOrder:
    """Turn the cart of ``cart_token`` into a pending order paid through ``payment``
    (default: pay on delivery).

    Each line is also recorded as a purchase ``InteractionEvent`` (the customer's, and the
    shopper's ``session_id`` when given: an opaque id, never the cart token), so the
    shopper's next recommendations know it at once. ``window`` (start, end) is the delivery
    window the shopper chose (one of ``tradewinds.routing.delivery_windows``), stored as
    the order's requested window so the day's route plan delivers within it.
    ``payment`` is asked once the order is numbered and totalled, inside its transaction;
    its provider name and answer are stored with the order (``financial_status``
    ``authorized``, or ``pending`` when paid on delivery).

    ``customer_id`` is the signed-in shopper's account: the order is theirs (it appears
    in their orders) whatever email the contact gives. Without it, the order's customer is
    found or created by the contact's email, and no account lists it.

    Raises :class:`~tradewinds.checkout.contact.InvalidContact` for wrong details,
    ``InvalidInput`` for an empty cart or a bad key, :class:`CannotOrder` naming the
    product that is out of stock, :class:`~tradewinds.checkout.payment.PaymentDeclined`
    when the provider declines, and ``Conflict`` for a key another cart used; in every
    case nothing is written. The same ``idempotency_key`` from the same cart always returns
    the first order it made.
    """
    if not 8 <= len(idempotency_key) <= 128:
        raise InvalidInput(
            "idempotency key: expected 8 to 128 characters", details={"field": "idempotency_key"}
        )
    contact = contact.cleaned()
    provider = payment if payment is not None else PayOnDelivery()
    for _attempt in range(_ATTEMPTS):
        done = _receipt(db, tenant_id, idempotency_key, cart_token)
        if done is not None:
            return done
        try:
            with tenant_session(db, tenant_id) as session:
                placed = _place(
                    session,
                    cart_token,
                    contact,
                    idempotency_key,
                    customer_id,
                    session_id,
                    window,
                    provider,
                )
        except IntegrityError:
            continue  # a concurrent checkout took the number, the customer or this key
        except OperationalError as error:
            if "locked" not in str(error.orig):
                raise
            continue  # SQLite: the write lock stayed busy past its timeout
        log.info("order placed", extra={"tenant_id": tenant_id, "order_id": placed.order_id})
        return placed
    raise Conflict("the shop is busy placing other orders; please submit again")


def _receipt(db: Database, tenant_id: int, key: str, cart_token: str) -> PlacedOrder | None:
    with tenant_session(db, tenant_id) as session:
        receipt = session.scalars(
            select(CheckoutReceipt).where(CheckoutReceipt.idempotency_key == key)
        ).one_or_none()
        if receipt is None:
            return None
        if not hmac.compare_digest(receipt.cart_token.encode(), cart_token.encode()):
            raise Conflict(
                "idempotency key: already used by another checkout; send a new key",
                details={"field": "idempotency_key"},
            )
        order = session.get(Order, receipt.order_id)
        assert order is not None
        return PlacedOrder(
            order.id, order.name, receipt.view_token, order.total_minor, order.currency
        )


def _place(
    session: Session,
    cart_token: str,
    contact: Contact,
    key: str,
    customer_id: int | None,
    session_id: str | None,
    window: tuple[datetime, datetime] | None,
    provider: PaymentProvider,
) -> PlacedOrder:
    # Write first: SQLite then takes its write lock (waiting out the busy timeout) before
    # this transaction reads anything, so a concurrent checkout cannot leave it with a
    # stale snapshot ("database is locked"); PostgreSQL just touches the row.
    session.execute(
        update(Cart)
        .where(Cart.token == cart_token)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    cart = price_cart(session, cart_token)
    if not cart.lines:
        raise InvalidInput(
            "the cart is empty: add a product before checking out", details={"field": "cart"}
        )
    for line in cart.lines:
        if line.problem:
            raise _cannot_order(line, line.problem)
    # Stock first: the row locks taken here queue concurrent buyers of the same variant,
    # so those who lose fail fast and the winners number their orders one after another.
    for line in cart.lines:
        taken = session.execute(
            update(Variant)
            .where(Variant.id == line.variant_id, Variant.inventory_qty >= line.quantity)
            .values(inventory_qty=Variant.inventory_qty - line.quantity)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise _cannot_order(line, "short")
    customer = (
        _customer(session, contact) if customer_id is None else _account(session, customer_id)
    )
    order = Order(
        name=_next_number(session),
        customer_id=customer.id,
        email=contact.email,
        status=OrderStatus.PENDING,
        financial_status="pending",
        currency=cart.currency,
        subtotal_minor=cart.subtotal_minor,
        total_minor=cart.subtotal_minor,
        ship_name=contact.name,
        ship_street=contact.street,
        ship_city=contact.city,
        ship_zip=contact.postal_code,
        ship_country=contact.country,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
    )
    order.lines = [
        OrderLine(
            variant_id=line.variant_id,
            sku=line.sku or None,
            title=f"{line.title} - {line.variant_title}" if line.variant_title else line.title,
            quantity=line.quantity,
            price_minor=line.unit_price_minor,
        )
        for line in cart.lines
    ]
    order.history = [OrderStatusChange(status=OrderStatus.PENDING, note="placed at the storefront")]
    session.add(order)
    session.flush()
    _pay(session, order, provider, key)
    if customer_id is not None:
        session.add(AccountOrder(customer_id=customer_id, order_id=order.id))
    for line, stored_line in zip(cart.lines, order.lines, strict=True):
        session.add(
            InteractionEvent(
                kind=EventKind.PURCHASE,
                at=order.created_at,  # as the order: history readers count it once
                customer_id=order.customer_id,
                session_id=session_id,
                product_id=line.product_id,
                variant_id=line.variant_id,
                order_id=order.id,
                quantity=stored_line.quantity,
            )
        )
    view_token = secrets.token_urlsafe(24)
    session.add(
        CheckoutReceipt(
            idempotency_key=key, cart_token=cart_token, order_id=order.id, view_token=view_token
        )
    )
    stored = find_cart(session, cart_token)
    assert stored is not None
    stored.lines = []
    session.flush()
    return PlacedOrder(order.id, order.name, view_token, order.total_minor, order.currency)


def _pay(session: Session, order: Order, provider: PaymentProvider, key: str) -> None:
    """Ask ``provider`` for the order's total; a decline raises and rolls the order back."""
    charge = Charge(order.name, order.total_minor, order.currency, order.email, key)
    outcome = authorize(provider, charge)
    order.financial_status = "authorized" if outcome.status == "authorized" else "pending"
    session.add(
        OrderPayment(
            order_id=order.id,
            provider=provider.name,
            status=outcome.status,
            reference=outcome.reference[:200],
            amount_minor=order.total_minor,
            currency=order.currency,
        )
    )


def _cannot_order(line: CartLineView, problem: str) -> CannotOrder:
    name = f"{line.title} ({line.variant_title})" if line.variant_title else line.title
    reasons = {
        "unavailable": "is no longer sold",
        "sold_out": "is sold out",
        "short": f"has only {line.stock} left (you asked for {line.quantity})",
    }
    return CannotOrder(
        f"{name} {reasons[problem]}: change the cart and try again",
        details={"variant_id": line.variant_id, "product": line.title, "problem": problem},
    )


def _customer(session: Session, contact: Contact) -> Customer:
    found = session.scalars(select(Customer).where(Customer.email == contact.email)).one_or_none()
    if found is not None:
        return found
    first, _, last = contact.name.partition(" ")
    customer = Customer(
        email=contact.email,
        first_name=first,
        last_name=last,
        street=contact.street,
        city=contact.city,
        zip=contact.postal_code,
        country=contact.country,
    )
    session.add(customer)
    session.flush()
    return customer


def _account(session: Session, customer_id: int) -> Customer:
    found = session.get(Customer, customer_id)
    if found is None:
        raise NotFound(f"no customer {customer_id} in this shop")
    return found


def _next_number(session: Session) -> str:
    """One more than the highest ``#<digits>`` order name (``#1001`` for the first)."""
    names = session.scalars(
        select(Order.name)
        .where(Order.name.like("#%"))
        .order_by(func.length(Order.name).desc(), Order.name.desc())
        .limit(50)
    )
    numbers = [int(n[1:]) for n in names if n[1:].isdigit()]
    return f"#{max(numbers, default=FIRST_NUMBER - 1) + 1}"


@dataclass(frozen=True)
class OrderReceipt:
    """What the guest's confirmation page shows."""

    number: str
    email: str
    ship_name: str
    ship_street: str
    ship_city: str
    ship_zip: str
    ship_country: str
    currency: str
    total_minor: int
    lines: tuple[tuple[str, int, int], ...]  # title, quantity, unit price
    status: str
    window: tuple[datetime, datetime] | None = None  # the requested delivery window
    payment: str = ""  # the provider's name ("pay_on_delivery"); "" for older orders
    payment_status: str = ""  # "due_on_delivery" or "authorized"


def get_order_receipt(db: Database, tenant_id: int, number: str, view_token: str) -> OrderReceipt:
    """The order ``number`` (``"1001"`` or ``"#1001"``) if ``view_token`` is its token;
    ``NotFound`` otherwise, whether the order is missing or the token wrong."""
    name = number if number.startswith("#") else f"#{number}"
    with tenant_session(db, tenant_id) as session:
        row = session.execute(
            select(Order, CheckoutReceipt.view_token)
            .join(CheckoutReceipt, CheckoutReceipt.order_id == Order.id)
            .where(Order.name == name)
        ).one_or_none()
        if row is None or not hmac.compare_digest(row[1].encode(), view_token.encode()):
            raise NotFound(f"no order {name} for this link")
        order: Order = row[0]
        paid = session.scalars(
            select(OrderPayment).where(OrderPayment.order_id == order.id)
        ).one_or_none()
        return OrderReceipt(
            number=order.name,
            email=order.email,
            ship_name=order.ship_name,
            ship_street=order.ship_street,
            ship_city=order.ship_city,
            ship_zip=order.ship_zip,
            ship_country=order.ship_country,
            currency=order.currency,
            total_minor=order.total_minor,
            lines=tuple((ln.title, ln.quantity, ln.price_minor) for ln in order.lines),
            status=order.status.value,
            window=(
                (order.window_start, order.window_end)
                if order.window_start is not None and order.window_end is not None
                else None
            ),
            payment=paid.provider if paid is not None else "",
            payment_status=paid.status if paid is not None else "",
        )
