"""The ANN index for dense retrieval: usearch HNSW over cosine, with crash-safe snapshots.

The graph stores half-precision vectors: on the 54,667 Home Depot title embeddings that
doubled the insert rate (3,300 vs 1,800 products/s on one core) at the same recall@100
against exact search (0.943 vs 0.944) and half the memory.

The vectors' source of truth is the lexical index's SQLite file (one BLOB per product,
written in the same transaction as the text). This file is a snapshot of the HNSW graph,
stamped with the change sequence it contains; on open, changes made after the snapshot
are replayed from SQLite. Snapshots are written to a temporary file and renamed over the
old one, so a crash leaves the previous snapshot, never a torn one.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
DTYPE = "f16"  # what the graph stores; a snapshot of another type is discarded


class VectorIndex:
    """Cosine nearest neighbours by product id (usearch HNSW)."""

    def __init__(self, dims: int) -> None:
        from usearch.index import Index

        self.dims = dims
        self.seq = 0  # the last change sequence applied
        self._index: Any = Index(ndim=dims, metric="cos", dtype=DTYPE, connectivity=16)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._index)

    def upsert(self, ids: Sequence[int], vectors: Vector) -> None:
        """Add or replace the vectors of ``ids`` (rows of ``vectors``)."""
        if not len(ids):
            return
        keys = np.asarray(ids, dtype=np.uint64)
        with self._lock:
            present = keys[np.asarray(self._index.contains(keys), dtype=bool).reshape(-1)]
            if len(present):
                self._index.remove(present)
            self._index.add(keys, np.ascontiguousarray(vectors, dtype=np.float32))

    def remove(self, ids: Sequence[int]) -> None:
        if not len(ids):
            return
        with self._lock:
            self._index.remove(np.asarray(ids, dtype=np.uint64))

    def search(self, vector: Vector, k: int) -> list[tuple[int, float]]:
        """The ``k`` nearest ids with their cosine similarity, best first."""
        with self._lock:
            if len(self._index) == 0:
                return []
            matches = self._index.search(vector.astype(np.float32), min(k, len(self._index)))
        return [
            (int(key), 1.0 - float(dist))
            for key, dist in zip(matches.keys, matches.distances, strict=True)
        ]

    def similarities(self, vector: Vector, ids: Sequence[int]) -> dict[int, float]:
        """Exact cosine similarity of ``vector`` to each of ``ids`` that has a vector."""
        if not len(ids):
            return {}
        with self._lock:
            stored = self._index.get(np.asarray(ids, dtype=np.uint64))
        if isinstance(stored, np.ndarray) and stored.ndim == 1:  # one key: the row itself
            stored = (stored,)
        present = [(int(i), row) for i, row in zip(ids, stored, strict=True) if row is not None]
        if not present:
            return {}
        matrix = np.vstack([row for _, row in present]).astype(np.float32)
        norms = np.linalg.norm(matrix, axis=1)
        norms[norms == 0] = 1.0
        query = vector / (np.linalg.norm(vector) or 1.0)
        cosines = (matrix @ query.astype(np.float32)) / norms
        return {doc_id: float(c) for (doc_id, _), c in zip(present, cosines, strict=True)}

    def save(self, path: Path) -> None:
        """Write a snapshot next to ``path`` and rename it into place (atomic)."""
        tmp = path.with_name(path.name + f".tmp{os.getpid()}")
        with self._lock:
            self._index.save(str(tmp))
            meta = {"seq": self.seq, "dims": self.dims, "count": len(self._index), "dtype": DTYPE}
        tmp.replace(path)
        meta_tmp = path.with_name(path.name + f".json.tmp{os.getpid()}")
        meta_tmp.write_text(json.dumps(meta))
        meta_tmp.replace(path.with_name(path.name + ".json"))

    @classmethod
    def load(cls, path: Path, dims: int) -> VectorIndex:
        """The snapshot at ``path`` if it is readable and has ``dims``; else an empty index."""
        index = cls(dims)
        meta_path = path.with_name(path.name + ".json")
        try:
            meta = json.loads(meta_path.read_text())
            if int(meta["dims"]) != dims or meta.get("dtype") != DTYPE:
                return index
            index._index.load(str(path))
            if len(index._index) != int(meta["count"]):
                return cls(dims)
            index.seq = int(meta["seq"])
        except (OSError, ValueError, KeyError, RuntimeError):
            return cls(dims)
        return index
