"""Order history for the console's forecast pages: six weeks of daily orders at Acme.

Small on purpose (three SKUs, 42 days), so a forecast run takes a second or two.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, OrderLine, OrderStatus

START = datetime(2025, 1, 6, 10, tzinfo=UTC)
DAYS = 42
# SKU -> units sold on weekdays, at weekends (a weekly rhythm the models can see)
DEMAND = {"DOME-TENT-1": (3, 6), "RED-KITE-1": (1, 2), "DOME-TENT-2": (0, 1)}


def seed_demand(db: Database, tenant_id: int) -> None:
    """Delivered orders of Acme's tents and kite, one order per SKU and day sold."""
    number = 5000
    with tenant_session(db, tenant_id) as session:
        for day in range(DAYS):
            weekend = (START + timedelta(days=day)).weekday() >= 5
            for sku, (weekday_units, weekend_units) in DEMAND.items():
                units = weekend_units if weekend else weekday_units
                if units == 0:
                    continue
                number += 1
                order = Order(name=f"#{number}", currency="USD", status=OrderStatus.DELIVERED,
                              created_at=START + timedelta(days=day))  # fmt: skip
                order.lines.append(OrderLine(sku=sku, title=sku, quantity=units, price_minor=999))
                session.add(order)
