"""Orders fixtures: a shop with a kite (5 in stock) and a lantern (3), and a way to place
a real order through checkout (stock taken, payment asked)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests._shop import add_product
from tests.checkout.conftest import ANN, stock, variant_id
from tradewinds.checkout import SandboxPayments, add_to_cart, new_cart_token, place_order
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

__all__ = ["Shop", "stock"]


@dataclass(frozen=True)
class Shop:
    db: Database
    tenant_id: int
    kite: int  # variant ids
    lantern: int

    def order(self, kites: int = 2, lanterns: int = 1, *, paid: bool = True) -> int:
        """Place an order through checkout (authorized by the sandbox when ``paid``, else
        pay on delivery); returns its id."""
        token = new_cart_token()
        for variant, quantity in ((self.kite, kites), (self.lantern, lanterns)):
            if quantity:
                add_to_cart(self.db, self.tenant_id, token, variant, quantity)
        placed = place_order(self.db, self.tenant_id, token, ANN, f"key-{token[:20]}",
                             payment=SandboxPayments() if paid else None)  # fmt: skip
        return placed.order_id


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    add_product(db, tenant.id, "red-kite", "Red Kite", prices=[1999], stock=[5])
    add_product(db, tenant.id, "lantern", "Storm Lantern", prices=[2500], stock=[3])
    return Shop(
        db, tenant.id, variant_id(db, tenant.id, "RED-KITE-1"),
        variant_id(db, tenant.id, "LANTERN-1"),
    )  # fmt: skip
