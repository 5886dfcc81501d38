"""Checkout fixtures: a shop with a kite (5 in stock) and a lantern (the last one)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from tests._shop import add_product
from tradewinds.checkout import Contact
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, Variant

ANN = Contact("Ann@Example.com ", "Ann Lee", "1 Main St", "Springfield", "12345", "us")


@dataclass(frozen=True)
class Shop:
    db: Database
    tenant_id: int
    kite: int  # variant ids
    lantern: int


def variant_id(db: Database, tenant_id: int, sku: str) -> int:
    with tenant_session(db, tenant_id) as session:
        return session.scalars(select(Variant.id).where(Variant.sku == sku)).one()


def stock(db: Database, tenant_id: int, variant: int) -> int:
    with tenant_session(db, tenant_id) as session:
        found = session.get(Variant, variant)
        assert found is not None
        return found.inventory_qty


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    add_product(db, tenant.id, "red-kite", "Red Kite", prices=[1999], stock=[5])
    add_product(db, tenant.id, "lantern", "Storm Lantern", prices=[2500], stock=[1])
    return Shop(
        db,
        tenant.id,
        variant_id(db, tenant.id, "RED-KITE-1"),
        variant_id(db, tenant.id, "LANTERN-1"),
    )
