"""The admin token guards every ``/api/v1`` route when it is set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

TOKEN = "tw-admin-0123456789abcdef"


@pytest.fixture
def client(sqlite_db: Database) -> Iterator[TestClient]:
    create_tenant(sqlite_db, "acme")
    with make_client(sqlite_db, admin_token=TOKEN) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/api/v1/products", "/api/v1/orders", "/api/v1/tenants"])
@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN]
)
def test_missing_or_wrong_token_is_401(
    client: TestClient, path: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = client.get(path, headers=headers)
    error = assert_error(response, 401, "unauthorized")
    assert "Authorization: Bearer" in error["message"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert TOKEN not in response.text


def test_right_token_passes_and_probes_need_none(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.get("/api/v1/products", headers=auth).status_code == 200
    tenants = client.get("/api/v1/tenants", headers=auth).json()
    assert [t["slug"] for t in tenants] == ["acme"]
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    openapi = client.get("/openapi.json")
    assert openapi.status_code == 200 and TOKEN not in openapi.text


def test_without_a_configured_token_no_header_is_needed(sqlite_db: Database) -> None:
    create_tenant(sqlite_db, "acme")
    with make_client(sqlite_db) as client:
        assert client.get("/api/v1/tenants").json()[0]["slug"] == "acme"
