"""The baseline: a first-order transition model with a co-occurrence back-off.

The next item after ``a`` is scored by ``P(b | a)`` estimated from consecutive pairs; items
that never followed ``a`` but shared a customer with it come next (``P_co(b | a)`` scaled by
``backoff``), then popularity. Only the latest item of the history is read (``window=1``).
It is what issue 17 measures the sequential model against, in the same run.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from tradewinds.recommend._encoding import encode, row_normalise
from tradewinds.recommend.itemmodel import ItemModel


def fit_transition(sequences: Sequence[Sequence[Hashable]], *, backoff: float = 1e-3) -> ItemModel:
    """Fit the transition baseline on ``sequences`` (each in time order)."""
    from scipy import sparse

    data = encode(sequences)
    n = data.n_items
    pairs = [np.stack([s[:-1], s[1:]]) for s in data.sequences if len(s) > 1]
    src, dst = np.concatenate(pairs, axis=1) if pairs else np.zeros((2, 0), dtype=np.int64)
    counts = sparse.csr_matrix((np.ones(len(src), dtype=np.float32), (src, dst)), shape=(n, n))
    transitions = row_normalise(counts)
    x = data.user_items()
    together = (x.T @ x).tocsr()
    together.setdiag(0)
    together.eliminate_zeros()
    matrix = transitions + backoff * row_normalise(together)
    return ItemModel(
        items=data.items,
        matrix=sparse.csr_matrix(matrix, dtype=np.float32),
        popularity=data.popularity(),
        window=1,
        popularity_weight=backoff**2,
        name="transition",
    )
