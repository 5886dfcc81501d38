"""``tradewinds ask`` as a user runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from subprocess import CompletedProcess

from tests.assistant.conftest import build_shop
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]


def test_ask_with_customer_session_and_json(sqlite_db: Database, run_cli: Run) -> None:
    tenant = create_tenant(sqlite_db, "acme")
    build_shop(sqlite_db, tenant, load_settings())
    env = {"TRADEWINDS_DATABASE_URL": sqlite_db.engine.url.render_as_string(hide_password=False)}

    def cli(*args: str) -> CompletedProcess[str]:
        return run_cli("ask", *args, "--tenant", "acme", env=env)

    first = cli("my orders", "--customer", "alice@example.com", "--json")
    assert first.returncode == 0, first.stderr
    body = json.loads(first.stdout)
    assert "Order #1001 is paid, total 29.00 USD" in body["text"]
    follow = cli("what is your return policy?", "--session", body["session_id"])
    assert follow.returncode == 0, follow.stderr
    assert "30 days" in follow.stdout and "[1] store_policies: returns.md#Returns" in follow.stdout
    empty = cli("")
    assert empty.returncode == 2 and "empty" in empty.stderr
