"""Schema migrations and engine settings on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from tradewinds.core.errors import ConfigError
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.base import Base
from tradewinds.store.db import current_revision, head_revision, make_engine
from tradewinds.store.tables import Order, Product, Tenant, Variant


def test_migrations_produce_exactly_the_declared_schema(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_default_database_is_a_file_in_the_data_directory(tmp_path: Path) -> None:
    from tradewinds.core.settings import load_settings

    database = open_database(load_settings())
    try:
        assert (tmp_path / "home" / "tradewinds.db").is_file()
    finally:
        database.dispose()


def test_datetimes_round_trip_as_aware_utc(db: Database, tenant: Tenant) -> None:
    shanghai = timezone(timedelta(hours=8))
    created = datetime(2026, 3, 1, 9, 30, tzinfo=shanghai)
    with tenant_session(db, tenant.id) as s:
        s.add(Order(name="#1", currency="USD", created_at=created))
    with tenant_session(db, tenant.id) as s:
        stored = s.scalars(select(Order.created_at)).one()
    assert stored == created
    assert stored.tzinfo == UTC


def test_naive_datetimes_are_refused(db: Database, tenant: Tenant) -> None:
    with pytest.raises(Exception, match="timezone-aware"), tenant_session(db, tenant.id) as s:
        s.add(Order(name="#2", currency="USD", created_at=datetime(2026, 3, 1)))


def test_constraints_reject_negative_prices(db: Database, tenant: Tenant) -> None:
    with pytest.raises(IntegrityError), tenant_session(db, tenant.id) as s:
        s.add(
            Product(
                handle="p", title="P", variants=[Variant(sku="s", price_minor=-1, currency="USD")]
            )
        )


def test_unsupported_or_malformed_urls_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unsupported database 'mysql'"):
        make_engine("mysql://u@h/db")
    with pytest.raises(ConfigError, match="not a valid SQLAlchemy URL"):
        make_engine("::::")
