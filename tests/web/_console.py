"""Console test helpers: two shops on two host names, their staff, a signed-in client."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi.testclient import TestClient

from tests.web.conftest import make_web_client, seed_storefront
from tradewinds.accounts import DatabaseThrottle
from tradewinds.staff import COMMAND_LINE, add_staff
from tradewinds.store import Database, resolve_tenant
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant

PASSWORD = "correct horse battery"
HOSTS = {"acme.test": "acme", "globex.test": "globex"}
HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@dataclass(frozen=True)
class Shops:
    acme: Tenant
    globex: Tenant


def seed_console(db: Database) -> Shops:
    """Acme (storefront catalogue; an owner, a manager, a staff member) and Globex (one
    product; its own owner and staff member)."""
    acme = create_tenant(db, "acme", name="Acme Outdoor", currency="USD")
    globex = create_tenant(db, "globex", name="Globex", currency="EUR")
    seed_storefront(db, acme, globex)
    for email, role in (("owner@acme.test", "owner"), ("manager@acme.test", "manager"),
                        ("clerk@acme.test", "staff")):  # fmt: skip
        add_staff(db, acme.id, email, PASSWORD, role, COMMAND_LINE)
    add_staff(db, globex.id, "owner@globex.test", PASSWORD, "owner", COMMAND_LINE)
    add_staff(db, globex.id, "clerk@globex.test", PASSWORD, "staff", COMMAND_LINE)
    return Shops(acme, globex)


def shops_of(db: Database) -> Shops:
    """The shops of a database seeded by :func:`seed_console` (a copy of the template),
    with the console's lockout counts cleared."""
    shops = Shops(resolve_tenant(db, "acme"), resolve_tenant(db, "globex"))
    for shop in (shops.acme, shops.globex):
        DatabaseThrottle(db, shop.id, "staff").clear()
    return shops


def console_client(db: Database, host: str = "acme.test") -> TestClient:
    client = make_web_client(db, web={"hosts": HOSTS})
    client.base_url = client.base_url.copy_with(host=host)  # type: ignore[attr-defined]
    client.headers.update(HTML)
    return client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found[1]


def sign_in(client: TestClient, email: str, password: str = PASSWORD, next_path: str = "") -> str:
    """Sign in through the form; returns where the console sent the browser."""
    page = client.get("/admin/login", params={"next": next_path} if next_path else None)
    form = {"csrf_token": csrf_of(page.text), "email": email, "password": password}
    if next_path:
        form["next"] = next_path
    answer = client.post("/admin/login", data=form, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return answer.headers["location"]
