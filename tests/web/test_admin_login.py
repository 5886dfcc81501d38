"""Console sign-in over HTTP: the form, its own cookie, coming back to the asked page, no
open redirect, generic failures and lockout, CSRF, sign-out, expired sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.web._console import PASSWORD, Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import StaffSession


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def acme(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        yield client


def test_the_form_and_its_own_cookie(acme: TestClient) -> None:
    page = acme.get("/admin/login")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    html = page.text
    assert '<label for="login-email">Email</label>' in html
    assert '<label for="login-password">Password</label>' in html
    assert '<button type="submit">Sign in</button>' in html
    cookie = page.headers["set-cookie"]
    assert cookie.startswith("tw_admin=") and "HttpOnly" in cookie and "Path=/admin" in cookie
    assert "SameSite=lax" in cookie and "Secure" not in cookie
    assert "tw_session" not in page.headers.get("set-cookie", "")  # not the shopper's


def test_the_cookie_is_secure_behind_https(console_db: Database, shops: Shops) -> None:
    with console_client(console_db) as client:
        client.base_url = client.base_url.copy_with(scheme="https")  # type: ignore[attr-defined]
        assert "Secure" in client.get("/admin/login").headers["set-cookie"]


def test_a_page_asked_for_without_a_session_comes_back_after_sign_in(acme: TestClient) -> None:
    answer = acme.get("/admin/products?q=kite", follow_redirects=False)
    assert answer.status_code == 303
    location = urlsplit(answer.headers["location"])
    assert location.path == "/admin/login"
    wanted = parse_qs(location.query)["next"][0]
    assert wanted == "/admin/products?q=kite"
    acme.get("/admin/login")
    anonymous = acme.cookies.get("tw_admin")
    assert anonymous
    assert sign_in(acme, "clerk@acme.test", next_path=wanted) == "/admin/products?q=kite"
    assert acme.cookies.get("tw_admin") not in (None, anonymous)  # a new token, not promoted
    page = acme.get("/admin/products?q=kite")
    assert page.status_code == 200 and "Red Kite" in page.text and "Dome Tent" not in page.text


def test_an_expired_session_goes_to_sign_in_and_back(
    console_db: Database, shops: Shops, acme: TestClient
) -> None:
    sign_in(acme, "owner@acme.test")
    assert acme.get("/admin/staff").status_code == 200
    with tenant_session(console_db, shops.acme.id) as session:
        session.execute(update(StaffSession).values(expires_at=utcnow() - timedelta(minutes=1)))
    answer = acme.get("/admin/staff", follow_redirects=False)
    assert answer.headers["location"] == "/admin/login?next=%2Fadmin%2Fstaff"
    assert sign_in(acme, "owner@acme.test", next_path="/admin/staff") == "/admin/staff"
    # A form posted with an expired session returns to its page, when it has one.
    with tenant_session(console_db, shops.acme.id) as session:
        session.execute(update(StaffSession).values(expires_at=utcnow() - timedelta(minutes=1)))
    posted = acme.post("/admin/staff/1/remove", data={"csrf_token": "x"}, follow_redirects=False)
    assert posted.headers["location"] == "/admin/login?next=%2Fadmin"


@pytest.mark.parametrize(
    "target",
    ["//evil.example/admin", "https://evil.example/admin", "/admin\\@evil.example",
     "/\\evil.example", "/account", "/admin\r\nSet-Cookie: x=1", "javascript:alert(1)"],
)  # fmt: skip
def test_no_open_redirect_after_sign_in(acme: TestClient, target: str) -> None:
    assert sign_in(acme, "clerk@acme.test", next_path=target) == "/admin"


def test_wrong_password_and_unknown_email_get_one_message_then_a_lockout(
    acme: TestClient,
) -> None:
    token = csrf_of(acme.get("/admin/login").text)
    for email in ("nobody@acme.test", "owner@acme.test"):
        answer = acme.post(
            "/admin/login", data={"csrf_token": token, "email": email, "password": "wrong one"}
        )
        assert answer.status_code == 401
        assert "The email or password is wrong." in answer.text
        assert f'value="{email}"' in answer.text and "wrong one" not in answer.text
    for _ in range(4):
        acme.post("/admin/login", data={"csrf_token": token, "email": "owner@acme.test",
                                        "password": "wrong"})  # fmt: skip
    locked = acme.post("/admin/login", data={"csrf_token": token, "email": "owner@acme.test",
                                             "password": PASSWORD})  # fmt: skip
    assert locked.status_code == 429 and "Too many attempts" in locked.text
    assert acme.get("/admin/products", follow_redirects=False).status_code == 303


def test_sign_in_needs_the_forms_csrf_token(acme: TestClient) -> None:
    acme.get("/admin/login")
    for token in (None, "0" * 64):
        data = {"email": "owner@acme.test", "password": PASSWORD}
        if token:
            data["csrf_token"] = token
        answer = acme.post("/admin/login", data=data, follow_redirects=False)
        assert answer.status_code == 403 and "This form has expired" in answer.text
    assert acme.get("/admin/products", follow_redirects=False).status_code == 303


def test_sign_out_ends_the_session_on_the_server(acme: TestClient) -> None:
    sign_in(acme, "owner@acme.test")
    old = acme.cookies.get("tw_admin")
    page = acme.get("/admin/products")
    answer = acme.post("/admin/logout", data={"csrf_token": csrf_of(page.text)},
                       follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303 and answer.headers["location"] == "/admin/login"
    assert acme.cookies.get("tw_admin") != old
    acme.cookies.set("tw_admin", str(old), domain="acme.test", path="/admin")
    assert acme.get("/admin/products", follow_redirects=False).status_code == 303


def test_the_shoppers_session_signs_nobody_in_to_the_console(acme: TestClient) -> None:
    sign_in(acme, "owner@acme.test")
    token = acme.cookies.get("tw_admin")
    acme.cookies.clear()
    acme.cookies.set("tw_session", str(token), domain="acme.test")
    assert acme.get("/admin/products", follow_redirects=False).status_code == 303


def test_the_sign_in_page_in_chinese(acme: TestClient) -> None:
    page = acme.get("/admin/login?lang=zh")
    assert '<html lang="zh-Hans">' in page.text and "登录商家后台" in page.text


def test_an_unknown_console_path_is_the_consoles_404(acme: TestClient) -> None:
    page = acme.get("/admin/no-such-page")
    assert page.status_code == 404 and "Back to the console" in page.text
    assert "/static/admin.css" in page.text and "Acme Outdoor" in page.text
