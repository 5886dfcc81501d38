"""Shared fixtures: real SQLite and real PostgreSQL databases, tenants, isolated settings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from tests._postgres import fresh_database, postgres_admin_url
from tradewinds.core.settings import get_settings
from tradewinds.gateway.usage_writer import flush_all_usage, flush_usage
from tradewinds.store import Database, open_database
from tradewinds.store.base import Base
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the developer's tradewinds.toml or TRADEWINDS_* variables, or another
    test's cached recommendation models."""
    for name in list(os.environ):
        if name.startswith("TRADEWINDS_") and name != "TRADEWINDS_TEST_DATABASE_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("TRADEWINDS_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    # Trained recommendation models are cached per database URL and tenant id; a reset
    # PostgreSQL test database reuses both, so no test may see another's model.
    from tradewinds.recommend import forget_models

    forget_models()
    yield
    get_settings.cache_clear()
    forget_models()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    open_database(url=f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with postgres_admin_url() as admin, fresh_database(admin) as url:
        open_database(url=url).dispose()  # migrate once
        yield url


def _truncate_all(db: Database) -> None:
    # A usage record still queued by an earlier test's gateway call would be inserted
    # (locking its tenant row) while TRUNCATE waits for the tables: a deadlock. Commit
    # whatever background writers hold first.
    flush_all_usage()
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: SQLite file and PostgreSQL server, each test run on both."""
    if request.param == "sqlite":
        path = tmp_path / "tradewinds.db"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        database = open_database(url=f"sqlite:///{path}")
        yield database
        database.dispose()
    else:
        database = open_database(url=request.getfixturevalue("postgres_url"), migrate=False)
        _truncate_all(database)
        yield database
        flush_usage(database)
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database only (for tests about SQLite-specific behaviour)."""
    path = tmp_path / "tradewinds.db"
    shutil.copy(_sqlite_template, path)
    database = open_database(url=f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def tenant(db: Database) -> Tenant:
    return create_tenant(db, "acme", name="Acme Outdoor", currency="USD")


@pytest.fixture
def other_tenant(db: Database) -> Tenant:
    return create_tenant(db, "globex", name="Globex", currency="EUR")
