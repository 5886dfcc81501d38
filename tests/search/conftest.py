# ruff: noqa: E501 - the catalogue table reads best one product per line
"""Search test fixtures: a small named catalogue, and indexes closed after every test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from subprocess import CompletedProcess

import pytest

from tests._shop import add_product
from tests.cli.conftest import run_cli  # noqa: F401 - the fixture, for test_search_cmd
from tests.fixtures import PRODUCTS_CSV
from tradewinds.core.settings import Settings, load_settings
from tradewinds.search import _state, close_indexes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ProductAttribute, Tenant
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]


@pytest.fixture(autouse=True)
def _close_indexes() -> Iterator[None]:
    yield
    close_indexes()
    _state.clear()


@pytest.fixture
def acme_cli(sqlite_db: Database, run_cli: Run) -> Run:  # noqa: F811 - run_cli is the fixture
    """``tradewinds ... --tenant acme`` in a subprocess, on a SQLite store whose tenant
    ``acme`` has the fixture catalogue imported."""
    create_tenant(sqlite_db, "acme")
    env = {"TRADEWINDS_DATABASE_URL": sqlite_db.engine.url.render_as_string(hide_password=False)}

    def cli(*args: str) -> CompletedProcess[str]:
        return run_cli(*args, "--tenant", "acme", env=env)

    assert cli("import", "products", str(PRODUCTS_CSV)).returncode == 0
    return cli


@pytest.fixture
def settings() -> Settings:
    """Settings whose home is this test's temporary folder (set by the root conftest)."""
    return load_settings()


@dataclass
class Catalogue:
    ids: dict[str, int] = field(default_factory=dict)


# handle, title, vendor, category, tags, price (minor), stock, attributes
PRODUCTS = [
    ("kids-runner-red", "Kids Red Running Shoes", "Stride", "Apparel > Shoes", ["kids", "running"], 4999, 5, {"color": "Red"}),
    ("kids-runner-blue", "Kids Blue Running Shoes", "Stride", "Apparel > Shoes", ["kids"], 5999, 5, {"color": "Blue"}),
    ("adult-runner", "Men's Trail Running Shoes", "Peak", "Apparel > Shoes", ["running"], 12999, 3, {"color": "Red"}),
    ("leather-boots", "Leather Hiking Boots", "Peak", "Apparel > Shoes", ["hiking"], 15999, 2, {"color": "Brown"}),
    ("wool-socks", "Merino Wool Hiking Socks", "Peak", "Apparel > Socks", ["hiking"], 1999, 20, {"material": "wool"}),
    ("bt-earbuds", "蓝牙无线耳机 Bluetooth Wireless Earbuds", "Sonic", "Electronics > Audio", ["audio"], 7999, 8, {}),
    ("wired-headphones", "Wired Studio Headphones", "Sonic", "Electronics > Audio", ["audio"], 9999, 4, {}),
    ("copper-pipe", '3/4" Copper Pipe 10 ft', "PipeCo", "Home > Plumbing", [], 2599, 30, {}),
    ("pvc-pipe", "1/2 in. PVC Pipe", "PipeCo", "Home > Plumbing", [], 399, 50, {}),
    ("paint-half", "Interior Paint 1/2-gal. Eggshell White", "Colora", "Home > Paint", [], 2299, 10, {"color": "White"}),
    ("paint-gallon", "Exterior Paint 1 Gallon Satin Grey", "Colora", "Home > Paint", [], 3999, 10, {"color": "Grey"}),
    ("couch", "Three Seat Couch in Linen", "Nest", "Home > Furniture", ["living room"], 89900, 1, {}),
    ("armchair", "Velvet Armchair", "Nest", "Home > Furniture", [], 34900, 2, {}),
    ("dome-tent", "Two Person Dome Tent", "Peak", "Outdoor > Tents", ["camping"], 19900, 4, {}),
    ("sleeping-bag", "Down Sleeping Bag for Cold Nights", "Peak", "Outdoor > Sleeping", ["camping"], 24900, 0, {}),
    ("coffee-beans", "Dark Roast Coffee Beans 1 lb", "Roastery", "Pantry > Coffee", [], 1599, 40, {}),
    ("green-tea", "Organic Green Tea Leaves", "Roastery", "Pantry > Tea", [], 1299, 25, {"color": "Green"}),
    ("kite", "Rainbow Stunt Kite", "SkyCo", "Toys", ["kids", "summer"], 2999, 6, {}),
]  # fmt: skip


def build_catalogue(db: Database, tenant: Tenant) -> Catalogue:
    catalogue = Catalogue()
    for handle, title, vendor, category, tags, price, stock, attrs in PRODUCTS:
        pid = add_product(
            db, tenant.id, handle, title, vendor=vendor, category=category, tags=tags,
            prices=[price], stock=[stock], currency=tenant.currency,
        )  # fmt: skip
        catalogue.ids[handle] = pid
        if attrs:
            with tenant_session(db, tenant.id) as session:
                session.add_all(
                    ProductAttribute(product_id=pid, key=k, value=v) for k, v in attrs.items()
                )
    return catalogue


@pytest.fixture
def catalogue(db: Database, tenant: Tenant) -> Catalogue:
    return build_catalogue(db, tenant)
