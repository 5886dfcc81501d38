"""Payment at checkout over HTTP (TestClient, SQLite and PostgreSQL): the methods the shop
offers as a radio group, a tampered method or a declined payment making no order and
saying why, an authorized test payment on the confirmation, and settings checked at start."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web.conftest import make_web_client, seed_storefront
from tests.web.test_checkout_pages import _add, _checkout_data, _stock
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import load_settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, OrderPayment, Tenant

DECLINED = "Your payment was declined, so no order was made and nothing was charged."


@pytest.fixture
def sandbox(db: Database, tenant: Tenant) -> Iterator[TestClient]:
    """The storefront offering pay on delivery and the test provider."""
    seed_storefront(db, tenant)
    with make_web_client(db, web={"payments": ["pay_on_delivery", "test"]}) as client:
        client.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
        yield client


def _payments(db: Database, tenant: Tenant) -> list[tuple[str, str, str]]:
    with tenant_session(db, tenant.id) as session:
        rows = session.execute(
            select(Order.name, OrderPayment.provider, OrderPayment.status).join(
                OrderPayment, OrderPayment.order_id == Order.id
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _checked_payment(html: str) -> str:
    found = re.search(r'name="payment" value="([^"]+)"\s*checked', html)
    assert found, "no payment method checked"
    return found.group(1)


def _orders(db: Database, tenant: Tenant) -> int:
    with tenant_session(db, tenant.id) as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def test_pay_on_delivery_offered_and_stored(web: TestClient, db: Database, tenant: Tenant) -> None:
    assert _add(web, "red-kite").status_code == 303
    form = web.get("/checkout").text
    assert "<legend>Payment</legend>" in form
    assert _checked_payment(form) == "pay_on_delivery"
    assert '<label for="payment-1">Pay on delivery</label>' in form
    assert 'value="test"' not in form  # not enabled in this shop
    assert "货到付款" in web.get("/checkout?lang=zh").text
    web.get("/checkout?lang=en")

    tampered = web.post("/checkout", data=_checkout_data(form, payment="test"))
    assert tampered.status_code == 422
    assert "Choose one of the payment methods shown." in tampered.text
    assert _orders(db, tenant) == 0 and _stock(db, tenant, "RED-KITE-1") == 5

    placed = web.post("/checkout", data=_checkout_data(form))
    assert placed.status_code == 200 and "Your order number is #1001." in placed.text
    assert "Payment: pay on delivery." in placed.text
    assert _payments(db, tenant) == [("#1001", "pay_on_delivery", "due_on_delivery")]


def test_declined_payment_makes_no_order_then_another_method_does(
    sandbox: TestClient, db: Database, tenant: Tenant
) -> None:
    assert _add(sandbox, "red-kite", "2").status_code == 303
    form = sandbox.get("/checkout").text
    assert '<label for="payment-2">Test payment (no money is taken)</label>' in form
    declined = sandbox.post(
        "/checkout", data=_checkout_data(form, payment="test", email="ann+decline@example.com")
    )
    assert declined.status_code == 402 and DECLINED in declined.text
    assert 'aria-describedby="payment-error"' in declined.text
    assert 'value="ann+decline@example.com"' in declined.text  # what was typed is kept
    assert _checked_payment(declined.text) == "test"
    assert _orders(db, tenant) == 0 and _stock(db, tenant, "RED-KITE-1") == 5

    authorized = sandbox.post("/checkout", data=_checkout_data(declined.text, payment="test"))
    assert authorized.status_code == 200 and "Your order number is #1001." in authorized.text
    assert "Payment: Test payment (no money is taken), authorized." in authorized.text
    assert _payments(db, tenant) == [("#1001", "test", "authorized")]
    assert _stock(db, tenant, "RED-KITE-1") == 3


def test_declined_in_chinese(sandbox: TestClient, db: Database, tenant: Tenant) -> None:
    assert _add(sandbox, "red-kite").status_code == 303
    form = sandbox.get("/checkout?lang=zh").text
    data = _checkout_data(form, payment="test", email="decline@example.com")
    declined = sandbox.post("/checkout", data=data)
    assert declined.status_code == 402 and "付款被拒绝，因此未生成订单" in declined.text  # noqa: RUF001
    assert _orders(db, tenant) == 0


def test_unknown_or_unsafe_providers_stop_the_start(db: Database) -> None:
    with pytest.raises(ConfigError, match=r"web\.payments: payment: unknown provider 'card'"):
        make_web_client(db, web={"payments": ["card"]})
    settings = load_settings(env="production", admin_token="t" * 32, web={"payments": ["test"]})
    with pytest.raises(ConfigError, match=r"web\.payments: the test provider"):
        settings.check_safe()
