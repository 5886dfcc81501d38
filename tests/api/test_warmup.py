"""Warm starts: ``/readyz`` is 503 with what is loading until the warm-up is done."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests._shop import seed_shop
from tests.api.conftest import assert_error, make_settings
from tradewinds.api import create_app
from tradewinds.api.warmup import Warmup
from tradewinds.core.errors import ModelUnavailable
from tradewinds.search import index_directory
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SearchLogEntry
from tradewinds.store.tenants import create_tenant


def test_not_ready_while_a_step_loads_then_ready(db: Database) -> None:
    app = create_app(make_settings(), db)
    gate = threading.Event()
    warmup = Warmup()
    warmup.add("slow", lambda: (gate.wait(10), None)[1])
    warmup.add("broken", _raise_unavailable)
    with TestClient(app, raise_server_exceptions=False) as client:
        app.state.warmup = warmup
        warmup.start()
        error = assert_error(client.get("/readyz"), 503, "not_ready")
        assert client.get("/healthz").status_code == 200  # alive while warming
        gate.set()
        assert warmup.wait(10)
        ready = client.get("/readyz")
    assert error["details"]["loading"] == ["slow", "broken"]
    assert "still loading slow, broken" in error["message"]
    # A failed step is reported with its reason but does not hold readiness back.
    assert ready.status_code == 200, ready.text
    assert ready.json()["warm"] == {"slow": "ready", "broken": "failed: no such model here"}


def _raise_unavailable() -> None:
    raise ModelUnavailable("no such model here")


def test_a_served_app_warms_each_tenant_search_without_logging_it(sqlite_db: Database) -> None:
    # SQLite only: the warm-up is the same search on both (tests/search covers PostgreSQL),
    # and it loads the real embedding model.
    db = sqlite_db
    tenant = create_tenant(db, "acme", name="Acme Outdoor", currency="USD")
    seed_shop(db, tenant.id)
    settings = make_settings()
    app = create_app(settings, db, warm=True)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert app.state.warmup.wait(60)
        ready = client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["warm"] == {"database": "ready", "search:acme": "ready"}
    assert (index_directory(settings, tenant.id) / "CURRENT").is_file()
    with tenant_session(db, tenant.id) as session:
        assert session.scalar(select(func.count()).select_from(SearchLogEntry)) == 0


def test_an_app_without_warm_up_reports_no_warm_state(db: Database) -> None:
    with TestClient(create_app(make_settings(), db)) as client:
        body = client.get("/readyz").json()
    assert body["status"] == "ready" and "warm" not in body
