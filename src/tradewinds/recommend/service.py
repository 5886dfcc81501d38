"""Recommendations for a named slot: candidates from several sources, merged, filtered,
each with its reason.

Slots (:data:`SLOTS`):

- ``for_you`` (home) — what the learned sequence model scores next after the shopper's
  recent products (read with the model's window and decay), what is bought with them, what
  is like them, then their categories' and the shop's popular products. Without history:
  trending, then popular.
- ``bought_together`` (product page) — bought in the same orders as the product, then what
  shoppers chose after it, then similar products.
- ``similar`` (product page) — most like the product, then popular in its category.
- ``complete_the_set`` (cart) — bought with the cart's products, then chosen after them.
- ``campaign`` (merchant campaigns) — personal picks for a customer when given, else
  trending and popular, usually narrowed by ``category`` and price.

Sources are merged by weighted reciprocal rank; the reason kept is that of the source that
contributed most. The shopper's history is read live on every request, so a view or cart
add counts at once; the per-product lists come from the trained model.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tradewinds.core.settings import RecommendSettings
from tradewinds.recommend.content import ItemInfo
from tradewinds.recommend.experiments import assign, subject_of
from tradewinds.recommend.filters import Constraints, in_category, keep_allowed
from tradewinds.recommend.interactions import Interaction, bought_products, live_history
from tradewinds.recommend.model import TenantModel
from tradewinds.recommend.reasons import Reason
from tradewinds.recommend.sources import (
    POOL,
    Ranked,
    bought_with,
    explain_likeness,
    history_anchors,
    newest,
    next_items,
    popular,
    sequence_anchors,
    similar_to,
)
from tradewinds.recommend.trained import current_model
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Customer

SLOTS = ("for_you", "bought_together", "similar", "complete_the_set", "campaign")
_RRF_K = 20.0


@dataclass(frozen=True)
class Recommended:
    """One recommended product: its id and title, merged score, source and reason."""

    product_id: int
    handle: str
    title: str
    price_minor: int | None
    score: float
    source: str
    reason: Reason


@dataclass
class Recommendations:
    """A slot's recommendations, best first, with a note when something was off (an unknown
    customer or product, no data yet) and when the model was trained."""

    slot: str
    items: list[Recommended] = field(default_factory=list)
    note: str | None = None
    trained_at: datetime | None = None
    request_id: str = ""
    experiment: str = ""
    variant: str = ""
    customer_id: int | None = None  # the customer it was made for; None when unknown


def _merge(weighted: Sequence[tuple[str, float, Ranked]]) -> list[tuple[int, float, str, Reason]]:
    score: dict[int, float] = {}
    best: dict[int, tuple[float, str, Reason]] = {}
    for name, weight, ranked in weighted:
        for rank, (pid, _, reason) in enumerate(ranked[:POOL]):
            part = weight / (_RRF_K + rank)
            score[pid] = score.get(pid, 0.0) + part
            if pid not in best or part > best[pid][0]:
                best[pid] = (part, name, reason)
    merged = [(pid, s, best[pid][1], best[pid][2]) for pid, s in score.items()]
    merged.sort(key=lambda t: (-t[1], t[0]))
    return merged


def _may_pass(item: ItemInfo, rules: Constraints) -> bool:
    if item.id in rules.exclude:
        return False
    if rules.category and not in_category(item.category, rules.category):
        return False
    return item.id not in rules.bought or any(
        in_category(item.category, c) for c in rules.repeat_categories
    )


def _plan(
    slot: str,
    model: TenantModel,
    history: list[Interaction],
    product: int | None,
    cart: Sequence[int],
    category: str | None,
) -> list[tuple[str, float, Ranked]]:
    """The sources a slot draws on, with their weights."""
    shop = [
        ("trending", 0.3, popular(model, trending=True)),
        ("popular", 0.2, popular(model)),
        ("new", 0.05, newest(model)),
    ]
    if slot in ("bought_together", "similar") and product is not None:
        # "shown": the product page's own product, an anchor that is never a reason itself
        anchor = [(product, 1.0, Reason("shown", product, model.items[product].title))]
        in_category = model.items[product].category
        if slot == "bought_together":
            return [
                ("together", 1.0, bought_with(model, anchor)),
                ("sequence", 0.6, next_items(model, anchor, own=False)),
                ("similar", 0.3, similar_to(model, anchor)),
            ]
        same = [in_category] if in_category else []
        return [
            ("similar", 1.0, similar_to(model, anchor)),
            ("category", 0.3, popular(model, categories=same)),
        ]
    if slot == "complete_the_set" and cart:
        anchors = [
            (pid, 1.0, Reason("carted", pid, model.items[pid].title))
            for pid in cart
            if pid in model.items
        ]
        return [
            ("together", 1.0, bought_with(model, anchors)),
            ("sequence", 0.6, next_items(model, anchors)),
            ("similar", 0.2, similar_to(model, anchors)),
            *shop,
        ]
    anchors = history_anchors(model, history)
    if not anchors:
        if category:
            return [("category", 1.0, popular(model, categories=[category])), *shop]
        return shop
    categories = list(
        dict.fromkeys(
            model.items[a].category
            for a, _, _ in anchors
            if a in model.items and model.items[a].category
        )
    )
    return [
        ("sequence", 1.0, next_items(model, sequence_anchors(model, history))),
        ("together", 0.6, bought_with(model, anchors)),
        ("similar", 0.4, similar_to(model, anchors)),
        ("category", 0.3, popular(model, categories=categories[:3])),
        *shop,
    ]


def recommend(
    db: Database,
    tenant_id: int,
    *,
    slot: str = "for_you",
    customer_id: int | None = None,
    session_id: str | None = None,
    product_id: int | None = None,
    cart: Sequence[int] = (),
    limit: int = 10,
    category: str | None = None,
    min_price_minor: int | None = None,
    max_price_minor: int | None = None,
    exclude: Sequence[int] = (),
    settings: RecommendSettings | None = None,
    home: Path | None = None,
    model: TenantModel | None = None,
) -> Recommendations:
    """The ``slot``'s recommendations for this shopper, product or cart, best first.

    Every item passes :func:`tradewinds.recommend.filters.allowed` as the catalogue is now
    (published, active, buyable, in ``category`` and the price range, not bought unless its
    category repeats, not excluded). Unknown customers and products fall back to popular
    products with a ``note``; a shop with no products gives an empty list with a note.
    """
    from tradewinds.core.errors import InvalidInput

    if slot not in SLOTS:
        raise InvalidInput(f"slot must be one of {', '.join(SLOTS)}, got {slot!r}")
    if not 1 <= limit <= 100:
        raise InvalidInput(f"limit must be between 1 and 100, got {limit}")
    settings = settings or RecommendSettings()
    if model is None:
        model = current_model(db, tenant_id, home=home, retrain_after_s=settings.retrain_after_s)
    result = Recommendations(slot, trained_at=model.trained_at, request_id=uuid.uuid4().hex)
    overrides: dict[str, float] = {}
    for name, spec in settings.experiments.items():
        if spec.slot == slot:
            result.experiment = name
            result.variant = assign(name, spec, subject_of(customer_id, session_id))
            overrides = spec.variants[result.variant]
            break
    if not model.items:
        result.note = "the shop has no products to recommend yet"
        return result
    notes: list[str] = []
    with tenant_session(db, tenant_id) as session:
        if customer_id is not None and session.get(Customer, customer_id) is None:
            notes.append(f"unknown customer {customer_id}: showing popular products")
            customer_id = None
        if product_id is not None and product_id not in model.items:
            notes.append(f"unknown product {product_id}: showing popular products")
            product_id = None
        if slot in ("bought_together", "similar") and product_id is None and not notes:
            notes.append(f"slot {slot} needs a product: showing popular products")
        result.customer_id = customer_id
        history = live_history(session, customer_id=customer_id, session_id=session_id)
        known = {i.product_id for i in history if i.kind != "purchase"}
        rules = Constraints(
            category=category,
            min_price_minor=min_price_minor,
            max_price_minor=max_price_minor,
            hide_out_of_stock=settings.hide_out_of_stock,
            repeat_categories=tuple(settings.repeat_categories),
            exclude=frozenset({*exclude, *cart, *known} | ({product_id} if product_id else set())),
            bought=frozenset(bought_products(history)),
        )
        plan = _plan(slot, model, history, product_id, list(cart), category)
        plan = [(name, overrides.get(name, weight), ranked) for name, weight, ranked in plan]
        # products archived since (or before) training are in no list the page could show
        merged = [m for m in _merge(plan) if m[0] in model.items]
        # What the model already rules out (the stored rows decide below; this only saves
        # reading rows that cannot pass): excluded, bought, outside the category.
        merged = [m for m in merged if _may_pass(model.items[m[0]], rules)]
        states = keep_allowed(session, (m[0] for m in merged), rules, limit)
    kept = {state.id: state for state in states}
    for pid, score, source, reason in merged:
        state = kept.get(pid)
        if state is not None:
            price = state.price_from(rules)
            title = model.items[pid].title
            why = explain_likeness(model, pid, reason)
            item = Recommended(pid, state.handle, title, price, round(score, 6), source, why)
            result.items.append(item)
    if not result.items:
        notes.append("no product passes the filters")
    result.note = "; ".join(notes) or None
    return result
