"""Placing orders on SQLite and PostgreSQL: what is written, idempotency, stock that never
goes negative, nothing written on failure, tenant isolation, concurrent last-unit buyers."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from tests.checkout.conftest import ANN, Shop, stock
from tradewinds.checkout import (
    CannotOrder,
    InvalidContact,
    add_to_cart,
    get_cart,
    get_order_receipt,
    new_cart_token,
    place_order,
    set_quantity,
)
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Customer, Order, OrderStatus, Tenant, Variant


def _orders(db: Database, tenant_id: int) -> int:
    with tenant_session(db, tenant_id) as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def test_place_order_writes_order_lines_history_customer_and_takes_stock(shop: Shop) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 2)
    add_to_cart(shop.db, shop.tenant_id, token, shop.lantern)
    placed = place_order(shop.db, shop.tenant_id, token, ANN, "key-00000001")
    assert placed.number == "#1001" and placed.total_minor == 6498 and placed.currency == "USD"
    with tenant_session(shop.db, shop.tenant_id) as session:
        order = session.get(Order, placed.order_id)
        assert order is not None
        assert (order.email, order.ship_name, order.ship_zip, order.ship_country) == (
            "ann@example.com", "Ann Lee", "12345", "US",
        )  # fmt: skip
        assert order.status == OrderStatus.PENDING and order.financial_status == "pending"
        assert [(ln.title, ln.quantity, ln.price_minor) for ln in order.lines] == [
            ("Red Kite", 2, 1999),
            ("Storm Lantern", 1, 2500),
        ]
        assert [h.status for h in order.history] == [OrderStatus.PENDING]
        customer = session.scalars(select(Customer)).one()
        assert order.customer_id == customer.id and customer.first_name == "Ann"
    assert stock(shop.db, shop.tenant_id, shop.kite) == 3
    assert stock(shop.db, shop.tenant_id, shop.lantern) == 0
    assert get_cart(shop.db, shop.tenant_id, token).lines == ()
    receipt = get_order_receipt(shop.db, shop.tenant_id, "1001", placed.view_token)
    assert receipt.number == "#1001" and len(receipt.lines) == 2
    # A second order of the same customer: the next number, the same customer row.
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    again = place_order(shop.db, shop.tenant_id, token, ANN, "key-00000002")
    assert again.number == "#1002"
    with tenant_session(shop.db, shop.tenant_id) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_the_same_key_makes_one_order(shop: Shop) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    first = place_order(shop.db, shop.tenant_id, token, ANN, "double-submit-1")
    second = place_order(shop.db, shop.tenant_id, token, ANN, "double-submit-1")
    assert first == second and _orders(shop.db, shop.tenant_id) == 1
    assert stock(shop.db, shop.tenant_id, shop.kite) == 4
    stranger = new_cart_token()  # someone else's cart cannot claim the key (or see the order)
    add_to_cart(shop.db, shop.tenant_id, stranger, shop.kite)
    with pytest.raises(Conflict, match="idempotency key: already used"):
        place_order(shop.db, shop.tenant_id, stranger, ANN, "double-submit-1")
    assert _orders(shop.db, shop.tenant_id) == 1


def test_out_of_stock_names_the_product_and_writes_nothing(shop: Shop) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    add_to_cart(shop.db, shop.tenant_id, token, shop.lantern)
    set_quantity(shop.db, shop.tenant_id, token, shop.lantern, 2)
    with pytest.raises(CannotOrder, match="Storm Lantern has only 1 left") as error:
        place_order(shop.db, shop.tenant_id, token, ANN, "key-00000003")
    assert error.value.details["product"] == "Storm Lantern"
    assert _orders(shop.db, shop.tenant_id) == 0
    assert stock(shop.db, shop.tenant_id, shop.kite) == 5
    assert stock(shop.db, shop.tenant_id, shop.lantern) == 1
    assert len(get_cart(shop.db, shop.tenant_id, token).lines) == 2  # the cart is kept
    with tenant_session(shop.db, shop.tenant_id) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_bad_details_and_empty_carts_write_nothing(shop: Shop) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    bad = replace(ANN, email="not-an-email", postal_code="", country="USA")
    with pytest.raises(InvalidContact) as error:
        place_order(shop.db, shop.tenant_id, token, bad, "key-00000004")
    assert set(error.value.errors) == {"email", "postal_code", "country"}
    with pytest.raises(InvalidInput, match="the cart is empty"):
        place_order(shop.db, shop.tenant_id, new_cart_token(), ANN, "key-00000005")
    with pytest.raises(InvalidInput, match="idempotency key"):
        place_order(shop.db, shop.tenant_id, token, ANN, "short")
    assert _orders(shop.db, shop.tenant_id) == 0 and stock(shop.db, shop.tenant_id, shop.kite) == 5


def test_receipts_need_the_token_and_the_tenant(shop: Shop, other_tenant: Tenant) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    placed = place_order(shop.db, shop.tenant_id, token, ANN, "key-00000006")
    for tenant_id, view_token in (
        (shop.tenant_id, "wrong"),
        (shop.tenant_id, ""),
        (other_tenant.id, placed.view_token),
    ):
        with pytest.raises(NotFound):
            get_order_receipt(shop.db, tenant_id, placed.number, view_token)
    # The other shop's cart with the same token is its own (empty) cart.
    with pytest.raises(InvalidInput, match="empty"):
        place_order(shop.db, other_tenant.id, token, ANN, "key-00000007")


def test_two_buyers_of_the_last_unit_make_exactly_one_order(shop: Shop) -> None:
    tokens = [new_cart_token(), new_cart_token()]
    for token in tokens:
        add_to_cart(shop.db, shop.tenant_id, token, shop.lantern)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def buy(token: str, n: int) -> None:
        barrier.wait()
        contact = replace(ANN, email=f"buyer{n}@example.com")
        try:
            place_order(shop.db, shop.tenant_id, token, contact, f"concurrent-key-{n}")
            outcomes.append("ordered")
        except CannotOrder:
            outcomes.append("sold out")
        except Exception as error:  # reported by the assertion below, not lost in a thread
            outcomes.append(repr(error))

    threads = [threading.Thread(target=buy, args=(t, n)) for n, t in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["ordered", "sold out"]
    assert _orders(shop.db, shop.tenant_id) == 1
    assert stock(shop.db, shop.tenant_id, shop.lantern) == 0


def test_fifty_buyers_of_the_last_five_units_make_exactly_five_orders(shop: Shop) -> None:
    with tenant_session(shop.db, shop.tenant_id) as session:
        kite = session.get(Variant, shop.kite)
        assert kite is not None
        kite.inventory_qty = 5
    tokens = [new_cart_token() for _ in range(50)]
    for token in tokens:
        add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    barrier = threading.Barrier(len(tokens))
    outcomes: list[str] = []

    def buy(token: str, n: int) -> None:
        barrier.wait()
        contact = replace(ANN, email=f"buyer{n}@example.com")
        try:
            place_order(shop.db, shop.tenant_id, token, contact, f"fifty-buyers-{n}")
            outcomes.append("ordered")
        except CannotOrder:
            outcomes.append("sold out")
        except Exception as error:  # reported by the assertion below, not lost in a thread
            outcomes.append(repr(error))

    threads = [threading.Thread(target=buy, args=(t, n)) for n, t in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(set(outcomes)) == ["ordered", "sold out"], outcomes
    assert outcomes.count("ordered") == 5 and outcomes.count("sold out") == 45
    assert _orders(shop.db, shop.tenant_id) == 5
    assert stock(shop.db, shop.tenant_id, shop.kite) == 0
