"""``tradewinds jobs list|show|cancel|retry`` and ``tradewinds worker``'s checks."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import tests.jobs._kinds  # noqa: F401  (registers the test kinds)
from tradewinds.cli.app import app
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.core.settings import get_settings
from tradewinds.jobs import Worker, submit_job
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant

runner = CliRunner()


def test_jobs_commands(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from tradewinds.store.tenants import create_tenant

    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", str(sqlite_db.engine.url))
    get_settings.cache_clear()
    shop: Tenant = create_tenant(sqlite_db, "acme", name="Acme", currency="USD")
    with tenant_session(sqlite_db, shop.id) as session:
        broken = submit_job(session, "test.broken", {}).id
        waiting = submit_job(session, "test.echo", {}).id
    Worker(sqlite_db, kinds=["test.broken"]).run_one()

    listed = runner.invoke(app, ["jobs", "list", "-t", "acme", "--json"])
    assert listed.exit_code == 0, listed.output
    assert [j["id"] for j in json.loads(listed.output)] == [waiting, broken]
    text = runner.invoke(app, ["jobs", "list", "-t", "acme", "--status", "failed"]).output
    assert "test.broken" in text and "ValueError: bad data" in text and "test.echo" not in text
    shown = json.loads(runner.invoke(app, ["jobs", "show", str(broken), "-t", "acme"]).output)
    assert shown["status"] == "failed" and shown["attempts"] == 1

    retried = runner.invoke(app, ["jobs", "retry", str(broken), "-t", "acme"])
    assert retried.exit_code == 0 and "queued (attempt 2 next)" in retried.output
    cancelled = runner.invoke(app, ["jobs", "cancel", str(waiting), "-t", "acme"])
    assert cancelled.exit_code == 0 and f"job {waiting}: cancelled" in cancelled.output
    again = runner.invoke(app, ["jobs", "cancel", str(waiting), "-t", "acme"])
    assert isinstance(again.exception, Conflict)  # main() prints it, exit code 1
    assert "only queued or running jobs can be cancelled" in again.exception.message
    missing = runner.invoke(app, ["jobs", "show", "999", "-t", "acme"])
    assert isinstance(missing.exception, NotFound) and missing.exception.message == "no job 999"

    unknown = runner.invoke(app, ["worker", "--kinds", "nope.never"])
    assert isinstance(unknown.exception, InvalidInput)
    assert "unknown job kind(s) nope.never" in unknown.exception.message
