"""How far a tenant's search index is behind its catalogue, read without opening the index.

The index catches up with the catalogue when searched (``sync.catch_up``); a catalogue
edited while nobody searches stays unindexed. The lag is the age of the oldest product
change the index has not seen: ``now - min(updated_at)`` over products updated after the
newest update the index recorded (its ``updated_at`` meta), 0 when there is none. Read
from the index's SQLite file in read-only mode, so neither the embedding model nor the
vectors load: cheap enough for ``/metrics`` and ``tradewinds doctor``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from tradewinds.core.settings import Settings
from tradewinds.search.paths import index_directory
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product


@dataclass(frozen=True)
class IndexLag:
    """``built``: whether the tenant has an index; ``seconds``: the oldest unindexed
    change's age (0: up to date); ``pending``: products changed since the index's last
    catch-up."""

    built: bool
    seconds: float
    pending: int


def index_lag(db: Database, tenant_id: int, settings: Settings) -> IndexLag:
    """The tenant's index lag (see the module docstring)."""
    built, since = _indexed_until(settings, tenant_id)
    with tenant_session(db, tenant_id) as session:
        stmt = select(func.count(Product.id), func.min(Product.updated_at))
        if since is not None:
            stmt = stmt.where(Product.updated_at > since)
        pending, oldest = session.execute(stmt).one()
    if not pending or oldest is None:
        return IndexLag(built=built, seconds=0.0, pending=0)
    if oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    age = max(0.0, (datetime.now(UTC) - oldest).total_seconds())
    return IndexLag(built=built, seconds=age, pending=int(pending))


def _indexed_until(settings: Settings, tenant_id: int) -> tuple[bool, datetime | None]:
    """Whether the live index is built, and the newest product update it has seen."""
    directory = index_directory(settings, tenant_id)
    current = directory / "CURRENT"
    if not current.is_file():
        return False, None
    path = directory / current.read_text().strip() / "index.sqlite"
    if not path.is_file():
        return False, None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            query = "SELECT key, value FROM meta WHERE key IN ('built', 'updated_at')"
            rows = dict(conn.execute(query).fetchall())
        finally:
            conn.close()
    except sqlite3.Error:  # being replaced by a reindex: as if not built
        return False, None
    if rows.get("built") != "1":
        return False, None
    stamp = rows.get("updated_at") or ""
    if not stamp:  # built from an empty catalogue
        return True, None
    moment = datetime.fromisoformat(stamp)
    return True, moment if moment.tzinfo else moment.replace(tzinfo=UTC)
