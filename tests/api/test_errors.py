"""One JSON error shape for 404, 405, 422, TradewindsError and unexpected 500s."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_settings
from tradewinds.api import create_app
from tradewinds.core.errors import ConfigError, Conflict
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def client(sqlite_db: Database) -> Iterator[TestClient]:
    create_tenant(sqlite_db, "acme")
    app = create_app(make_settings(), sqlite_db)

    def boom() -> None:
        raise RuntimeError("password=hunter2 leaked?")

    def conflict() -> None:
        raise Conflict("handle 'x' is taken", details={"handle": "x"})

    def bad_config() -> None:
        raise ConfigError("models.chat.backend 'nope' is not registered")

    app.add_api_route("/test/boom", boom)
    app.add_api_route("/test/conflict", conflict)
    app.add_api_route("/test/config", bad_config)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_unknown_route_and_method(client: TestClient) -> None:
    error = assert_error(client.get("/api/v1/nothing-here"), 404, "not_found")
    assert "/api/v1/nothing-here" in error["message"]
    error = assert_error(client.post("/api/v1/products"), 405, "method_not_allowed")
    assert "POST" in error["message"]


def test_validation_error_names_parameter_and_expectation(client: TestClient) -> None:
    error = assert_error(
        client.get("/api/v1/products", params={"limit": "lots", "sort": "cheap"}),
        422,
        "invalid_input",
    )
    problems = {p["parameter"]: p for p in error["details"]["problems"]}
    assert set(problems) == {"limit", "sort"}
    assert problems["limit"]["location"] == "query" and problems["limit"]["input"] == "lots"
    assert "integer" in problems["limit"]["message"]
    assert "'newest'" in problems["sort"]["message"]  # lists the allowed values
    assert "'limit'" in error["message"] and "'sort'" in error["message"]


def test_limit_bounds_and_unknown_parameters(client: TestClient) -> None:
    error = assert_error(client.get("/api/v1/products?limit=201"), 422, "invalid_input")
    assert "less than or equal to 200" in error["message"]
    error = assert_error(client.get("/api/v1/products?offset=-1"), 422, "invalid_input")
    assert "'offset'" in error["message"]
    error = assert_error(client.get("/api/v1/products?catgory=Toys"), 422, "invalid_input")
    assert "'catgory'" in error["message"]  # a misspelt filter is refused, not ignored


def test_tradewinds_errors_keep_their_status_code_and_details(client: TestClient) -> None:
    error = assert_error(client.get("/test/conflict"), 409, "conflict")
    assert error["details"] == {"handle": "x"}
    assert_error(client.get("/test/config"), 500, "config_error")


def test_unexpected_error_is_500_without_internals(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="tradewinds.api.errors"):
        response = client.get("/test/boom")
    error = assert_error(response, 500, "internal")
    assert error["details"] == {}
    for leak in ("hunter2", "RuntimeError", "Traceback", "boom"):
        assert leak not in response.text
    # ... while the server log has the traceback
    assert any(r.exc_info and "hunter2" in str(r.exc_info[1]) for r in caplog.records)
