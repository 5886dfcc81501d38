"""Storefront fixtures: the app over the parametrized ``db`` with two shops' catalogues."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests._shop import T0, add_product
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.search import _state, close_indexes
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.tables import (
    Product,
    ProductAttribute,
    ProductStatus,
    Tenant,
    Variant,
)

EVIL_TITLE = '<script>alert("x")</script> Lantern'


@pytest.fixture(autouse=True)
def _close_indexes() -> Iterator[None]:
    yield
    close_indexes()
    _state.clear()


def seed_storefront(db: Database, tenant: Tenant, other: Tenant | None = None) -> None:
    """Acme's small outdoor catalogue (USD); Globex's one product (EUR), if given."""
    day = timedelta(days=1)
    add_product(db, tenant.id, "red-kite", "Red Kite", vendor="SkyCo", category="Toys > Kites",
                prices=[1999], stock=[5], created_at=T0 + day)  # fmt: skip
    tent = add_product(db, tenant.id, "dome-tent", "Dome Tent", vendor="TrailMax",
                       category="Outdoor > Tents", prices=[19999, 14999], stock=[1, 0],
                       created_at=T0 + 2 * day)  # fmt: skip
    add_product(db, tenant.id, "evil-lantern", EVIL_TITLE, vendor="Glow", category="Outdoor",
                prices=[2500], stock=[9], created_at=T0 + 3 * day)  # fmt: skip
    add_product(db, tenant.id, "old-ball", "Old Beach Ball", prices=[499],
                status=ProductStatus.ARCHIVED, created_at=T0 + 4 * day)  # fmt: skip
    with tenant_session(db, tenant.id) as session:
        product = session.get(Product, tent)
        assert product is not None
        product.body_html = (
            "<p>Sleeps <b>two</b>.</p><script>alert('pwned')</script>"
            "<p>Weighs 2 kg &amp; packs small.</p>"
        )
        product.attributes = [ProductAttribute(key="capacity", value="2 people")]
        variant = session.query(Variant).filter(Variant.sku == "DOME-TENT-1").one()
        variant.compare_at_minor = 24999
    if other is not None:
        add_product(db, other.id, "secret-globex-gadget", "Globex Gadget", prices=[4200],
                    currency="EUR", created_at=T0 + 5 * day)  # fmt: skip


def make_web_client(db: Database, **settings: Any) -> TestClient:
    app = create_app(load_settings(**{"default_tenant": "acme", **settings}), db)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def web(db: Database, tenant: Tenant, other_tenant: Tenant) -> Iterator[TestClient]:
    """A browser-like client (it accepts HTML) of the app showing Acme's shop."""
    seed_storefront(db, tenant, other_tenant)
    with make_web_client(db) as client:
        client.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
        yield client


@pytest.fixture(scope="session")
def _console_template(tmp_path_factory: pytest.TempPathFactory, _sqlite_template: Path) -> Path:
    """A migrated SQLite file with the console's two shops and their staff, made once:
    hashing five argon2id passwords costs seconds, too much to repeat in every test."""
    from tests.web._console import seed_console

    path = tmp_path_factory.mktemp("console-template") / "console.db"
    shutil.copy(_sqlite_template, path)
    database = open_database(url=f"sqlite:///{path}")
    seed_console(database)
    database.dispose()
    return path


@pytest.fixture
def console_db(tmp_path: Path, _console_template: Path) -> Iterator[Database]:
    """A fresh copy of the console's seeded SQLite database."""
    path = tmp_path / "console.db"
    shutil.copy(_console_template, path)
    database = open_database(url=f"sqlite:///{path}")
    yield database
    database.dispose()
