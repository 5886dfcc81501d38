"""Cart, checkout and confirmation pages over HTTP (TestClient), on SQLite and PostgreSQL:
the whole flow, CSRF, validation, a product sold out meanwhile, other shops."""

from __future__ import annotations

import re

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web.conftest import make_web_client
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Order, Tenant, Variant

ADDRESS = {
    "email": "ann@example.com",
    "name": "Ann Lee",
    "street": "1 Main St",
    "city": "Springfield",
    "postal_code": "12345",
    "country": "US",
}


def _hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no hidden {name} field"
    return found.group(1)


def _checked(html: str) -> dict[str, str]:
    """The radio buttons checked in ``html``, as a browser would send them."""
    found = re.findall(r'type="radio"[^>]*name="([^"]+)" value="([^"]*)"\s*checked', html)
    return dict(found)


def _checkout_data(form: str, **fields: str) -> dict[str, str]:
    """The checkout form's hidden fields and checked choices (delivery window, payment)
    with ``ADDRESS`` and ``fields`` typed in."""
    return {
        **ADDRESS,
        **_checked(form),
        "csrf_token": _hidden(form, "csrf_token"),
        "idempotency_key": _hidden(form, "idempotency_key"),
        **fields,
    }


def _add(web: TestClient, handle: str, quantity: str = "1", variant: str = "") -> httpx.Response:
    page = web.get(f"/products/{handle}").text
    form = {
        "csrf_token": _hidden(page, "csrf_token"),
        "variant_id": variant or _hidden(page, "variant_id"),
        "quantity": quantity,
    }
    return web.post("/cart/add", data=form, follow_redirects=False)


def _stock(db: Database, tenant: Tenant, sku: str) -> int:
    with tenant_session(db, tenant.id) as session:
        return session.scalars(select(Variant.inventory_qty).where(Variant.sku == sku)).one()


def _orders(db: Database, tenant: Tenant) -> int:
    with tenant_session(db, tenant.id) as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def test_add_cart_checkout_confirmation(web: TestClient, db: Database, tenant: Tenant) -> None:
    added = _add(web, "red-kite", "2")
    assert added.status_code == 303 and added.headers["location"] == "/cart"
    assert "tw_session" in web.cookies  # set by the product page, with the form's CSRF token
    cart = web.get("/cart")
    assert "Red Kite" in cart.text and "$39.98" in cart.text and 'href="/checkout"' in cart.text
    update = {
        "csrf_token": _hidden(cart.text, "csrf_token"),
        "variant_id": _hidden(cart.text, "variant_id"),
        "quantity": "3",
    }
    assert web.post("/cart/update", data=update, follow_redirects=False).status_code == 303
    assert "$59.97" in web.get("/cart").text

    form = web.get("/checkout").text
    for label in ("Email", "Full name", "Address", "City", "Postal code"):
        assert re.search(rf'<label for="checkout-\w+">{label}</label>', form), label
    data = _checkout_data(form)
    placed = web.post("/checkout", data=data, follow_redirects=False)
    assert placed.status_code == 303, placed.text
    location = placed.headers["location"]
    assert re.fullmatch(r"/orders/1001\?token=[\w-]+", location)
    again = web.post("/checkout", data=data, follow_redirects=False)  # double submit
    assert again.status_code == 303 and again.headers["location"] == location
    assert _orders(db, tenant) == 1 and _stock(db, tenant, "RED-KITE-1") == 2

    confirmation = web.get(location)
    assert confirmation.status_code == 200
    assert "Your order number is #1001." in confirmation.text and "$59.97" in confirmation.text
    assert confirmation.headers["cache-control"] == "no-store"
    assert "Your cart is empty." in web.get("/cart").text
    assert web.get("/orders/1001").status_code == 404  # the token is needed
    assert web.get("/orders/1001?token=not-the-right-one").status_code == 404
    with make_web_client(db, default_tenant="globex") as globex:
        assert globex.get(location, headers={"Accept": "text/html"}).status_code == 404


def test_forms_without_the_sessions_csrf_token_are_refused(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    page = web.get("/products/red-kite").text
    variant = _hidden(page, "variant_id")
    for token in (None, "", "0" * 64):
        data = {"variant_id": variant, "quantity": "1"}
        if token is not None:
            data["csrf_token"] = token
        refused = web.post("/cart/add", data=data)
        assert refused.status_code == 403 and "This form has expired" in refused.text
    stolen = {"csrf_token": _hidden(page, "csrf_token"), "variant_id": variant}
    with make_web_client(db) as stranger:  # a client without the session cookie
        assert stranger.post("/cart/add", data=stolen).status_code == 403
    assert web.post("/checkout", data={**ADDRESS, "idempotency_key": "k" * 20}).status_code == 403
    assert "Your cart is empty." in web.get("/cart").text and _orders(db, tenant) == 0


def test_checkout_errors_are_shown_at_the_fields_and_keep_what_was_typed(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _add(web, "red-kite")
    form = web.get("/checkout").text
    data = _checkout_data(
        form, email="ann-at-example", postal_code="", name="<script>alert(1)</script> Ann"
    )
    page = web.post("/checkout", data=data)
    assert page.status_code == 422
    html = page.text
    assert 'id="checkout-email-error"' in html and "such as name@example.com" in html
    assert 'id="checkout-postal_code-error"' in html and "This field is required." in html
    assert 'value="ann-at-example"' in html and 'value="1 Main St"' in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; Ann" in html
    assert _hidden(html, "idempotency_key") == data["idempotency_key"]
    assert _orders(db, tenant) == 0 and _stock(db, tenant, "RED-KITE-1") == 5


def test_a_product_sold_out_meanwhile_is_named_and_nothing_is_ordered(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _add(web, "dome-tent")  # the last tent of the first size
    form = web.get("/checkout").text
    with tenant_session(db, tenant.id) as session:
        tent = session.scalars(select(Variant).where(Variant.sku == "DOME-TENT-1")).one()
        tent.inventory_qty = 0
    data = _checkout_data(form)
    page = web.post("/checkout", data=data)
    assert page.status_code == 409 and "Dome Tent cannot be ordered now" in page.text
    assert _orders(db, tenant) == 0
    assert "Out of stock" in web.get("/cart").text


def test_cart_input_errors_and_chinese(web: TestClient) -> None:
    for quantity in ("100", "0", "abc"):
        page = _add(web, "red-kite", quantity)
        assert page.status_code == 422
        assert "Quantity must be a whole number from 1 to 99." in page.text
    assert "Your cart is empty." in web.get("/cart").text
    _add(web, "red-kite")
    zh = web.get("/cart", params={"lang": "zh"}).text
    assert "您的购物车" in zh and "结账" in zh


def test_another_carts_idempotency_key_gives_the_form_back_with_a_fresh_key(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _add(web, "red-kite")
    first = _checkout_data(web.get("/checkout").text)
    assert web.post("/checkout", data=first, follow_redirects=False).status_code == 303
    with make_web_client(db) as other:
        _add(other, "red-kite")
        form = other.get("/checkout").text
        data = _checkout_data(form, idempotency_key=first["idempotency_key"])
        page = other.post("/checkout", data=data)
    assert page.status_code == 409 and "could not be placed just now" in page.text
    assert _hidden(page.text, "idempotency_key") != first["idempotency_key"]
    assert 'value="Springfield"' in page.text and "#1001" not in page.text
    assert _orders(db, tenant) == 1
