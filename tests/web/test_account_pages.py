"""Account pages over HTTP (TestClient), on SQLite and PostgreSQL: sign-up, sign-in,
sign-out, my orders, addresses; CSRF, generic errors, lockout, session rotation, the guest
cart kept, one customer never reaching another's orders or addresses, other shops."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.web.conftest import make_web_client
from tests.web.test_checkout_pages import _add, _checkout_data, _hidden
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import AccountSession, Tenant

PASSWORD = "correct horse battery"
HOME = {"name": "Ann Lee", "street": "7 Elm St", "city": "Portland", "postal_code": "97201",
        "country": "US"}  # fmt: skip


def _csrf(web: TestClient, path: str) -> str:
    return _hidden(web.get(path).text, "csrf_token")


def sign_up(
    web: TestClient, email: str = "ann@example.com", name: str = "Ann Lee"
) -> httpx.Response:
    data = {"csrf_token": _csrf(web, "/account/sign-up"), "name": name, "email": email,
            "password": PASSWORD}  # fmt: skip
    return web.post("/account/sign-up", data=data, follow_redirects=False)


def sign_in(web: TestClient, email: str, password: str, next_: str = "") -> httpx.Response:
    data = {"csrf_token": _csrf(web, "/account/sign-in"), "email": email, "password": password}
    if next_:
        data["next"] = next_
    return web.post("/account/sign-in", data=data, follow_redirects=False)


def _use_cookie(client: TestClient, value: str) -> None:
    client.cookies.clear()
    client.cookies.set("tw_session", value, domain="testserver.local")


def sign_out(web: TestClient) -> httpx.Response:
    data = {"csrf_token": _csrf(web, "/account")}
    return web.post("/account/sign-out", data=data, follow_redirects=False)


def test_sign_up_sign_out_sign_in_rotate_the_session(web: TestClient) -> None:
    page = web.get("/account/sign-up")
    assert page.headers["cache-control"] == "no-store"
    for label in ("Full name", "Email", "Password"):
        assert re.search(rf'<label for="sign-up-\w+">{label}</label>', page.text), label
    assert ">Sign up</button>" in page.text and 'href="/account/sign-in">Sign in</a>' in page.text
    guest = web.cookies["tw_session"]
    created = sign_up(web)
    assert created.status_code == 303 and created.headers["location"] == "/account"
    signed_in = web.cookies["tw_session"]
    assert signed_in != guest  # a new session token at sign-in
    account = web.get("/account")
    assert "Signed in as ann@example.com." in account.text
    assert 'href="/account">Account</a>' in web.get("/").text  # the header, on every page

    out = sign_out(web)
    assert out.status_code == 303 and out.headers["location"] == "/"
    assert web.cookies["tw_session"] not in (guest, signed_in)
    assert 'href="/account/sign-in">Sign in</a>' in web.get("/").text
    # The old cookie no longer signs anyone in: the session ended on the server.
    _use_cookie(web, signed_in)
    back = web.get("/account", follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == "/account/sign-in?next=/account"

    again = sign_in(web, "ANN@example.com", PASSWORD, "/checkout")
    assert again.status_code == 303 and again.headers["location"] == "/checkout"
    assert web.cookies["tw_session"] != signed_in
    evil = sign_in(web, "ann@example.com", PASSWORD, "https://evil.example/")
    assert evil.headers["location"] == "/account"  # only our own pages as the next stop


def test_wrong_password_and_unknown_email_get_one_message_and_keep_the_email(
    web: TestClient,
) -> None:
    sign_up(web)
    sign_out(web)
    wrong = sign_in(web, "ann@example.com", "not my password")
    unknown = sign_in(web, "nobody@example.com", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    message = "The email or password is wrong."
    assert message in wrong.text and message in unknown.text
    assert 'value="nobody@example.com"' in unknown.text and PASSWORD not in unknown.text
    assert "aria-invalid" not in wrong.text  # no field is singled out


def test_repeated_failures_lock_the_sign_in_across_app_instances(
    web: TestClient, db: Database
) -> None:
    """Two app instances on their own connections to one database (two ``serve`` workers)
    count one email's failures together: 3 at one and 2 at the other lock it at both."""
    sign_up(web)
    sign_out(web)
    url = db.engine.url.render_as_string(hide_password=False)
    other_db = open_database(url=url, migrate=False)
    try:
        with make_web_client(other_db) as other:
            other.headers["Accept"] = web.headers["Accept"]
            for client in (web, other, web, other, web):
                assert sign_in(client, "ann@example.com", "guess").status_code == 401
            for client in (other, web):
                locked = sign_in(client, "ann@example.com", PASSWORD)
                assert locked.status_code == 429
                assert "Too many attempts. Wait 15 minutes" in locked.text
                assert "Signed in as" not in client.get("/account").text
    finally:
        other_db.dispose()


def test_sign_up_errors_are_at_the_fields_and_keep_what_was_typed(web: TestClient) -> None:
    data = {"csrf_token": _csrf(web, "/account/sign-up"), "name": "<b>Ann</b>",
            "email": "ann-at-example", "password": "short"}  # fmt: skip
    page = web.post("/account/sign-up", data=data)
    assert page.status_code == 422
    assert 'id="sign-up-email-error"' in page.text and "such as name@example.com" in page.text
    assert "Use at least 8 characters." in page.text
    assert 'value="ann-at-example"' in page.text and 'value="&lt;b&gt;Ann&lt;/b&gt;"' in page.text
    assert 'value="short"' not in page.text  # a password is never sent back
    sign_up(web)
    sign_out(web)
    taken = sign_up(web)
    assert taken.status_code == 422 and "If it is yours, sign in." in taken.text


def test_forms_without_the_csrf_token_are_refused(web: TestClient) -> None:
    sign_up(web)
    for path in ("/account/sign-out", "/account/addresses", "/account/sign-in"):
        refused = web.post(path, data={**HOME, "email": "x@example.com", "password": "p"})
        assert refused.status_code == 403, path
    assert "Signed in as" in web.get("/account").text  # still signed in: nothing happened


def test_guest_cart_is_kept_and_the_order_is_in_my_orders(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _add(web, "red-kite", "2")
    sign_up(web)
    assert "$39.98" in web.get("/cart").text  # the guest cart became the account's
    data = {"csrf_token": _csrf(web, "/account/addresses"), **HOME}
    assert web.post("/account/addresses", data=data, follow_redirects=False).status_code == 303

    form = web.get("/checkout").text  # prefilled from the account and its default address
    for value in ("ann@example.com", "Ann Lee", "7 Elm St", "Portland", "97201"):
        assert f'value="{value}"' in form
    placed = web.post("/checkout", data=_checkout_data(form, **HOME, email="ann@example.com"),
                      follow_redirects=False)  # fmt: skip
    assert placed.status_code == 303
    account = web.get("/account").text
    assert 'href="/account/orders/1001">#1001</a>' in account and "Received" in account
    order = web.get("/account/orders/1001")
    assert order.status_code == 200 and "Status history" in order.text and "$39.98" in order.text
    sign_out(web)
    assert "Your cart is empty." in web.get("/cart").text  # the cart stays with the account
    assert web.get("/account/orders/1001", follow_redirects=False).status_code == 303


def test_another_customers_orders_and_addresses_are_404(
    web: TestClient, db: Database, tenant: Tenant
) -> None:
    _add(web, "red-kite")
    sign_up(web)
    csrf = _csrf(web, "/account/addresses")
    web.post("/account/addresses", data={"csrf_token": csrf, **HOME})
    address = re.search(r'href="/account/addresses/(\d+)"', web.get("/account/addresses").text)
    assert address
    ann_address = address.group(1)
    form = web.get("/checkout").text
    web.post("/checkout", data=_checkout_data(form, email="ann@example.com"))

    with make_web_client(db) as bo:
        bo.headers["Accept"] = "text/html"
        sign_up(bo, "bo@example.com", "Bo Chen")
        assert "#1001" not in bo.get("/account").text
        assert bo.get("/account/orders/1001").status_code == 404
        assert bo.get(f"/account/addresses/{ann_address}").status_code == 404
        token = _csrf(bo, "/account/addresses")
        for suffix in ("", "/delete", "/default"):
            posted = bo.post(f"/account/addresses/{ann_address}{suffix}",
                             data={"csrf_token": token, **HOME, "city": "Stolen"})  # fmt: skip
            assert posted.status_code == 404, suffix
        assert "Portland" not in bo.get("/account/addresses").text
    assert "Portland" in web.get("/account/addresses").text  # Ann's address is untouched
    assert web.get("/account/orders/9999").status_code == 404


def test_address_errors_edit_delete_and_default(web: TestClient) -> None:
    sign_up(web)
    csrf = _csrf(web, "/account/addresses")
    bad = web.post("/account/addresses", data={"csrf_token": csrf, **HOME, "postal_code": "!"})
    assert bad.status_code == 422 and 'id="address-postal_code-error"' in bad.text
    assert 'value="7 Elm St"' in bad.text
    for street in ("7 Elm St", "9 Oak Ave"):
        web.post("/account/addresses", data={"csrf_token": csrf, **HOME, "street": street})
    page = web.get("/account/addresses").text
    ids = re.findall(r'href="/account/addresses/(\d+)"', page)
    assert len(ids) == 2 and page.count("Default address") == 1
    web.post(f"/account/addresses/{ids[1]}/default", data={"csrf_token": csrf})
    edit = web.get(f"/account/addresses/{ids[1]}")
    assert 'value="9 Oak Ave"' in edit.text
    saved = web.post(f"/account/addresses/{ids[1]}",
                     data={"csrf_token": csrf, **HOME, "street": "10 Oak Ave"})  # fmt: skip
    assert saved.status_code == 200 and "10 Oak Ave" in saved.text  # followed to the list
    web.post(f"/account/addresses/{ids[1]}/delete", data={"csrf_token": csrf})
    page = web.get("/account/addresses").text
    assert "10 Oak Ave" not in page and "7 Elm St" in page and "Default address" in page


def test_an_account_of_one_shop_cannot_sign_in_to_another(web: TestClient, db: Database) -> None:
    sign_up(web)
    cookie = web.cookies["tw_session"]
    with make_web_client(db, default_tenant="globex") as globex:
        globex.headers["Accept"] = "text/html"
        assert sign_in(globex, "ann@example.com", PASSWORD).status_code == 401
        _use_cookie(globex, cookie)  # Acme's session cookie in Globex
        assert globex.get("/account", follow_redirects=False).status_code == 303


def test_account_pages_in_chinese(web: TestClient) -> None:
    page = web.get("/account/sign-in", params={"lang": "zh"}).text
    assert "登录" in page and "密码" in page
    sign_up(web)
    assert "我的订单" in web.get("/account").text and "退出登录" in web.get("/account").text


def test_an_expired_session_keeps_the_cart(web: TestClient, db: Database, tenant: Tenant) -> None:
    """The signed-in session runs out (30 days): the shopper is a guest again, and the
    account's cart is back after signing in, with what a guest added meanwhile."""
    sign_up(web)
    _add(web, "red-kite", "2")
    with tenant_session(db, tenant.id) as session:
        session.execute(update(AccountSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert web.get("/account", follow_redirects=False).status_code == 303  # signed out
    _add(web, "red-kite", "1")  # as a guest
    assert sign_in(web, "ann@example.com", PASSWORD).status_code == 303
    cart = web.get("/cart").text
    assert 'value="3"' in cart and "$59.97" in cart  # 2 kept + 1 merged


def test_the_session_cookie_is_httponly_lax_and_secure_behind_https(web: TestClient) -> None:
    web.cookies.clear()
    plain = web.get("/account/sign-in").headers["set-cookie"].lower()
    assert "tw_session=" in plain and "httponly" in plain and "samesite=lax" in plain
    assert "secure" not in plain
    web.cookies.clear()
    secure = web.get("https://testserver.local/account/sign-in").headers["set-cookie"].lower()
    assert "tw_session=" in secure and "httponly" in secure and "; secure" in secure
