"""Engines and schema migrations for SQLite (embedded default) and PostgreSQL.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so the API server can
read while an import writes. PostgreSQL is used through psycopg 3
(``postgresql+psycopg://user:pass@host/db``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary, ref

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url``; for a SQLite file, create its directory first."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigError(f"database_url is not a valid SQLAlchemy URL: {exc}") from None
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
    else:
        raise ConfigError(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:///PATH or "
            "postgresql+psycopg://USER:PASS@HOST/DB"
        )
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema up to ``revision`` with Alembic (idempotent).

    Each capability's migrations form their own branch off the foundation revision, so the
    default target is every head (``heads``), not a single ``head``.
    """
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except OperationalError as exc:
        raise ConfigError(f"cannot migrate the database: {exc.orig}") from None


def current_revision(engine: Engine) -> str | None:
    """The database's revision(s), sorted and joined by ``+``; ``None`` before migrating."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return "+".join(sorted(heads)) or None


def head_revision() -> str:
    """The latest revision of every migration branch, in ``current_revision``'s format."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    return "+".join(sorted(script.get_heads()))


@dataclass
class Database:
    """An engine plus a session factory; the one handle the rest of the code passes around."""

    engine: Engine
    sessions: sessionmaker[Any]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()

    def refresh_statistics(self) -> None:
        """Let the query planner see the tables as they are now (``ANALYZE``): call after
        bulk loads. Without statistics SQLite reads a customer's order lines by scanning the
        tenant's, not through the order's index."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")


def open_database(
    settings: Settings | None = None, *, url: str | None = None, migrate: bool = True
) -> Database:
    """Open the configured database, migrating it to the latest schema unless told not to."""
    if url is None:
        if settings is None:
            from tradewinds.core.settings import get_settings

            settings = get_settings()
        url = settings.sqlalchemy_url
    engine = make_engine(url)
    if migrate and current_revision(engine) != head_revision():
        log.info("migrating database schema to %s", head_revision())
        upgrade(engine)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False))
    _opened[engine] = ref(database)
    return database


# Weak both ways: a database nobody holds any more is not kept alive by this map.
_opened: WeakKeyDictionary[Engine, ref[Database]] = WeakKeyDictionary()


def database_of(session: Session) -> Database:
    """The :class:`Database` whose engine ``session`` is bound to.

    For code that holds a session and must hand the database on (e.g. to the gateway,
    whose per-database state is keyed by it): the one ``open_database`` returned for that
    engine, else a new handle on the same engine.
    """
    engine = session.get_bind()
    if not isinstance(engine, Engine):  # bound to a connection
        engine = engine.engine
    known = _opened.get(engine)
    database = known() if known is not None else None
    if database is None:
        database = Database(engine, sessionmaker(engine, expire_on_commit=False))
        _opened[engine] = ref(database)
    return database


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
