"""``fit``: the engine's one entry point. The linear sequential model, plus content
similarity when item attributes are given, so that items never or rarely bought can still
be recommended."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import numpy as np

from tradewinds.recommend._encoding import encode
from tradewinds.recommend.attributes import attribute_similarity
from tradewinds.recommend.itemmodel import ItemModel
from tradewinds.recommend.linear import SequentialParams, fit_sequential


def fit(
    sequences: Sequence[Sequence[Hashable]],
    attributes: Mapping[Any, Sequence[Any]] | None = None,
    params: SequentialParams | None = None,
) -> ItemModel:
    """Fit the next-item model on customers' item sequences (each in time order).

    Item ids may be any hashable values (ints, strings). With ``attributes``
    (``{item: [attribute, ...]}``), items that appear only there join the model and every
    row gains ``params.content_weight`` times its attribute similarity.
    """
    p = params or SequentialParams()
    model = fit_sequential(sequences, p)
    if not attributes or p.content_weight <= 0:
        return model
    from scipy import sparse

    items = encode([model.items, list(attributes)]).items
    n, seen = len(items), len(model.items)
    matrix = sparse.csr_matrix(
        (
            model.matrix.data,
            model.matrix.indices,
            np.append(model.matrix.indptr, np.full(n - seen, model.matrix.nnz)),
        ),
        shape=(n, n),
    )
    content = attribute_similarity(items, attributes, neighbours=p.content_neighbours)
    popularity = np.zeros(n, dtype=np.float32)
    popularity[:seen] = model.popularity
    return ItemModel(
        items=items,
        matrix=(matrix + p.content_weight * content).tocsr(),
        popularity=popularity,
        window=model.window,
        decay=model.decay,
        popularity_weight=model.popularity_weight,
        name="sequential+content",
    )
