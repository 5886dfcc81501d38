"""The sequential next-item model: a closed-form linear item-to-item model in the manner of
SLIST (Choi et al., WSDM 2021, "Session-aware Linear Item-Item Models").

Two objectives share one item-to-item matrix ``B`` (``n_items x n_items``):

- *transition* (SLIT): from a customer's recent items, each weighted ``decay ** age``
  over the last ``window`` items, predict the item that came next;
- *co-occurrence* (SLIS, i.e. EASE): from all the items of a customer, predict each of
  them, with ``diag(B) = 0`` so that no item predicts itself.

``B = argmin alpha*|X - XB|^2 + (1-alpha)*|T - SB|^2 + l2*|B|^2`` subject to a zero
diagonal has a closed form: one ``n x n`` inverse (float32 LAPACK). With ``P = G^-1`` and
``G = alpha X'X + (1-alpha) S'S + l2 I``, the unconstrained solution is
``I - l2 P + (1-alpha) P (S'T - S'S)``, so only a sparse product follows the inverse.
Each row is then pruned to its ``neighbours`` largest entries (a sparse model to save
and serve).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.recommend._encoding import Encoded, encode
from tradewinds.recommend.itemmodel import ItemModel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SequentialParams:
    """Knobs of :func:`fit_sequential`; defaults chosen on Beauty's validation item."""

    alpha: float = 0.2
    l2: float = 100.0
    window: int = 10
    decay: float = 0.7
    neighbours: int = 500
    popularity_weight: float = 1e-6
    content_weight: float = 0.007
    content_neighbours: int = 100

    def __post_init__(self) -> None:
        if not 0.0 <= self.alpha <= 1.0:
            raise InvalidInput("Expected alpha in [0, 1].")
        if self.l2 <= 0:
            raise InvalidInput("Expected l2 > 0.")
        if self.window < 1:
            raise InvalidInput("Expected window >= 1.")
        if not 0.0 < self.decay <= 1.0:
            raise InvalidInput("Expected decay in (0, 1].")
        if self.neighbours < 1 or self.content_neighbours < 1:
            raise InvalidInput("Expected neighbours and content_neighbours >= 1.")
        if self.content_weight < 0:
            raise InvalidInput("Expected content_weight >= 0.")


def fit_sequential(
    sequences: Sequence[Sequence[Hashable]], params: SequentialParams | None = None
) -> ItemModel:
    """Fit the linear sequential model on ``sequences`` (each in time order)."""
    p = params or SequentialParams()
    data = encode(sequences)
    weights = solve_weights(data, p)
    matrix = prune_rows(weights, p.neighbours)
    return ItemModel(
        items=data.items,
        matrix=matrix,
        popularity=data.popularity(),
        window=p.window,
        decay=p.decay,
        popularity_weight=p.popularity_weight,
        name="sequential",
    )


def solve_weights(data: Encoded, p: SequentialParams) -> np.ndarray:
    """The dense item-to-item matrix ``B`` (float32) of the module docstring."""
    n = data.n_items
    source, target = transition_pairs(data, p.window, p.decay)
    x = data.user_items()
    gram = (p.alpha * (x.T @ x) + (1.0 - p.alpha) * (source.T @ source)).toarray()
    gram[np.diag_indices(n)] += p.l2
    log.info("inverting a %d x %d Gram matrix", n, n)
    inverse = _spd_inverse(gram)
    del gram
    shift = (source.T @ target - source.T @ source).tocsr()
    # P @ shift computed as (shift' @ P)' since P is symmetric: a sparse-dense product
    b = np.asarray((shift.T @ inverse).T, dtype=np.float32)
    b *= 1.0 - p.alpha
    b -= p.l2 * inverse
    b[np.diag_indices(n)] += 1.0
    # zero diagonal: B - P diag(diag(B) / diag(P))
    mu = np.diag(b) / np.diag(inverse)
    inverse *= mu[np.newaxis, :]  # in place: P is not needed after this
    b -= inverse
    del inverse
    b[np.diag_indices(n)] = 0.0
    return b


def _spd_inverse(gram: np.ndarray) -> np.ndarray:
    """Inverse of a symmetric positive definite float32 matrix by Cholesky (half the work
    of LU), in place where LAPACK allows."""
    from scipy.linalg import lapack

    factor, info = lapack.spotrf(gram, lower=True, overwrite_a=True, clean=False)
    if info != 0:
        raise InvalidInput(f"the Gram matrix is not positive definite (LAPACK info {info})")
    inverse, info = lapack.spotri(factor, lower=True, overwrite_c=True)
    if info != 0:
        raise InvalidInput(f"the Gram matrix cannot be inverted (LAPACK info {info})")
    result: np.ndarray = np.tril(inverse)  # the upper triangle still holds the input
    result += np.tril(result, -1).T
    return result


def transition_pairs(data: Encoded, window: int, decay: float) -> tuple[Any, Any]:
    """Sparse ``S`` (decayed recent items) and ``T`` (the next item), one row per step."""
    from scipy import sparse

    rows, cols, vals, targets = [], [], [], []
    step = 0
    for seq in data.sequences:
        for t in range(1, len(seq)):
            start = max(0, t - window)
            recent = seq[start:t]
            rows.append(np.full(len(recent), step))
            cols.append(recent)
            vals.append(decay ** np.arange(len(recent) - 1, -1, -1, dtype=np.float32))
            targets.append(seq[t])
            step += 1
    n = data.n_items
    if step == 0:
        empty = sparse.csr_matrix((0, n), dtype=np.float32)
        return empty, empty
    source = sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(step, n),
        dtype=np.float32,
    )
    target = sparse.csr_matrix(
        (np.ones(step, dtype=np.float32), (np.arange(step), targets)), shape=(step, n)
    )
    return source, target


def prune_rows(weights: np.ndarray, neighbours: int, *, chunk: int = 2048) -> Any:
    """Keep each row's ``neighbours`` largest positive entries, as CSR float32 (in row
    chunks, so the index array stays small)."""
    from scipy import sparse

    n = weights.shape[0]
    keep = min(neighbours, n)
    blocks = []
    for start in range(0, n, chunk):
        rows = weights[start : start + chunk]
        cols = np.argpartition(-rows, keep - 1, axis=1)[:, :keep]
        vals = np.take_along_axis(rows, cols, axis=1)
        vals[vals < 0] = 0.0
        indptr = np.arange(len(rows) + 1) * keep
        blocks.append(sparse.csr_matrix((vals.ravel(), cols.ravel(), indptr), shape=(len(rows), n)))
    m = sparse.vstack(blocks, format="csr", dtype=np.float32)
    m.eliminate_zeros()
    m.sort_indices()
    return m
