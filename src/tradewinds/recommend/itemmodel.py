"""The next-item model every engine produces: an item-to-item score matrix read through a
customer's recent history.

``scores(history) = sum_j weight_j * matrix[history_j] + popularity_weight * popularity``,
where ``weight_j = decay ** age_j`` over the last ``window`` items (age 0 = the latest). The
first-order transition baseline is ``window=1``; the linear sequential model uses a longer,
decaying window. One class means one ``save``/``load`` format and one serving path.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewinds.core.errors import InvalidInput

if TYPE_CHECKING:
    from scipy import sparse

_FORMAT = 1


@dataclass
class ItemModel:
    """A fitted next-item model over ``items`` (any hashable ids; ints or strings to save).

    ``matrix`` is a SciPy CSR matrix ``(n_items, n_items)``: row ``i`` holds the scores
    that item ``i`` in the history gives to every next item. ``popularity`` (summing to 1)
    breaks ties and answers an empty or unknown history.
    """

    items: list[Hashable]
    matrix: sparse.csr_matrix
    popularity: np.ndarray
    window: int = 1
    decay: float = 1.0
    popularity_weight: float = 1e-6
    name: str = "model"
    _index: dict[Hashable, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.items)
        if self.matrix.shape != (n, n) or self.popularity.shape != (n,):
            raise InvalidInput(
                f"model shapes disagree: {n} items, matrix "
                f"{self.matrix.shape}, popularity {self.popularity.shape}"
            )
        if self.window < 1 or not 0.0 < self.decay <= 1.0:
            raise InvalidInput("Expected window >= 1 and decay in (0, 1].")
        self._index = {item: i for i, item in enumerate(self.items)}
        if len(self._index) != n:
            raise InvalidInput("model items must be unique")

    def __contains__(self, item: object) -> bool:
        return item in self._index

    def index_of(self, history: Iterable[Hashable]) -> list[int]:
        """Positions of the known items of ``history`` (unknown ones are skipped)."""
        return [self._index[i] for i in history if i in self._index]

    def history_weights(self, history: Sequence[Hashable]) -> dict[int, float]:
        """Weight of each known item in the last ``window`` of ``history``."""
        weights: dict[int, float] = {}
        recent = self.index_of(history)[-self.window :]
        for age, i in enumerate(reversed(recent)):
            weights[i] = weights.get(i, 0.0) + self.decay**age
        return weights

    def scores(self, history: Sequence[Hashable]) -> np.ndarray:
        """Scores of every item (in ``items`` order) as the customer's next item."""
        out = self.popularity * self.popularity_weight
        weights = self.history_weights(history)
        if weights:
            rows = np.fromiter(weights.keys(), dtype=np.int64)
            w = np.fromiter(weights.values(), dtype=np.float32)
            out = out + np.asarray(self.matrix[rows].T @ w).ravel()
        return out.astype(np.float32, copy=False)

    def top_k(
        self,
        history: Sequence[Hashable],
        k: int,
        *,
        exclude: Iterable[Hashable] = (),
        exclude_history: bool = True,
    ) -> list[tuple[Hashable, float]]:
        """The ``k`` best next items as ``(item, score)``, best first.

        Items of ``history`` are left out unless ``exclude_history=False`` (consumables
        repeat); ``exclude`` leaves out any others (hidden, out of stock, ...).
        """
        scores = self.scores(history)
        banned = self.index_of(exclude)
        if exclude_history:
            banned += self.index_of(history)
        return [(self.items[i], float(scores[i])) for i in _best(scores, banned, k)]

    def top_k_many(
        self, histories: Sequence[Sequence[Hashable]], k: int, *, batch: int = 2048
    ) -> list[list[Hashable]]:
        """The ``k`` best unseen next items of each history (batched: for evaluation)."""
        from scipy import sparse

        results: list[list[Hashable]] = []
        n = len(self.items)
        for start in range(0, len(histories), batch):
            chunk = histories[start : start + batch]
            rows, cols, vals = [], [], []
            for r, history in enumerate(chunk):
                for i, w in self.history_weights(history).items():
                    rows.append(r)
                    cols.append(i)
                    vals.append(w)
            weights = sparse.csr_matrix(
                (vals, (rows, cols)), shape=(len(chunk), n), dtype=np.float32
            )
            scores = np.asarray((weights @ self.matrix).todense(), dtype=np.float32)
            scores += self.popularity * self.popularity_weight
            for r, history in enumerate(chunk):
                best = _best(scores[r], self.index_of(history), k)
                results.append([self.items[i] for i in best])
        return results

    def save(self, path: str | Path) -> None:
        """Write the model as ``.npz`` (no pickle); item ids must all be ints or all strings."""
        if all(isinstance(i, int | np.integer) for i in self.items):
            ids = np.asarray(self.items, dtype=np.int64)
        elif all(isinstance(i, str) for i in self.items):
            ids = np.asarray(self.items, dtype=str)
        else:
            raise InvalidInput(
                "only models whose item ids are all ints or all strings can be saved"
            )
        m = self.matrix.tocsr()
        np.savez(
            path,
            format=np.int64(_FORMAT),
            items=ids,
            data=m.data,
            indices=m.indices,
            indptr=m.indptr,
            popularity=self.popularity,
            window=np.int64(self.window),
            decay=np.float64(self.decay),
            popularity_weight=np.float64(self.popularity_weight),
            name=np.asarray(self.name),
        )

    @classmethod
    def load(cls, path: str | Path) -> ItemModel:
        """Read a model written by :meth:`save`."""
        from scipy import sparse

        with np.load(path, allow_pickle=False) as f:
            if int(f["format"]) != _FORMAT:
                raise InvalidInput(f"{path}: model format {int(f['format'])}, expected {_FORMAT}")
            items: list[Any] = f["items"].tolist()
            n = len(items)
            matrix = sparse.csr_matrix((f["data"], f["indices"], f["indptr"]), shape=(n, n))
            return cls(
                items=items,
                matrix=matrix,
                popularity=f["popularity"],
                window=int(f["window"]),
                decay=float(f["decay"]),
                popularity_weight=float(f["popularity_weight"]),
                name=str(f["name"]),
            )


def _best(scores: np.ndarray, banned: list[int], k: int) -> np.ndarray:
    """Indices of the ``k`` highest scores, best first, skipping ``banned``."""
    if banned:
        scores = scores.copy()
        scores[banned] = -np.inf
    k = min(k, len(scores) - len(set(banned)))
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.lexsort((top, -scores[top]))]
