"""My orders on SQLite and PostgreSQL: only orders placed while signed in, with their status
history; never another customer's, nor a guest's that used the same email."""

from __future__ import annotations

import pytest

from tests.accounts.conftest import PASSWORD
from tests.checkout.conftest import ANN, Shop
from tradewinds.accounts import get_order, list_orders, sign_up
from tradewinds.checkout import add_to_cart, new_cart_token, place_order
from tradewinds.core.errors import NotFound
from tradewinds.store import tenant_session
from tradewinds.store.tables import Order, OrderStatus, OrderStatusChange


def test_orders_placed_signed_in_are_listed_with_history(shop: Shop) -> None:
    guest = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, guest, shop.kite)
    place_order(shop.db, shop.tenant_id, guest, ANN, "guest-key-1")  # #1001, a guest's
    signed = sign_up(shop.db, shop.tenant_id, "Ann Lee", "ann@example.com", PASSWORD)
    account = signed.account
    add_to_cart(shop.db, shop.tenant_id, account.cart_token, shop.kite, 2)
    placed = place_order(
        shop.db, shop.tenant_id, account.cart_token, ANN, "account-key-1", account.customer_id
    )
    with tenant_session(shop.db, shop.tenant_id) as session:
        order = session.get(Order, placed.order_id)
        assert order is not None and order.customer_id == account.customer_id
        order.status = OrderStatus.PACKED
        order.history.append(OrderStatusChange(status=OrderStatus.PACKED, note="packed"))

    listed = list_orders(shop.db, shop.tenant_id, account.customer_id)
    assert [(o.number, o.status, o.item_count, o.total_minor) for o in listed] == [
        ("#1002", "packed", 2, 3998)
    ]  # the guest order #1001 with the same email is not this account's
    detail = get_order(shop.db, shop.tenant_id, account.customer_id, "1002")
    assert [c.status for c in detail.history] == ["pending", "packed"]
    assert detail.lines == (("Red Kite", 2, 1999),) and detail.ship_city == "Springfield"
    with pytest.raises(NotFound):
        get_order(shop.db, shop.tenant_id, account.customer_id, "1001")


def test_another_customer_never_sees_the_order(shop: Shop) -> None:
    ann = sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD).account
    bo = sign_up(shop.db, shop.tenant_id, "Bo", "bo@example.com", PASSWORD).account
    add_to_cart(shop.db, shop.tenant_id, ann.cart_token, shop.lantern)
    place_order(shop.db, shop.tenant_id, ann.cart_token, ANN, "ann-key-0001", ann.customer_id)
    assert list_orders(shop.db, shop.tenant_id, bo.customer_id) == []
    with pytest.raises(NotFound):
        get_order(shop.db, shop.tenant_id, bo.customer_id, "#1001")
    assert [o.number for o in list_orders(shop.db, shop.tenant_id, ann.customer_id)] == ["#1001"]
