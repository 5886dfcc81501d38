"""Paying for orders on SQLite and PostgreSQL: the provider and its answer stored with the
order in its transaction, a declined or failing provider making no order and taking no
stock, the requested delivery window stored alongside, and the provider registry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tests.checkout.conftest import ANN, Shop, stock
from tradewinds.checkout import (
    Charge,
    PaymentDeclined,
    PaymentOutcome,
    PaymentProvider,
    PayOnDelivery,
    SandboxPayments,
    add_to_cart,
    get_cart,
    get_order_receipt,
    new_cart_token,
    payment_provider,
    place_order,
    register_payment_provider,
)
from tradewinds.core.errors import InvalidInput
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, OrderPayment, Tenant

WINDOW = (datetime(2030, 5, 7, 14, tzinfo=UTC), datetime(2030, 5, 7, 16, tzinfo=UTC))


class BrokenProvider:
    """A provider whose service fails (as a network error would)."""

    name = "broken"

    def authorize(self, charge: Charge) -> PaymentOutcome:
        raise ConnectionError("payment service unreachable")


class OddProvider:
    """A provider answering with a status Tradewinds does not know."""

    name = "odd"

    def authorize(self, charge: Charge) -> PaymentOutcome:
        return PaymentOutcome("refunded")  # type: ignore[arg-type]


def _count(db: Database, tenant_id: int, table: type[Order] | type[OrderPayment]) -> int:
    with tenant_session(db, tenant_id) as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _cart(shop: Shop) -> str:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 2)
    return token


def test_pay_on_delivery_is_the_default_and_stored(shop: Shop) -> None:
    placed = place_order(shop.db, shop.tenant_id, _cart(shop), ANN, "key-pod-0001", window=WINDOW)
    with tenant_session(shop.db, shop.tenant_id) as session:
        order = session.get(Order, placed.order_id)
        assert order is not None and order.financial_status == "pending"
        assert (order.window_start, order.window_end) == WINDOW
        paid = session.scalars(select(OrderPayment)).one()
        assert (paid.order_id, paid.provider, paid.status) == (
            placed.order_id, "pay_on_delivery", "due_on_delivery",
        )  # fmt: skip
        assert (paid.amount_minor, paid.currency) == (3998, "USD")
    receipt = get_order_receipt(shop.db, shop.tenant_id, placed.number, placed.view_token)
    assert receipt.window == WINDOW
    assert (receipt.payment, receipt.payment_status) == ("pay_on_delivery", "due_on_delivery")


def test_test_provider_authorizes_with_a_reference(shop: Shop) -> None:
    placed = place_order(
        shop.db, shop.tenant_id, _cart(shop), ANN, "key-test-0001", payment=SandboxPayments()
    )
    with tenant_session(shop.db, shop.tenant_id) as session:
        order = session.get(Order, placed.order_id)
        assert order is not None and order.financial_status == "authorized"
        paid = session.scalars(select(OrderPayment)).one()
        assert (paid.provider, paid.status, paid.reference) == (
            "test", "authorized", "test-key-test-0001",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("provider", "email", "reason"),
    [
        (SandboxPayments(), "ann+decline@example.com", "declined"),
        (SandboxPayments(), "decline@example.com", "declined"),
        (BrokenProvider(), "ann@example.com", "unavailable"),
        (OddProvider(), "ann@example.com", "declined"),
    ],
)
def test_a_declined_payment_makes_no_order(
    shop: Shop, provider: PaymentProvider, email: str, reason: str
) -> None:
    token = _cart(shop)
    with pytest.raises(PaymentDeclined) as raised:
        place_order(
            shop.db, shop.tenant_id, token, replace(ANN, email=email), "key-decline-1",
            window=WINDOW, payment=provider,
        )  # fmt: skip
    assert raised.value.details == {"field": "payment", "provider": provider.name, "reason": reason}
    assert f"{provider.name} declined" in str(raised.value)
    assert _count(shop.db, shop.tenant_id, Order) == 0
    assert _count(shop.db, shop.tenant_id, OrderPayment) == 0
    assert stock(shop.db, shop.tenant_id, shop.kite) == 5  # nothing taken
    assert [ln.quantity for ln in get_cart(shop.db, shop.tenant_id, token).lines] == [2]
    # The same cart and key then pay on delivery: one order, numbered as the first.
    placed = place_order(shop.db, shop.tenant_id, token, ANN, "key-decline-1")
    assert placed.number == "#1001" and _count(shop.db, shop.tenant_id, OrderPayment) == 1


def test_payments_stay_in_their_shop(shop: Shop, other_tenant: Tenant) -> None:
    place_order(shop.db, shop.tenant_id, _cart(shop), ANN, "key-tenant-01")
    other_id = other_tenant.id
    assert _count(shop.db, other_id, OrderPayment) == 0
    assert _count(shop.db, shop.tenant_id, OrderPayment) == 1


def test_registry() -> None:
    assert isinstance(payment_provider("pay_on_delivery"), PayOnDelivery)
    assert isinstance(payment_provider("test"), PaymentProvider)
    with pytest.raises(InvalidInput, match=r"unknown provider 'card'.*pay_on_delivery"):
        payment_provider("card")
    for bad in ("", "Card", "card-pay", "x" * 41):
        provider = BrokenProvider()
        provider.name = bad
        with pytest.raises(InvalidInput, match="payment provider name"):
            register_payment_provider(provider)
    with pytest.raises(InvalidInput):
        payment_provider("broken")  # a refused registration left nothing behind
