"""Recommendations: candidates from sequences, baskets, likeness and popularity, merged,
filtered against the live catalogue, and explained.

>>> from tradewinds.recommend import recommend
>>> recs = recommend(db, tenant.id, slot="for_you", customer_id=42)  # doctest: +SKIP
>>> recs.items[0].reason.text()  # doctest: +SKIP
'Because you viewed Dome Tent'
"""

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
from tradewinds.recommend.model import TRENDING_DAYS, TenantModel, train
from tradewinds.recommend.reasons import Reason
from tradewinds.recommend.service import SLOTS, Recommendations, Recommended, recommend
from tradewinds.recommend.trained import current_model, forget_models, train_and_store

__all__ = [
    "SLOTS",
    "STRENGTH",
    "TRENDING_DAYS",
    "Constraints",
    "Interaction",
    "ProductState",
    "Rate",
    "Reason",
    "Recommendations",
    "Recommended",
    "TenantModel",
    "VariantReport",
    "allowed",
    "assign",
    "current_model",
    "experiment_report",
    "forget_models",
    "live_history",
    "log_impressions",
    "rate",
    "recommend",
    "record_click",
    "record_interaction",
    "subject_of",
    "train",
    "train_and_store",
]
