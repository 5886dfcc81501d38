"""A small shop with hand-computed sales, in Los Angeles time, for the reports' tests.

Period 2026-03-01..07 (Pacific Standard Time until 03-08 10:00 UTC), previous 02-22..28:

* #1 2026-03-01 08:30 UTC (00:30 local, 03-01): tent 1 x 100.00 + kite 4 x 10.00 + 5.00 = 145.00
* #2 2026-03-01 07:30 UTC (23:30 local, 02-28: the previous period): kite 2 x 10.00 + 5.00 = 25.00
* #3 2026-03-08 06:59 UTC (22:59 local, 03-07): tent 2 x 100.00 + 5.00 = 205.00
* #4 cancelled (03-03) 55.00; #5 returned and refunded (03-04) 40.00: out of the revenue
* #6 in EUR (03-05): counted apart; #7 2026-03-08 08:00 UTC (00:00 local, 03-08): after it
* Globex has an order and sessions on 03-02: never Acme's.
* Sessions (browser, local day): a on 03-02 (bought), b on 03-02, a on 03-03; c on 02-25.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from tests._shop import add_product
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Tenant,
    Variant,
)
from tradewinds.store.tenants import create_tenant


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_sale(db: Database, tenant_id: int, name: str, at: str, lines: list[tuple[int, int, int]],
           status: OrderStatus = OrderStatus.PAID, financial: str = "paid",
           currency: str = "USD") -> None:  # fmt: skip
    """``lines``: (variant id, quantity, unit price minor); 5.00 shipping on top."""
    with tenant_session(db, tenant_id) as session:
        subtotal = sum(q * p for _, q, p in lines)
        order = Order(name=name, status=status, financial_status=financial, currency=currency,
                      subtotal_minor=subtotal, shipping_minor=500, total_minor=subtotal + 500,
                      created_at=_at(at))  # fmt: skip
        order.lines = [OrderLine(variant_id=v, title=f"v{v}", quantity=q, price_minor=p)
                       for v, q, p in lines]  # fmt: skip
        session.add(order)


def add_visit(db: Database, tenant_id: int, session_id: str, at: str, product: int,
           kind: EventKind = EventKind.VIEW) -> None:  # fmt: skip
    with tenant_session(db, tenant_id) as session:
        session.add(InteractionEvent(kind=kind, at=_at(at), session_id=session_id,
                                     product_id=product))  # fmt: skip


def _variant(db: Database, tenant_id: int, product_id: int) -> int:
    with tenant_session(db, tenant_id) as session:
        return int(
            session.scalars(select(Variant.id).where(Variant.product_id == product_id)).one()
        )


def seed_sales(db: Database) -> tuple[Tenant, dict[str, int]]:
    """Acme (Los Angeles) and Globex with the orders and sessions above; Acme's product ids."""
    acme = create_tenant(db, "acme", name="Acme Outdoor", timezone="America/Los_Angeles")
    globex = create_tenant(db, "globex", name="Globex", timezone="America/Los_Angeles")
    tent_id = add_product(db, acme.id, "tent", "Dome Tent", prices=[10000])
    kite_id = add_product(db, acme.id, "kite", "Red Kite", prices=[1000])
    gadget_id = add_product(db, globex.id, "gadget", "Globex Gadget", prices=[99900])
    tent, kite = _variant(db, acme.id, tent_id), _variant(db, acme.id, kite_id)
    gadget = _variant(db, globex.id, gadget_id)
    add_sale(db, acme.id, "#1", "2026-03-01 08:30", [(tent, 1, 10000), (kite, 4, 1000)])
    add_sale(db, acme.id, "#2", "2026-03-01 07:30", [(kite, 2, 1000)])
    add_sale(db, acme.id, "#3", "2026-03-08 06:59", [(tent, 2, 10000)])
    add_sale(
        db, acme.id, "#4", "2026-03-03 12:00", [(kite, 5, 1000)], OrderStatus.CANCELLED, "voided"
    )
    add_sale(
        db, acme.id, "#5", "2026-03-04 12:00", [(tent, 1, 3500)], OrderStatus.RETURNED, "refunded"
    )
    add_sale(db, acme.id, "#6", "2026-03-05 12:00", [(kite, 1, 900)], currency="EUR")
    add_sale(db, acme.id, "#7", "2026-03-08 08:00", [(tent, 9, 10000)])
    add_sale(db, globex.id, "#1", "2026-03-02 20:00", [(gadget, 10, 99900)])
    add_visit(db, acme.id, "a", "2026-03-02 18:00", tent_id)
    add_visit(db, acme.id, "a", "2026-03-02 18:05", tent_id, EventKind.PURCHASE)
    add_visit(db, acme.id, "b", "2026-03-02 19:00", kite_id)
    add_visit(db, acme.id, "b", "2026-03-02 19:10", tent_id)
    add_visit(db, acme.id, "a", "2026-03-03 20:00", kite_id)
    add_visit(db, acme.id, "c", "2026-02-25 20:00", kite_id)
    for visitor in ("g1", "g2", "g3"):
        add_visit(db, globex.id, visitor, "2026-03-02 20:00", gadget_id, EventKind.PURCHASE)
    return acme, {"tent": tent_id, "kite": kite_id}
