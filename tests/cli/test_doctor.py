"""``tradewinds doctor``: each check fails on a broken deployment, with the fix."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

import tests.jobs._kinds  # noqa: F401  (registers the test kinds)
from tests._server import free_port
from tradewinds.cli import _doctor as doctor
from tradewinds.cli.app import app
from tradewinds.core.settings import get_settings, load_settings
from tradewinds.jobs import submit_job
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.tables import Job
from tradewinds.store.tenants import create_tenant

runner = CliRunner()


def test_settings_unsafe_to_serve() -> None:
    [found] = doctor.check_settings(load_settings(server={"host": "0.0.0.0"}))
    assert found.status == "fail" and "exposes the API beyond this machine" in found.message


def test_database_unreachable_or_not_migrated(tmp_path: Path) -> None:
    url = "postgresql+psycopg://tw:pa55word@127.0.0.1:1/tw?connect_timeout=2"
    [down], db = doctor.check_database(load_settings(database_url=url))
    assert down.status == "fail" and "cannot reach the database" in down.message
    assert "pa55word" not in down.message and db is None
    bare = f"sqlite:///{tmp_path / 'bare.db'}"
    open_database(url=bare, migrate=False).dispose()
    [old], db = doctor.check_database(load_settings(database_url=bare))
    assert db is not None
    db.dispose()
    assert old.status == "fail" and "revision none" in old.message
    assert old.fix == "run: tradewinds db upgrade"


def test_a_model_that_is_not_there(tmp_path: Path) -> None:
    settings = load_settings(models={"embed": {"model": str(tmp_path / "gone")}})
    found = {f.check: f for f in doctor.check_models(settings)}
    assert found["model embed"].status == "fail" and "gone" in found["model embed"].message


def test_media_folder_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "media"
    blocker.write_text("a file where the folder should be")
    [found] = doctor.check_media(load_settings(media={"path": str(blocker / "images")}))
    assert found.status == "fail" and "not writable" in found.message


def test_disk_nearly_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "FULL_DISK_BYTES", 1 << 60)  # more than any disk has free
    [found] = doctor.check_disk(load_settings())
    assert found.status == "fail" and "GiB free" in found.message


def test_redis_configured_but_down() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    [found] = doctor.check_redis(load_settings(gateway={"limiter": "redis", "redis_url": url}))
    assert found.status == "fail" and "redis does not answer" in found.message


def test_jobs_of_a_dead_worker_and_jobs_nobody_takes(sqlite_db: Database) -> None:
    tenant = create_tenant(sqlite_db, "acme")
    with tenant_session(sqlite_db, tenant.id) as session:
        job = submit_job(session, "test.echo", {})
    [waiting] = doctor.check_jobs(sqlite_db)
    assert waiting.status == "ok" and waiting.message == "1 queued (1 due), 0 running"
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    with tenant_session(sqlite_db, tenant.id) as session:
        session.execute(update(Job).where(Job.id == job.id).values(run_after=long_ago))
    [stuck] = doctor.check_jobs(sqlite_db)
    assert stuck.status == "warn" and "has waited" in stuck.message
    with tenant_session(sqlite_db, tenant.id) as session:
        dead = {"status": "running", "lease_owner": "h:1:x", "lease_expires_at": long_ago}
        session.execute(update(Job).where(Job.id == job.id).values(**dead))
    [died] = doctor.check_jobs(sqlite_db)
    assert died.status == "fail" and "1 running job(s) whose worker" in died.message


def test_search_index_not_built(sqlite_db: Database) -> None:
    create_tenant(sqlite_db, "acme")
    [found] = doctor.check_search_indexes(sqlite_db, load_settings())
    assert (found.check, found.status, found.message) == ("search acme", "warn", "index not built")


def test_port_taken_by_another_program() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        [taken] = doctor.check_port(load_settings(server={"port": port}))
    assert taken.status == "fail" and "not Tradewinds" in taken.message
    [free] = doctor.check_port(load_settings(server={"port": free_port()}))
    assert free.status == "ok"


def test_doctor_exits_non_zero_on_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare = f"sqlite:///{tmp_path / 'bare.db'}"
    open_database(url=bare, migrate=False).dispose()
    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", bare)
    get_settings.cache_clear()
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 1
    assert "FAIL  database: sqlite schema is at revision none" in result.stdout
    assert "fix: run: tradewinds db upgrade" in result.stdout
    assert "check(s) failed: database" in result.stderr
