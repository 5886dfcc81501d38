"""One tenant's search index on disk: SQLite FTS5 (BM25) + stored vectors + a usearch snapshot.

Layout under ``settings.home / "search" / <tenant>``::

    CURRENT               name of the live generation ("gen-000003"), replaced atomically
    gen-000003/index.sqlite     documents, FTS5 table, vectors (BLOB), tombstones, meta
    gen-000003/vectors.usearch  HNSW snapshot (+ .json with the sequence it contains)

Incremental changes are SQLite transactions on the live generation: a crash rolls back
to the last commit. A full rebuild writes a new generation and then points CURRENT at
it, so a crash mid-rebuild leaves the old index serving.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tradewinds.core.lru import TimedLRU
from tradewinds.search.documents import SearchDocument
from tradewinds.search.vectors import Vector, VectorIndex

# Title matches weigh most, then brand/category/tags/attributes, then the description.
FIELD_WEIGHTS = (3.0, 1.5, 1.0)
DECODED_DOCUMENTS = 50_000  # decoded documents kept in memory per open index
_SNAPSHOT_EVERY = 500  # changes between HNSW snapshots (replay covers the rest)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, data TEXT NOT NULL, category TEXT, brand TEXT,
    min_price INTEGER, max_price INTEGER, in_stock INTEGER, popularity REAL,
    created_at TEXT, seq INTEGER NOT NULL, vector BLOB
);
CREATE INDEX IF NOT EXISTS docs_seq ON docs(seq);
CREATE TABLE IF NOT EXISTS tombstones (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, details, body, tokenize = "unicode61 remove_diacritics 0 tokenchars '.'"
);
"""


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.executescript(_SCHEMA)
    return conn


class ProductIndex:
    """A tenant's index. Thread-safe; cheap to query, changes are transactional.

    Parameters
    ----------
    directory
        The tenant's folder (created if missing).
    dims
        Embedding size; a snapshot of another size is discarded and rebuilt.
    generation
        Open this generation (a rebuild in progress) instead of the live one.
    """

    def __init__(self, directory: Path, dims: int, generation: str | None = None) -> None:
        self.directory = directory
        self.dims = dims
        self._lock = threading.RLock()
        directory.mkdir(parents=True, exist_ok=True)
        self.generation = generation or self._current_generation()
        self._conn = _connect(self.path / "index.sqlite")
        self._vectors = VectorIndex.load(self.path / "vectors.usearch", dims)
        self._changes_since_snapshot = 0
        # Decoded documents by (id, seq): a write gives a document a new seq, so an entry
        # is never stale; browsing a shelf reads up to 1,000 documents per request.
        self._decoded: TimedLRU[tuple[int, int], SearchDocument] = TimedLRU(DECODED_DOCUMENTS)
        self.catch_up_vectors()

    # --- files ----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.directory / self.generation

    def _current_generation(self) -> str:
        current = self.directory / "CURRENT"
        if current.is_file():
            name = current.read_text().strip()
            if (self.directory / name / "index.sqlite").is_file():
                return name
        name = "gen-000001"
        (self.directory / name).mkdir(exist_ok=True)
        _point_current(self.directory, name)
        return name

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- meta -----------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, values: dict[str, str]) -> None:
        with self._lock:
            self._conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    def _next_seq(self, count: int) -> int:
        seq = int(self.meta("seq", "0"))
        self._conn.execute(
            "INSERT INTO meta(key, value) VALUES ('seq', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(seq + count),),
        )
        return seq + 1

    # --- writes ---------------------------------------------------------------------------

    def upsert(self, documents: Sequence[SearchDocument], vectors: Vector) -> None:
        """Add or replace ``documents`` (with their embedding rows) in one transaction."""
        if not documents:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                first = self._next_seq(len(documents))
                ids = [d.id for d in documents]
                self._delete_rows(ids)
                for offset, (doc, vector) in enumerate(zip(documents, vectors, strict=True)):
                    self._conn.execute(
                        "INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            doc.id,
                            json.dumps(doc.__dict__, ensure_ascii=False),
                            doc.category,
                            doc.brand,
                            doc.min_price,
                            doc.max_price,
                            int(doc.in_stock),
                            doc.popularity,
                            doc.created_at,
                            first + offset,
                            np.asarray(vector, dtype=np.float32).tobytes(),
                        ),
                    )
                    self._conn.execute(
                        "INSERT INTO fts(rowid, title, details, body) VALUES (?,?,?,?)",
                        (doc.id, *doc.lexical_fields()),
                    )
                self._conn.executemany("DELETE FROM tombstones WHERE id = ?", [(i,) for i in ids])
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._vectors.upsert(ids, np.asarray(vectors, dtype=np.float32))
            self._vectors.seq = first + len(documents) - 1
            self._after_change(len(documents))

    def delete(self, ids: Iterable[int]) -> int:
        """Remove products from the index; returns how many were there."""
        ids = list(ids)
        if not ids:
            return 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                first = self._next_seq(len(ids))
                removed = self._delete_rows(ids)
                self._conn.executemany(
                    "INSERT OR REPLACE INTO tombstones(id, seq) VALUES (?, ?)",
                    [(i, first + n) for n, i in enumerate(ids)],
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._vectors.remove(ids)
            self._vectors.seq = first + len(ids) - 1
            self._after_change(len(ids))
            return removed

    def _delete_rows(self, ids: Sequence[int]) -> int:
        params = [(i,) for i in ids]
        before = self._conn.total_changes
        self._conn.executemany("DELETE FROM docs WHERE id = ?", params)
        removed = self._conn.total_changes - before
        self._conn.executemany("DELETE FROM fts WHERE rowid = ?", params)
        return removed

    def _after_change(self, count: int) -> None:
        self._changes_since_snapshot += count
        if self._changes_since_snapshot >= _SNAPSHOT_EVERY:
            self.snapshot()

    def snapshot(self) -> None:
        """Write the HNSW graph to disk (atomically), so the next open replays less."""
        with self._lock:
            self._vectors.save(self.path / "vectors.usearch")
            self._changes_since_snapshot = 0

    def catch_up_vectors(self) -> int:
        """Apply changes another process committed since our vectors' sequence."""
        with self._lock:
            seq = self._vectors.seq
            rows = self._conn.execute(
                "SELECT id, vector FROM docs WHERE seq > ? AND vector IS NOT NULL", (seq,)
            ).fetchall()
            gone = [
                r[0] for r in self._conn.execute("SELECT id FROM tombstones WHERE seq > ?", (seq,))
            ]
            self._vectors.remove(gone)
            if rows:
                matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
                self._vectors.upsert([r[0] for r in rows], matrix.reshape(len(rows), -1))
            self._vectors.seq = int(self.meta("seq", "0"))
            return len(rows) + len(gone)

    # --- reads ----------------------------------------------------------------------------

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def ids(self) -> set[int]:
        with self._lock:
            return {int(r[0]) for r in self._conn.execute("SELECT id FROM docs")}

    def documents(self, ids: Iterable[int]) -> dict[int, SearchDocument]:
        """The stored documents of ``ids`` (missing ids are left out). They are shared
        between calls (kept decoded in memory): read them, never change them."""
        wanted = list(ids)
        found: dict[int, SearchDocument] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for doc_id, seq in self._conn.execute(
                    f"SELECT id, seq FROM docs WHERE id IN ({marks})", chunk
                ):
                    doc = self._decoded.get((int(doc_id), int(seq)))
                    if doc is not None:
                        found[int(doc_id)] = doc
                missing = [i for i in chunk if i not in found]
                if not missing:
                    continue
                marks = ",".join("?" * len(missing))
                for doc_id, seq, data in self._conn.execute(
                    f"SELECT id, seq, data FROM docs WHERE id IN ({marks})", missing
                ):
                    doc = SearchDocument(**json.loads(data))
                    self._decoded.put((int(doc_id), int(seq)), doc)
                    found[int(doc_id)] = doc
        return found

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a read-only statement on the index (used by filters and facets)."""
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def lexical(
        self, match: str, k: int, where: str = "", params: Sequence[Any] = ()
    ) -> list[tuple[int, float]]:
        """BM25 top ``k`` for an FTS5 MATCH expression, best first (score: higher is better)."""
        weights = ", ".join(str(w) for w in FIELD_WEIGHTS)
        join = " JOIN docs d ON d.id = fts.rowid" if where else ""
        sql = (
            f"SELECT fts.rowid, -bm25(fts, {weights}) AS score FROM fts{join} "
            f"WHERE fts MATCH ?{' AND ' + where if where else ''} ORDER BY score DESC LIMIT ?"
        )
        with self._lock:
            try:
                rows = self._conn.execute(sql, (match, *params, k)).fetchall()
            except sqlite3.OperationalError:  # an expression FTS5 cannot parse: no match
                return []
        return [(int(r[0]), float(r[1])) for r in rows]

    def dense(self, vector: Vector, k: int) -> list[tuple[int, float]]:
        """Nearest ``k`` products by cosine similarity, best first."""
        with self._lock:
            return self._vectors.search(vector, k)

    def similarities(self, vector: Vector, ids: Sequence[int]) -> dict[int, float]:
        """Exact cosine similarity of ``vector`` to each product of ``ids``."""
        with self._lock:
            return self._vectors.similarities(vector, ids)

    def vocabulary(self) -> dict[str, int]:
        """Every indexed token with the number of products containing it.

        Read on a connection of its own (WAL: a consistent snapshot), so searches on this
        index are not held up while the vocabulary is scanned.
        """
        conn = sqlite3.connect(self.path / "index.sqlite", check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("CREATE VIRTUAL TABLE temp.fts_vocab USING fts5vocab(main, fts, row)")
            return {str(t): int(n) for t, n in conn.execute("SELECT term, doc FROM fts_vocab")}
        finally:
            conn.close()


def _point_current(directory: Path, generation: str) -> None:
    tmp = directory / f"CURRENT.tmp{os.getpid()}"
    tmp.write_text(generation + "\n")
    tmp.replace(directory / "CURRENT")


def new_generation(directory: Path) -> Path:
    """A fresh, empty generation folder (not live until ``publish_generation``)."""
    directory.mkdir(parents=True, exist_ok=True)
    existing = [int(p.name[4:]) for p in directory.glob("gen-*") if p.name[4:].isdigit()]
    path = directory / f"gen-{max(existing, default=0) + 1:06d}"
    path.mkdir()
    return path


def publish_generation(directory: Path, generation: Path) -> None:
    """Make ``generation`` live (atomic rename of CURRENT) and delete older ones."""
    _point_current(directory, generation.name)
    for old in directory.glob("gen-*"):
        if old.name != generation.name and old.name < generation.name:
            shutil.rmtree(old, ignore_errors=True)
