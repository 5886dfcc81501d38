"""Which shop a request sees: two shops on two host names over HTTP, on SQLite and
PostgreSQL; unknown hosts; cookies, carts and sign-ins that never cross shops."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import seed_storefront
from tests.web.test_account_pages import sign_up
from tests.web.test_checkout_pages import _add, _hidden
from tradewinds.api import create_app
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.web.shop import host_name

HOSTS = {"shop-a.example": "acme", "Shop-B.example.": "globex"}


@contextmanager
def shop_at(db: Database, host: str, **web: object) -> Iterator[TestClient]:
    """A browser-like client of the server whose requests go to ``host``."""
    settings = load_settings(default_tenant="acme", web={"hosts": HOSTS, **web})
    with TestClient(create_app(settings, db), base_url=f"http://{host}",
                    raise_server_exceptions=False) as client:  # fmt: skip
        client.headers["Accept"] = "text/html,*/*;q=0.8"
        yield client


@pytest.fixture
def two_shops(db: Database, tenant: Tenant, other_tenant: Tenant) -> Database:
    seed_storefront(db, tenant, other_tenant)
    return db


def test_each_host_sees_its_own_shop(two_shops: Database) -> None:
    with shop_at(two_shops, "shop-a.example") as a, shop_at(two_shops, "SHOP-B.example:8443") as b:
        home_a, home_b = a.get("/").text, b.get("/").text
        assert "Welcome to Acme Outdoor" in home_a and "Red Kite" in home_a
        assert "Globex" not in home_a
        assert "Welcome to Globex" in home_b and "Globex Gadget" in home_b
        assert "Red Kite" not in home_b and "Acme" not in home_b
        assert "Red Kite" not in b.get("/search", params={"q": "kite"}).text
        assert b.get("/products/red-kite").status_code == 404
        assert a.get("/products/secret-globex-gadget").status_code == 404
        assert b.get("/products/secret-globex-gadget").status_code == 200
        suggested = b.get("/search/suggest", params={"q": "ki"}).json()["suggestions"]
        assert suggested == []


def test_unknown_host_is_a_404_never_another_shop(two_shops: Database) -> None:
    with shop_at(two_shops, "elsewhere.example") as stray:
        for path in ("/", "/search?q=kite", "/products/red-kite", "/cart"):
            page = stray.get(path)
            assert page.status_code == 404, path
            assert "No shop at this address" in page.text
            assert "elsewhere.example" in page.text
            assert "Acme" not in page.text and "Globex" not in page.text
        assert stray.get("/search/suggest", params={"q": "ki"}).status_code == 404
        zh = stray.get("/", params={"lang": "zh"})
        assert zh.status_code == 404 and "此地址没有店铺" in zh.text
    with shop_at(two_shops, "elsewhere.example", tenant="globex") as fallback:
        assert "Welcome to Globex" in fallback.get("/").text  # web.tenant for unlisted hosts
    with shop_at(two_shops, "shop-a.example", hosts={"shop-a.example": "initech"}) as gone:
        page = gone.get("/")
        assert page.status_code == 404 and "names the shop initech" in page.text


def test_carts_and_sessions_stay_in_their_shop(two_shops: Database) -> None:
    with shop_at(two_shops, "shop-a.example") as a, shop_at(two_shops, "shop-b.example") as b:
        first = a.get("/").headers["set-cookie"]
        assert "tw_session=" in first and "domain" not in first.lower()  # host-only
        assert _add(a, "red-kite").status_code == 303
        cookie = a.cookies.get("tw_session", domain="shop-a.example")
        assert cookie
        assert "Red Kite" in a.get("/cart").text

        b.cookies.set("tw_session", cookie, domain="shop-b.example")  # carried over by hand
        assert "Red Kite" not in b.get("/cart").text  # Globex knows no such cart
        page = b.get("/products/secret-globex-gadget").text
        acme_variant = _hidden(a.get("/products/red-kite").text, "variant_id")
        form = {"csrf_token": _hidden(page, "csrf_token"), "variant_id": acme_variant}
        refused = b.post("/cart/add", data=form)
        assert refused.status_code == 422 and "Red Kite" not in refused.text

        a.cookies.clear()
        assert sign_up(a).status_code == 303
        signed_in = a.cookies.get("tw_session", domain="shop-a.example")
        assert "Sign out" in a.get("/account").text
        b.cookies.clear()
        b.cookies.set("tw_session", signed_in, domain="shop-b.example")
        assert b.get("/account", follow_redirects=False).status_code == 303  # a guest there
        assert 'href="/account/sign-in"' in b.get("/").text


def test_host_names_are_normalised_and_checked() -> None:
    assert host_name("Shop-A.Example:8000") == "shop-a.example"
    assert host_name("[::1]:8000") == "::1" and host_name("") == ""
    settings = load_settings(web={"hosts": HOSTS})
    assert settings.web.hosts == {"shop-a.example": "acme", "shop-b.example": "globex"}
    for bad in ("http://shop.example", "shop.example:8000", "shop.example/path", "a b"):
        with pytest.raises(ConfigError, match=r"web\.hosts"):
            load_settings(web={"hosts": {bad: "acme"}})
