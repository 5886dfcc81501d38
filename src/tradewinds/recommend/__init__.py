"""Recommendations: the offline next-item engine and its evaluation.

>>> from tradewinds.recommend import fit
>>> model = fit([["tent", "stove", "mug"]] * 3 + [["tent", "stove", "fuel"]])
>>> [item for item, _ in model.top_k(["tent", "stove"], 2)]
['mug', 'fuel']

The model contract the online service builds on:

- ``fit(sequences, attributes=None, params=None) -> Model``: ``sequences`` are customers'
  item sequences in time order; ids are any hashable values (product ids as ints, S3-Rec
  ids as strings), the same kind in ``attributes`` (``{item: [attribute, ...]}``).
- ``Model.scores(history) -> numpy.ndarray``: one score per ``Model.items`` entry.
- ``Model.top_k(history, k, exclude=(), exclude_history=True) -> [(item, score), ...]``.
- ``Model.save(path)`` / ``Model.load(path)``: ``.npz``, no pickle.

An unknown item in a history is skipped; a history with no known item gets popularity.
``fit_transition`` is the first-order baseline, ``fit_content`` the attribute-only model
for cold items. ``bench recommend`` writes runs with ``recommend_all`` + ``write_run``.
Importing this package loads NumPy, not SciPy; fitting loads SciPy.
"""

from tradewinds.recommend.content import attribute_similarity, fit_content
from tradewinds.recommend.engine import fit
from tradewinds.recommend.evaluation import Scores, Split, leave_last_out, score_rankings
from tradewinds.recommend.linear import SequentialParams, fit_sequential
from tradewinds.recommend.model import Model
from tradewinds.recommend.runs import read_run, recommend_all, write_run
from tradewinds.recommend.sequences import parse_sequences, read_item_attributes, read_sequences
from tradewinds.recommend.transition import fit_transition

__all__ = [
    "Model",
    "Scores",
    "SequentialParams",
    "Split",
    "attribute_similarity",
    "fit",
    "fit_content",
    "fit_sequential",
    "fit_transition",
    "leave_last_out",
    "parse_sequences",
    "read_item_attributes",
    "read_run",
    "read_sequences",
    "recommend_all",
    "score_rankings",
    "write_run",
]
