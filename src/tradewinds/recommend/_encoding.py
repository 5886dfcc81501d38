"""Sequences of arbitrary item ids as integer arrays, and the sparse counts built on them."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from tradewinds.core.errors import InvalidInput

if TYPE_CHECKING:
    from scipy import sparse


@dataclass(frozen=True)
class Encoded:
    """Item ids in first-seen order and each sequence as positions into them."""

    items: list[Hashable]
    sequences: list[np.ndarray]

    @property
    def n_items(self) -> int:
        return len(self.items)

    def popularity(self) -> np.ndarray:
        """Share of all interactions per item (float32, sums to 1)."""
        counts = np.bincount(np.concatenate(self.sequences), minlength=self.n_items)
        share: np.ndarray = (counts / max(counts.sum(), 1)).astype(np.float32)
        return share

    def user_items(self) -> sparse.csr_matrix:
        """Binary ``(sequences, items)`` matrix: which items each sequence holds."""
        from scipy import sparse

        rows = np.repeat(np.arange(len(self.sequences)), [len(s) for s in self.sequences])
        cols = np.concatenate(self.sequences)
        m = sparse.csr_matrix(
            (np.ones(len(cols), dtype=np.float32), (rows, cols)),
            shape=(len(self.sequences), self.n_items),
        )
        m.data[:] = 1.0  # an item bought twice counts once
        return m


def encode(sequences: Sequence[Sequence[Hashable]]) -> Encoded:
    """Number the items of ``sequences`` in first-seen order."""
    index: dict[Hashable, int] = {}
    encoded = []
    for sequence in sequences:
        encoded.append(
            np.fromiter(
                (index.setdefault(i, len(index)) for i in sequence),
                dtype=np.int64,
                count=len(sequence),
            )
        )
    if not index:
        raise InvalidInput("no interactions to learn from: every sequence is empty")
    return Encoded(items=list(index), sequences=encoded)


def row_normalise(m: sparse.spmatrix) -> sparse.csr_matrix:
    """Each row divided by its sum (empty rows stay empty)."""
    from scipy import sparse

    m = sparse.csr_matrix(m, dtype=np.float32)
    sums = np.asarray(m.sum(axis=1)).ravel()
    sums[sums == 0] = 1.0
    return sparse.diags((1.0 / sums).astype(np.float32)) @ m
