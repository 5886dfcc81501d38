"""Forecasting fixtures: small synthetic series and a small store with order history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Category,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Tenant,
    Variant,
)

START = datetime(2024, 1, 1, tzinfo=UTC)
DAYS = 84


def synthetic(n_series: int = 4, days: int = 120, seed: int = 0) -> pd.DataFrame:
    """Poisson demand with a weekly cycle, one level per series."""
    rng = np.random.default_rng(seed)
    ds = pd.date_range("2024-01-01", periods=days, freq="D")
    t = np.arange(days)
    frames = []
    for i in range(n_series):
        lam = np.clip(1.5 + i + np.sin(t * 2 * np.pi / 7), 0.1, None)
        frames.append(pd.DataFrame({"unique_id": f"s{i}", "ds": ds, "y": rng.poisson(lam)}))
    return pd.concat(frames, ignore_index=True)


@pytest.fixture
def series() -> pd.DataFrame:
    return synthetic()


def _product(session: object, handle: str, category: Category, sku: str, stock: int) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    product = Product(handle=handle, title=handle.title(), category_id=category.id)
    product.variants.append(Variant(sku=sku, price_minor=1000, currency="USD", inventory_qty=stock))
    session.add(product)


@pytest.fixture
def store(db: Database, tenant: Tenant) -> Database:
    """SKUs TENT (busy), LAMP (slow) with 12 weeks of daily orders; STOVE (new, no orders)
    in TENT's category; one cancelled order that must not count."""
    rng = np.random.default_rng(1)
    with tenant_session(db, tenant.id) as session:
        camping = Category(path="Outdoor > Camping", name="Camping")
        home = Category(path="Home", name="Home")
        session.add_all([camping, home])
        session.flush()
        _product(session, "tent", camping, "TENT", stock=3)
        _product(session, "lamp", home, "LAMP", stock=500)
        _product(session, "stove", camping, "STOVE", stock=0)
        number = 1000
        for day in range(DAYS):
            at = START + timedelta(days=day, hours=10)
            for sku, lam in (("TENT", 4.0 + 2 * (day % 7 in (5, 6))), ("LAMP", 0.4)):
                qty = int(rng.poisson(lam))
                if qty == 0:
                    continue
                number += 1
                order = Order(
                    name=f"#{number}",
                    currency="USD",
                    created_at=at,
                    status=OrderStatus.DELIVERED,
                    discount_code="SPRING" if sku == "TENT" and day % 10 == 0 else None,
                )
                order.lines.append(OrderLine(sku=sku, title=sku, quantity=qty, price_minor=1000))
                session.add(order)
        cancelled = Order(name="#1", currency="USD", created_at=START, status=OrderStatus.CANCELLED)
        cancelled.lines.append(OrderLine(sku="LAMP", title="x", quantity=999, price_minor=1))
        session.add(cancelled)
    return db
