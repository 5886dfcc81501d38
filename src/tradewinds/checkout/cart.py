"""Carts: one per anonymous shopper session, lines of (variant, quantity), priced when read.

Prices are never stored in the cart: every read prices the lines from the variants' current
prices, in the tenant's currency (integer minor units), and shows each line's stock.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import Database, current_tenant_id, tenant_session
from tradewinds.store.tables import Cart, CartLine, Customer, ProductStatus, Tenant, Variant

MAX_LINES = 50
MAX_QUANTITY = 99
TOKEN_CHARS = 64


def new_cart_token() -> str:
    """A fresh, unguessable shopper-session token (43 URL-safe characters)."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class CartLineView:
    """One priced cart line. ``available`` is false when the product is no longer sold."""

    variant_id: int
    product_handle: str
    title: str
    variant_title: str
    sku: str
    quantity: int
    unit_price_minor: int
    line_total_minor: int
    stock: int
    available: bool
    product_id: int = 0

    @property
    def problem(self) -> str:
        """``unavailable``, ``sold_out``, ``short`` (fewer in stock than wanted) or ``""``."""
        if not self.available:
            return "unavailable"
        if self.stock <= 0:
            return "sold_out"
        return "short" if self.stock < self.quantity else ""


@dataclass(frozen=True)
class CartView:
    """A cart as the shopper sees it now: priced lines and their subtotal."""

    token: str
    currency: str
    lines: tuple[CartLineView, ...]

    @property
    def subtotal_minor(self) -> int:
        return sum(line.line_total_minor for line in self.lines)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def can_check_out(self) -> bool:
        return bool(self.lines) and not any(line.problem for line in self.lines)


def check_token(token: str) -> str:
    if (
        not token
        or len(token) > TOKEN_CHARS
        or not token.replace("-", "").replace("_", "").isalnum()
    ):
        raise InvalidInput(
            "cart token: expected up to 64 URL-safe characters", details={"field": "token"}
        )
    return token


def check_quantity(quantity: int) -> int:
    if not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(
            f"quantity: expected a whole number from 1 to {MAX_QUANTITY}, got {quantity!r}",
            details={"field": "quantity"},
        )
    return quantity


def find_cart(session: Session, token: str) -> Cart | None:
    return session.scalars(select(Cart).where(Cart.token == check_token(token))).one_or_none()


def _sellable_variant(session: Session, variant_id: int) -> Variant:
    variant = session.get(Variant, variant_id)
    if variant is None or not _listed(variant):
        raise NotFound(
            f"no variant {variant_id} for sale in this shop", details={"field": "variant"}
        )
    return variant


def _listed(variant: Variant) -> bool:
    return variant.product.status == ProductStatus.ACTIVE and variant.product.published


def price_cart(session: Session, token: str) -> CartView:
    """The cart of ``token`` priced now (an empty cart when there is none yet)."""
    tenant = session.get(Tenant, current_tenant_id(session))
    assert tenant is not None
    cart = find_cart(session, token)
    lines: list[CartLineView] = []
    for line in cart.lines if cart else []:
        variant = session.get(Variant, line.variant_id)
        assert variant is not None  # cart lines cascade with their variant
        lines.append(
            CartLineView(
                variant_id=variant.id,
                product_handle=variant.product.handle,
                title=variant.product.title,
                variant_title="" if variant.title == "Default Title" else variant.title,
                sku=variant.sku or "",
                quantity=line.quantity,
                unit_price_minor=variant.price_minor,
                line_total_minor=variant.price_minor * line.quantity,
                stock=max(variant.inventory_qty, 0),
                available=_listed(variant) and variant.currency == tenant.currency,
                product_id=variant.product_id,
            )
        )
    return CartView(token, tenant.currency, tuple(lines))


def get_cart(db: Database, tenant_id: int, token: str) -> CartView:
    """The shopper's cart, priced from the current variant prices."""
    with tenant_session(db, tenant_id) as session:
        return price_cart(session, token)


def add_to_cart(
    db: Database, tenant_id: int, token: str, variant_id: int, quantity: int = 1
) -> CartView:
    """Add ``quantity`` of a variant (creating the cart on first use); a variant already in
    the cart gets the quantities added. ``InvalidInput`` names the field over a limit."""
    check_quantity(quantity)
    with tenant_session(db, tenant_id) as session:
        variant = _sellable_variant(session, variant_id)
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        if variant.currency != tenant.currency:
            raise InvalidInput(
                f"variant {variant_id} is priced in {variant.currency}; "
                f"the shop sells in {tenant.currency}",
                details={"field": "variant"},
            )
        cart = find_cart(session, token)
        if cart is None:
            cart = Cart(token=token)
            session.add(cart)
        line = next((ln for ln in cart.lines if ln.variant_id == variant_id), None)
        if line is None:
            if len(cart.lines) >= MAX_LINES:
                raise InvalidInput(
                    f"the cart holds at most {MAX_LINES} different items; remove one first",
                    details={"field": "lines"},
                )
            cart.lines.append(CartLine(variant_id=variant_id, quantity=quantity))
        else:
            check_quantity(line.quantity + quantity)
            line.quantity += quantity
        session.flush()
        return price_cart(session, token)


def set_quantity(
    db: Database, tenant_id: int, token: str, variant_id: int, quantity: int
) -> CartView:
    """Set a line's quantity (1 to 99); ``NotFound`` when the variant is not in the cart."""
    check_quantity(quantity)
    with tenant_session(db, tenant_id) as session:
        _line(session, token, variant_id).quantity = quantity
        session.flush()
        return price_cart(session, token)


def remove_from_cart(db: Database, tenant_id: int, token: str, variant_id: int) -> CartView:
    """Take a variant out of the cart (nothing happens when it is not there)."""
    with tenant_session(db, tenant_id) as session:
        cart = find_cart(session, token)
        if cart is not None:
            cart.lines = [ln for ln in cart.lines if ln.variant_id != variant_id]
            session.flush()
        return price_cart(session, token)


def _line(session: Session, token: str, variant_id: int) -> CartLine:
    cart = find_cart(session, token)
    line = next((ln for ln in cart.lines if ln.variant_id == variant_id), None) if cart else None
    if line is None:
        raise NotFound(f"variant {variant_id} is not in this cart", details={"field": "variant"})
    return line


def claim_cart(db: Database, tenant_id: int, guest_token: str, customer_id: int) -> str:
    """Merge the guest cart of ``guest_token`` into the customer's own cart and return the
    token of that cart (made on first use).

    A variant in both carts gets the quantities added (at most ``MAX_QUANTITY``); guest
    lines beyond ``MAX_LINES`` are dropped. The guest cart is deleted, so signing out
    later starts an empty one. ``NotFound`` when the customer is not in this shop.
    """
    with tenant_session(db, tenant_id) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"no customer {customer_id} in this shop")
        if not customer.cart_token:
            customer.cart_token = new_cart_token()
        own = find_cart(session, customer.cart_token)
        guest = find_cart(session, guest_token) if guest_token else None
        if guest is not None and guest is not own and guest.lines:
            if own is None:
                own = Cart(token=customer.cart_token)
                session.add(own)
            for moved in guest.lines:
                line = next((ln for ln in own.lines if ln.variant_id == moved.variant_id), None)
                if line is not None:
                    line.quantity = min(MAX_QUANTITY, line.quantity + moved.quantity)
                elif len(own.lines) < MAX_LINES:
                    own.lines.append(CartLine(variant_id=moved.variant_id, quantity=moved.quantity))
            session.delete(guest)
        session.flush()
        return customer.cart_token
