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

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.recommend._encoding import Encoded, encode
from tradewinds.recommend.model import Model

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SequentialParams:
    """Knobs of :func:`fit_sequential`; defaults chosen on Beauty's validation item."""

    alpha: float = 0.5
    l2: float = 10.0
    window: int = 5
    decay: float = 0.5
    neighbours: int = 500
    popularity_weight: float = 1e-6
    content_weight: float = 0.0
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
) -> Model:
    """Fit the linear sequential model on ``sequences`` (each in time order)."""
    p = params or SequentialParams()
    data = encode(sequences)
    weights = solve_weights(data, p)
    matrix = prune_rows(weights, p.neighbours)
    return Model(items=data.items, matrix=matrix, popularity=data.popularity(),
                 window=p.window, decay=p.decay, popularity_weight=p.popularity_weight,
                 name="sequential")  # fmt: skip


def solve_weights(data: Encoded, p: SequentialParams) -> np.ndarray:
    """The dense item-to-item matrix ``B`` (float32) of the module docstring."""
    import scipy.linalg

    n = data.n_items
    source, target = transition_pairs(data, p.window, p.decay)
    x = data.user_items()
    gram = (p.alpha * (x.T @ x) + (1.0 - p.alpha) * (source.T @ source)).toarray()
    gram[np.diag_indices(n)] += p.l2
    log.info("inverting a %d x %d Gram matrix", n, n)
    inverse = scipy.linalg.inv(gram, overwrite_a=True, check_finite=False)
    del gram
    inverse = inverse.astype(np.float32, copy=False)
    shift = (source.T @ target - source.T @ source).tocsr()
    # P @ shift computed as (shift' @ P)' since P is symmetric: a sparse-dense product
    b = np.asarray((shift.T @ inverse).T, dtype=np.float32)
    b *= 1.0 - p.alpha
    b -= p.l2 * inverse
    b[np.diag_indices(n)] += 1.0
    # zero diagonal: B - P diag(diag(B) / diag(P))
    mu = np.diag(b) / np.diag(inverse)
    b -= inverse * mu[np.newaxis, :]
    b[np.diag_indices(n)] = 0.0
    return b


def transition_pairs(data: Encoded, window: int, decay: float) -> tuple[object, object]:
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
    source = sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows),
                               np.concatenate(cols))), shape=(step, n), dtype=np.float32)  # fmt: skip
    target = sparse.csr_matrix((np.ones(step, dtype=np.float32), (np.arange(step), targets)),
                               shape=(step, n))  # fmt: skip
    return source, target


def prune_rows(weights: np.ndarray, neighbours: int) -> object:
    """Keep each row's ``neighbours`` largest positive entries, as CSR float32."""
    from scipy import sparse

    n = weights.shape[0]
    keep = min(neighbours, n)
    cols = np.argpartition(-weights, keep - 1, axis=1)[:, :keep]
    vals = np.take_along_axis(weights, cols, axis=1)
    vals[vals < 0] = 0.0
    rows = np.repeat(np.arange(n), keep)
    m = sparse.csr_matrix((vals.ravel(), (rows, cols.ravel())), shape=(n, n), dtype=np.float32)
    m.eliminate_zeros()
    return m
