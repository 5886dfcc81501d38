"""Fulfil, cancel and refund on SQLite and PostgreSQL: the stock arithmetic, refused steps
writing nothing, the audit and timeline, other shops' orders, concurrent actions."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.orders.conftest import Shop, stock
from tradewinds.core.errors import NotFound
from tradewinds.orders import (
    InvalidOrderAction,
    OrderActionRefused,
    RefundRequest,
    Shipment,
    cancel_order,
    fulfil_order,
    order_view,
    refund_order,
)
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ConsoleChange, OrderRefund, Tenant

ANN = Actor(7, "ann@shop.test")


def _state(shop: Shop, order_id: int) -> Any:
    """Everything an action may change."""
    view = order_view(shop.db, shop.tenant_id, order_id)
    with tenant_session(shop.db, shop.tenant_id) as session:
        refunds = session.scalar(select(func.count()).select_from(OrderRefund))
        changes = session.scalar(select(func.count()).select_from(ConsoleChange))
    return (view.status, view.financial_status, view.fulfillment_status, view.timeline,
            view.shipments, refunds, changes, stock(shop.db, shop.tenant_id, shop.kite),
            stock(shop.db, shop.tenant_id, shop.lantern))  # fmt: skip


def _refused(shop: Shop, order_id: int, reason: str, action: Callable[[], object]) -> None:
    before = _state(shop, order_id)
    with pytest.raises(OrderActionRefused) as refused:
        action()
    assert refused.value.reason == reason
    assert _state(shop, order_id) == before


def test_cancel_puts_the_stock_back_once_and_voids_the_payment(shop: Shop) -> None:
    order = shop.order(kites=2, lanterns=1)
    assert (stock(shop.db, shop.tenant_id, shop.kite), stock(shop.db, shop.tenant_id,
            shop.lantern)) == (3, 2)  # fmt: skip
    assert cancel_order(shop.db, shop.tenant_id, order, ANN) == {"RED-KITE-1": 2, "LANTERN-1": 1}
    assert stock(shop.db, shop.tenant_id, shop.kite) == 5
    assert stock(shop.db, shop.tenant_id, shop.lantern) == 3
    view = order_view(shop.db, shop.tenant_id, order)
    assert (view.status, view.financial_status) == ("cancelled", "voided")
    assert [(e.kind, e.actor) for e in view.timeline if e.kind != "payment"] == [
        ("pending", ""), ("cancelled", "ann@shop.test"),
    ]  # fmt: skip
    assert not (view.can_cancel or view.can_fulfil or view.can_refund)
    change = list_changes(shop.db, shop.tenant_id).changes[0]
    assert (change.action, change.actor, change.subject_id) == ("order.cancel", ANN.email,
                                                                str(order))  # fmt: skip
    assert change.before["status"] == "pending" and change.after["RED-KITE-1 stock"] == "+2"
    _refused(shop, order, "cancelled", lambda: cancel_order(shop.db, shop.tenant_id, order, ANN))
    _refused(shop, order, "cancelled",
             lambda: fulfil_order(shop.db, shop.tenant_id, order, Shipment(), ANN))  # fmt: skip


def test_fulfil_with_tracking_then_cancel_and_refund_limits(shop: Shop) -> None:
    order = shop.order(kites=1, lanterns=1)
    fulfil_order(shop.db, shop.tenant_id, order, Shipment(" UPS ", "1Z 999-AA"), ANN)
    view = order_view(shop.db, shop.tenant_id, order)
    assert (view.status, view.fulfillment_status) == ("out_for_delivery", "fulfilled")
    assert [(s.carrier, s.tracking_number, s.actor) for s in view.shipments] == [
        ("UPS", "1Z 999-AA", ANN.email)]  # fmt: skip
    assert view.timeline[-1].detail == "UPS 1Z 999-AA"
    _refused(shop, order, "fulfilled", lambda: cancel_order(shop.db, shop.tenant_id, order, ANN))
    _refused(shop, order, "fulfilled",
             lambda: fulfil_order(shop.db, shop.tenant_id, order, Shipment(), ANN))  # fmt: skip
    _refused(shop, order, "too_much", lambda: refund_order(
        shop.db, shop.tenant_id, order, RefundRequest(amount="45.00"), ANN))  # fmt: skip
    with pytest.raises(InvalidOrderAction) as bad:
        fulfil_order(shop.db, shop.tenant_id, order, Shipment("UPS", "<script>"), ANN)
    assert bad.value.errors == {"tracking_number": "invalid"}


def test_refund_lines_restocks_only_what_was_chosen_and_returns_the_order(shop: Shop) -> None:
    order = shop.order(kites=2, lanterns=1)  # 2 x 19.99 + 25.00 = 64.98, stock 3 and 2
    fulfil_order(shop.db, shop.tenant_id, order, Shipment(), ANN)
    lines = {line.sku: line.id for line in order_view(shop.db, shop.tenant_id, order).lines}
    kite, lantern = lines["RED-KITE-1"], lines["LANTERN-1"]
    made = refund_order(shop.db, shop.tenant_id, order, RefundRequest(
        {kite: ("1", True), lantern: ("1", False)}), ANN)  # fmt: skip
    assert (made.amount_minor, made.units, made.restocked) == (4499, 2, 1)
    assert stock(shop.db, shop.tenant_id, shop.kite) == 4  # one kite back, the lantern not
    assert stock(shop.db, shop.tenant_id, shop.lantern) == 2
    view = order_view(shop.db, shop.tenant_id, order)
    assert (view.financial_status, view.refunded_minor, view.refundable_minor) == (
        "partially_refunded", 4499, 1999)  # fmt: skip
    assert [(ln.refunded, ln.restocked) for ln in view.lines] == [(1, 1), (1, 0)]
    # More than is left of a line: at the field, nothing written.
    before = _state(shop, order)
    with pytest.raises(InvalidOrderAction) as bad:
        refund_order(shop.db, shop.tenant_id, order, RefundRequest({kite: ("2", True)}), ANN)
    assert bad.value.errors == {f"lines.{kite}.quantity": "too_large"}
    assert _state(shop, order) == before
    # The whole order: what is left (one kite), restocked by default.
    made = refund_order(shop.db, shop.tenant_id, order, RefundRequest(whole=True), ANN)
    assert (made.amount_minor, made.units, made.restocked) == (1999, 1, 1)
    assert stock(shop.db, shop.tenant_id, shop.kite) == 5
    view = order_view(shop.db, shop.tenant_id, order)
    assert (view.status, view.financial_status, view.refundable_minor) == (
        "returned", "refunded", 0)  # fmt: skip
    assert [e.kind for e in view.timeline][-3:] == ["refund", "refund", "returned"]
    _refused(shop, order, "refunded", lambda: refund_order(
        shop.db, shop.tenant_id, order, RefundRequest(amount="1"), ANN))  # fmt: skip


def test_unpaid_orders_are_not_refunded_and_refunded_units_are_not_cancelled_back(
    shop: Shop,
) -> None:
    unpaid = shop.order(kites=1, lanterns=0, paid=False)
    _refused(shop, unpaid, "nothing_paid", lambda: refund_order(
        shop.db, shop.tenant_id, unpaid, RefundRequest(whole=True), ANN))  # fmt: skip
    order = shop.order(kites=3, lanterns=0)  # kites: 5 - 1 - 3 = 1
    kite = order_view(shop.db, shop.tenant_id, order).lines[0].id
    refund_order(shop.db, shop.tenant_id, order, RefundRequest({kite: ("1", True)}), ANN)
    assert stock(shop.db, shop.tenant_id, shop.kite) == 2
    assert cancel_order(shop.db, shop.tenant_id, order, ANN) == {"RED-KITE-1": 2}
    assert stock(shop.db, shop.tenant_id, shop.kite) == 4  # 3 bought, 3 back in all
    # A cancelled order's refund never restocks: its units came back when it was cancelled.
    refund_order(shop.db, shop.tenant_id, order, RefundRequest(whole=True), ANN)
    assert stock(shop.db, shop.tenant_id, shop.kite) == 4


def test_another_shops_order_is_not_found(shop: Shop, other_tenant: Tenant) -> None:
    order = shop.order()
    before = _state(shop, order)
    for action in (
        lambda: cancel_order(shop.db, other_tenant.id, order, ANN),
        lambda: fulfil_order(shop.db, other_tenant.id, order, Shipment(), ANN),
        lambda: refund_order(shop.db, other_tenant.id, order, RefundRequest(whole=True), ANN),
        lambda: order_view(shop.db, other_tenant.id, order),
    ):
        with pytest.raises(NotFound):
            action()
    assert _state(shop, order) == before


def test_concurrent_cancels_and_refunds_restock_once(shop: Shop, db: Database) -> None:
    order = shop.order(kites=2, lanterns=0)
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def attempt(action: Callable[[], object]) -> None:
        barrier.wait()
        try:
            action()
            outcomes.append("done")
        except OrderActionRefused as refused:
            outcomes.append(refused.reason)
        except Exception as error:
            outcomes.append(repr(error))

    actions = [lambda: cancel_order(db, shop.tenant_id, order, ANN)] * 2 + [
        lambda: refund_order(db, shop.tenant_id, order, RefundRequest(whole=True), ANN)
    ] * 2
    threads = [threading.Thread(target=attempt, args=(a,)) for a in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcomes) == 4 and set(outcomes) <= {"done", "cancelled", "refunded",
                                                    "nothing_paid"}, outcomes  # fmt: skip
    # Whatever the order, each unit came back exactly once.
    assert stock(shop.db, shop.tenant_id, shop.kite) == 5
    view = order_view(shop.db, shop.tenant_id, order)
    assert view.refunded_minor in (0, 3998)
