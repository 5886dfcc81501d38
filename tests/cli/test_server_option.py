"""``search`` and ``ask`` with ``--server``: through a running server, or in-process when
none answers (tests/_server.py runs the real app in a thread)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests._server import free_port, serve
from tests._shop import seed_shop
from tradewinds.api import create_app
from tradewinds.cli.app import app
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import get_settings, load_settings
from tradewinds.search import close_indexes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SearchLogEntry, Tenant
from tradewinds.store.tenants import create_tenant

runner = CliRunner()


@pytest.fixture
def acme(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tenant]:
    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", str(sqlite_db.engine.url))
    monkeypatch.setenv("TRADEWINDS_DEFAULT_TENANT", "acme")
    get_settings.cache_clear()
    tenant = create_tenant(sqlite_db, "acme", name="Acme", currency="USD")
    seed_shop(sqlite_db, tenant.id)
    yield tenant
    close_indexes()


def _sources(db: Database, tenant: Tenant) -> list[str]:
    with tenant_session(db, tenant.id) as session:
        return list(session.scalars(select(SearchLogEntry.source).order_by(SearchLogEntry.id)))


def test_search_goes_through_the_server_else_in_process(sqlite_db: Database, acme: Tenant) -> None:
    with serve(create_app(load_settings(), sqlite_db)) as base:
        through = runner.invoke(app, ["search", "dome", "tent", "--server", base, "--json"])
    assert through.exit_code == 0, through.output
    assert json.loads(through.stdout)["results"][0]["title"] == "Dome Tent"
    assert _sources(sqlite_db, acme) == ["api"]  # the server's route ran the search

    nobody = f"http://127.0.0.1:{free_port()}"
    local = runner.invoke(app, ["search", "dome", "tent", "--server", nobody])
    assert local.exit_code == 0, local.output
    assert f"no server answers at {nobody}" in local.stderr
    assert "Dome Tent" in local.stdout
    assert _sources(sqlite_db, acme) == ["api", "cli"]


def test_the_setting_is_used_and_a_server_error_is_the_command_error(
    sqlite_db: Database, acme: Tenant, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve(create_app(load_settings(), sqlite_db)) as base:
        monkeypatch.setenv("TRADEWINDS_CLI__SERVER", base)
        get_settings.cache_clear()
        refused = runner.invoke(app, ["search", "tent", "--sort", "cheapest"])
        asked = runner.invoke(app, ["ask", "   "])
    assert isinstance(refused.exception, InvalidInput)
    assert refused.exception.message.startswith(f"server {base} answered 4")
    assert "cheapest" in refused.exception.message
    assert isinstance(asked.exception, InvalidInput)
    assert "message is empty" in asked.exception.message
    assert _sources(sqlite_db, acme) == []  # nothing ran in-process


def test_a_server_option_that_is_no_url_is_refused(acme: Tenant) -> None:
    bad = runner.invoke(app, ["search", "tent", "--server", "localhost:8000"])
    assert isinstance(bad.exception, InvalidInput)
    assert "expected a URL such as http://127.0.0.1:8000" in bad.exception.message
