"""A real uvicorn server on 127.0.0.1, queried over HTTP with httpx."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests._server import serve
from tests._shop import seed_shop
from tests.api.conftest import make_settings
from tradewinds.api import create_app
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def base_url(sqlite_db: Database) -> Iterator[str]:
    seed_shop(sqlite_db, create_tenant(sqlite_db, "acme").id)
    with serve(create_app(make_settings(), sqlite_db)) as url:
        yield url


def test_served_api_answers_over_http(base_url: str) -> None:
    with httpx.Client(base_url=base_url, timeout=10) as http:
        assert http.get("/readyz").json()["status"] == "ready"
        page = http.get("/api/v1/products", params={"sort": "price_asc", "limit": 2}).json()
        assert [p["handle"] for p in page["items"]] == ["beach-ball", "cotton-tee"]
        assert page["total"] == 5 and page["next"].startswith("/api/v1/products?")
        assert http.get(page["next"]).json()["offset"] == 2
        missing = http.get("/api/v1/orders/9999")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
