"""Content similarity from item attributes (brand, category, ...): candidates for new and
rarely bought items, which no sequence has taught the model about.

Items are tf-idf vectors of their attributes; similarity is the cosine, each row pruned to
its ``neighbours`` most similar items. A content model reads the history like the
sequential one (recent items weigh more), so an item never bought can still be ranked.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import numpy as np

from tradewinds.recommend._encoding import encode
from tradewinds.recommend.itemmodel import ItemModel

_CHUNK = 2048


def attribute_similarity(
    items: Sequence[Hashable],
    attributes: Mapping[Any, Sequence[Any]],
    *,
    neighbours: int = 100,
) -> Any:
    """Cosine similarity of the items' tf-idf attribute vectors as a pruned CSR matrix.

    ``attributes`` may hold more or fewer items than ``items``; items without attributes
    get an empty row and column. The diagonal is zero.
    """
    from scipy import sparse

    n = len(items)
    vocab: dict[Hashable, int] = {}
    rows, cols = [], []
    for r, item in enumerate(items):
        for a in set(attributes.get(item, ())):
            rows.append(r)
            cols.append(vocab.setdefault(a, len(vocab)))
    if not vocab:
        return sparse.csr_matrix((n, n), dtype=np.float32)
    x = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocab))
    )
    df = np.asarray(x.sum(axis=0)).ravel()
    x = x @ sparse.diags(np.log1p(n / df).astype(np.float32))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    dense = (sparse.diags(1.0 / norms) @ x).astype(np.float32).toarray()
    keep = min(neighbours, n)
    out_rows, out_cols, out_vals = [], [], []
    for start in range(0, n, _CHUNK):
        block = dense[start : start + _CHUNK] @ dense.T
        block[np.arange(len(block)), np.arange(start, start + len(block))] = 0.0
        top = np.argpartition(-block, keep - 1, axis=1)[:, :keep]
        out_rows.append(np.repeat(np.arange(start, start + len(block)), keep))
        out_cols.append(top.ravel())
        out_vals.append(np.take_along_axis(block, top, axis=1).ravel())
    m = sparse.csr_matrix(
        (np.concatenate(out_vals), (np.concatenate(out_rows), np.concatenate(out_cols))),
        shape=(n, n),
        dtype=np.float32,
    )
    m.eliminate_zeros()
    return m


def fit_content(
    sequences: Sequence[Sequence[Hashable]],
    attributes: Mapping[Any, Sequence[Any]],
    *,
    window: int = 10,
    decay: float = 0.7,
    neighbours: int = 100,
) -> ItemModel:
    """A model that ranks items by attribute similarity to the customer's recent items.

    Its items are those of ``sequences`` followed by those only in ``attributes`` (never
    bought yet), which it can recommend too.
    """
    data = encode([*sequences, list(attributes)])
    bought = encode(sequences)
    popularity = np.zeros(data.n_items, dtype=np.float32)
    popularity[: bought.n_items] = bought.popularity()
    matrix = attribute_similarity(data.items, attributes, neighbours=neighbours)
    return ItemModel(
        items=data.items,
        matrix=matrix,
        popularity=popularity,
        window=window,
        decay=decay,
        popularity_weight=1e-6,
        name="content",
    )
