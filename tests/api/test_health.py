"""``/healthz`` and ``/readyz`` (database reachable and migrated)."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import assert_error, make_client
from tradewinds import __version__
from tradewinds.store import Database, open_database
from tradewinds.store.db import head_revision


def test_health_and_ready_on_a_migrated_database(db: Database) -> None:
    with make_client(db) as client:
        assert client.get("/healthz").json() == {"status": "ok", "version": __version__}
        ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "database": db.dialect, "revision": head_revision()}


def test_not_ready_on_an_unmigrated_database(tmp_path: Path) -> None:
    bare = open_database(url=f"sqlite:///{tmp_path / 'bare.db'}", migrate=False)
    try:
        with make_client(bare) as client:
            assert client.get("/healthz").status_code == 200  # alive, yet not ready
            error = assert_error(client.get("/readyz"), 503, "not_ready")
    finally:
        bare.dispose()
    assert error["details"] == {"revision": None, "head": head_revision()}
    assert "tradewinds db upgrade" in error["message"]


def test_not_ready_when_the_database_is_unreachable() -> None:
    # Nothing listens on port 1; the password must not appear in the response.
    url = "postgresql+psycopg://tw:pa55word@127.0.0.1:1/tradewinds?connect_timeout=2"
    with make_client(None, database_url=url) as client:
        response = client.get("/readyz")
        assert client.get("/healthz").status_code == 200
    error = assert_error(response, 503, "not_ready")
    assert "unreachable" in error["message"]
    assert "pa55word" not in response.text and "127.0.0.1" not in response.text
