"""API test fixtures: the app over the parametrized ``db``, with a seeded tenant."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests._shop import Shop, seed_shop
from tradewinds.api import create_app
from tradewinds.core.settings import Settings, load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def make_settings(**overrides: Any) -> Settings:
    return load_settings(default_tenant="acme", **overrides)


def make_client(db: Database | None, **overrides: Any) -> TestClient:
    """A client for the app over ``db`` (None: the configured database); server errors
    come back as responses, not raises."""
    return TestClient(create_app(make_settings(**overrides), db), raise_server_exceptions=False)


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    return seed_shop(db, tenant.id)


@pytest.fixture
def client(db: Database, shop: Shop) -> Iterator[TestClient]:
    with make_client(db) as test_client:
        yield test_client


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is the one error shape with this status and code; returns ``error``."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])
