"""Orders for the console's tests: placed through checkout on Acme's catalogue."""

from __future__ import annotations

from sqlalchemy import select

from tradewinds.checkout import Contact, SandboxPayments, add_to_cart, new_cart_token, place_order
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Variant

BEA = Contact("bea@example.com", "Bea Park", "9 Pier Rd", "Harbour", "54321", "US")


def variant(db: Database, tenant_id: int, sku: str) -> Variant:
    with tenant_session(db, tenant_id) as session:
        return session.scalars(select(Variant).where(Variant.sku == sku)).one()


def place(
    db: Database,
    tenant_id: int,
    lines: dict[str, int],
    *,
    paid: bool = True,
    customer_id: int | None = None,
    contact: Contact = BEA,
) -> int:
    """Place an order of ``lines`` (SKU -> quantity); returns its id."""
    token = new_cart_token()
    for sku, quantity in lines.items():
        add_to_cart(db, tenant_id, token, variant(db, tenant_id, sku).id, quantity)
    placed = place_order(db, tenant_id, token, contact, f"key-{token[:20]}", customer_id,
                         payment=SandboxPayments() if paid else None)  # fmt: skip
    return placed.order_id
