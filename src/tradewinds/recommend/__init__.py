"""Recommendations: candidates from sequences, baskets, likeness and popularity, merged,
filtered against the live catalogue, and explained; and the offline next-item engine the
sequence source is trained with.

>>> from tradewinds.recommend import recommend
>>> recs = recommend(db, tenant.id, slot="for_you", customer_id=42)  # doctest: +SKIP
>>> recs.items[0].reason.text()  # doctest: +SKIP
'Because you viewed Dome Tent'

The engine (:func:`fit`, :class:`ItemModel`) learns an item-to-item matrix from customers'
item sequences:

>>> from tradewinds.recommend import fit
>>> model = fit([["tent", "stove", "mug"]] * 3 + [["tent", "stove", "fuel"]])
>>> [item for item, _ in model.top_k(["tent", "stove"], 2)]
['mug', 'fuel']

- ``fit(sequences, attributes=None, params=None) -> ItemModel``: ``sequences`` are
  customers' item sequences in time order; ids are any hashable values (product ids as
  ints, S3-Rec ids as strings), the same kind in ``attributes`` (``{item: [attribute]}``).
- ``ItemModel.scores(history)``, ``ItemModel.top_k(history, k, exclude=())``,
  ``ItemModel.save(path)`` / ``ItemModel.load(path)`` (``.npz``, no pickle).

``fit_transition`` is the first-order baseline, ``fit_content`` the attribute-only model
for cold items. ``bench recommend`` writes runs with ``recommend_all`` + ``write_run``.
Importing this package loads NumPy, not SciPy; fitting loads SciPy.
"""

from tradewinds.recommend.attributes import attribute_similarity, fit_content
from tradewinds.recommend.engine import fit
from tradewinds.recommend.evaluation import Scores, Split, leave_last_out, score_rankings
from tradewinds.recommend.events import record_interaction
from tradewinds.recommend.experiments import (
    Rate,
    VariantReport,
    assign,
    experiment_report,
    log_impressions,
    rate,
    record_click,
    subject_of,
)
from tradewinds.recommend.filters import Constraints, ProductState, allowed
from tradewinds.recommend.interactions import STRENGTH, Interaction, live_history
from tradewinds.recommend.itemmodel import ItemModel
from tradewinds.recommend.linear import SequentialParams, fit_sequential
from tradewinds.recommend.model import TRENDING_DAYS, TenantModel, train, training_sequences
from tradewinds.recommend.reasons import Reason
from tradewinds.recommend.runs import read_run, recommend_all, write_run
from tradewinds.recommend.sequences import parse_sequences, read_item_attributes, read_sequences
from tradewinds.recommend.service import SLOTS, Recommendations, Recommended, recommend
from tradewinds.recommend.trained import current_model, forget_models, train_and_store
from tradewinds.recommend.transition import fit_transition

__all__ = [
    "SLOTS",
    "STRENGTH",
    "TRENDING_DAYS",
    "Constraints",
    "Interaction",
    "ItemModel",
    "ProductState",
    "Rate",
    "Reason",
    "Recommendations",
    "Recommended",
    "Scores",
    "SequentialParams",
    "Split",
    "TenantModel",
    "VariantReport",
    "allowed",
    "assign",
    "attribute_similarity",
    "current_model",
    "experiment_report",
    "fit",
    "fit_content",
    "fit_sequential",
    "fit_transition",
    "forget_models",
    "leave_last_out",
    "live_history",
    "log_impressions",
    "parse_sequences",
    "rate",
    "read_item_attributes",
    "read_run",
    "read_sequences",
    "recommend",
    "recommend_all",
    "record_click",
    "record_interaction",
    "score_rankings",
    "subject_of",
    "train",
    "train_and_store",
    "training_sequences",
    "write_run",
]
