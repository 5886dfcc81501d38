"""Recommendations from the tenant's orders and interaction events, and light
personalisation of search results.

For a signed-in customer: products often bought together with what they ordered, put in
their cart or looked at ("customers who bought X also bought Y", from other customers'
orders), then popular products of the categories they shop in; never something they
already bought, carted or viewed. For a product the shopper points at ("goes well with
it", "similar"): co-purchases of that product, then its category. Without a customer or
history: popularity (units ordered in the last ``days`` days, then views, then all orders).

Privacy: the reason given for a recommendation names only the shopper's own products, the
product they asked about, or a category. Other customers' orders are only ever counted,
and the counts, names, order numbers and dates never leave this module.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.assistant.facts import ProductCard, Recommendation
from tradewinds.assistant.tools import ToolContext, product_cards
from tradewinds.store import tenant_session
from tradewinds.store.tables import (
    Category,
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Variant,
)

# How much one of the shopper's own signals counts, by how they know the product.
_SIGNAL = {"ordered": 3.0, "carted": 2.0, "viewed": 1.0, "shown": 3.0}
_EVENT_SOURCE = {EventKind.PURCHASE: "ordered", EventKind.ADD_TO_CART: "carted",
                 EventKind.VIEW: "viewed"}  # fmt: skip
_SKIP_STATUSES = (OrderStatus.CANCELLED,)


@dataclass
class _Catalogue:
    """How order lines map to products, and each product's category."""

    by_variant: dict[int, int] = field(default_factory=dict)
    by_sku: dict[str, int] = field(default_factory=dict)
    by_title: dict[str, int] = field(default_factory=dict)
    category: dict[int, str] = field(default_factory=dict)
    title: dict[int, str] = field(default_factory=dict)

    def product_of(self, variant_id: int | None, sku: str | None, title: str) -> int | None:
        """The product an order line sold: by variant, else SKU, else exact title."""
        if variant_id is not None and variant_id in self.by_variant:
            return self.by_variant[variant_id]
        if sku and sku in self.by_sku:
            return self.by_sku[sku]
        return self.by_title.get(title.strip().lower())


@dataclass
class _Basket:
    customer_id: int | None
    created_at: datetime
    quantities: Counter[int] = field(default_factory=Counter)


def _catalogue(session: Session) -> _Catalogue:
    cat = _Catalogue()
    for vid, sku, pid in session.execute(select(Variant.id, Variant.sku, Variant.product_id)):
        cat.by_variant[vid] = pid
        if sku:
            cat.by_sku.setdefault(sku, pid)
    rows = session.execute(
        select(Product.id, Product.title, Product.product_type, Category.path).outerjoin(
            Category, Product.category_id == Category.id
        )
    )
    for pid, title, product_type, path in rows:
        cat.by_title.setdefault(title.strip().lower(), pid)
        cat.category[pid] = path or product_type or ""
        cat.title[pid] = title
    return cat


def _baskets(session: Session, cat: _Catalogue, max_orders: int) -> dict[int, _Basket]:
    """The ``max_orders`` most recent orders (not cancelled), as product quantities."""
    recent = (
        select(Order.id)
        .where(Order.status.not_in(_SKIP_STATUSES))
        .order_by(Order.created_at.desc(), Order.id.desc())
        .limit(max_orders)
        .subquery()
    )
    stmt = (
        select(
            Order.id,
            Order.customer_id,
            Order.created_at,
            OrderLine.variant_id,
            OrderLine.sku,
            OrderLine.title,
            OrderLine.quantity,
        )
        .join(OrderLine, OrderLine.order_id == Order.id)
        .where(Order.id.in_(select(recent.c.id)))
    )
    baskets: dict[int, _Basket] = {}
    for oid, customer, created, variant, sku, title, quantity in session.execute(stmt):
        product = cat.product_of(variant, sku, title)
        if product is None:
            continue
        basket = baskets.setdefault(oid, _Basket(customer, _aware(created)))
        basket.quantities[product] += quantity
    return baskets


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _history(session: Session, cat: _Catalogue, customer_id: int) -> dict[int, str]:
    """The customer's own products and the strongest way they know each one."""
    known: dict[int, str] = {}

    def note(product: int, source: str) -> None:
        if _SIGNAL[source] > _SIGNAL.get(known.get(product, ""), 0.0):
            known[product] = source

    lines = session.execute(
        select(OrderLine.variant_id, OrderLine.sku, OrderLine.title)
        .join(Order, OrderLine.order_id == Order.id)
        .where(Order.customer_id == customer_id, Order.status.not_in(_SKIP_STATUSES))
    )
    for variant, sku, title in lines:
        product = cat.product_of(variant, sku, title)
        if product is not None:
            note(product, "ordered")
    events = session.execute(
        select(InteractionEvent.product_id, InteractionEvent.kind)
        .where(InteractionEvent.customer_id == customer_id)
        .where(InteractionEvent.product_id.is_not(None))
        .order_by(InteractionEvent.at.desc())
        .limit(500)
    )
    for product, kind in events:
        if kind in _EVENT_SOURCE and product is not None:
            note(product, _EVENT_SOURCE[kind])
    return known


def _views(session: Session, since: datetime) -> Counter[int]:
    stmt = (
        select(InteractionEvent.product_id, func.count())
        .where(InteractionEvent.kind == EventKind.VIEW, InteractionEvent.at >= since)
        .where(InteractionEvent.product_id.is_not(None))
        .group_by(InteractionEvent.product_id)
    )
    return Counter({pid: n for pid, n in session.execute(stmt) if pid is not None})


def _co_purchases(
    baskets: dict[int, _Basket], seeds: dict[int, str], customer_id: int | None
) -> tuple[Counter[int], dict[int, int]]:
    """Products in other customers' orders together with a seed: score, and the seed."""
    scores: Counter[int] = Counter()
    best: dict[int, tuple[float, int]] = {}
    for basket in baskets.values():
        if customer_id is not None and basket.customer_id == customer_id:
            continue  # the shopper's own orders prove nothing about what goes together
        present = [s for s in seeds if s in basket.quantities]
        if not present:
            continue
        seed = max(present, key=lambda s: (_SIGNAL[seeds[s]], -s))
        for product in basket.quantities:
            if product in seeds:
                continue
            scores[product] += 1
            weight = _SIGNAL[seeds[seed]]
            if product not in best or weight > best[product][0]:
                best[product] = (weight, seed)
    return scores, {p: s for p, (_, s) in best.items()}


def _leaf(path: str) -> str:
    return path.rsplit(" > ", 1)[-1]


def recommend_products(
    ctx: ToolContext,
    *,
    limit: int = 5,
    seed_product_ids: list[int] | None = None,
    days: int = 30,
    max_orders: int = 5000,
) -> list[Recommendation]:
    """Products to recommend, best first, each with the reason it is recommended.

    Parameters
    ----------
    ctx
        Tenant and, when signed in, the customer whose orders and events personalise.
    limit
        How many to return (1-50).
    seed_product_ids
        Products the shopper points at ("goes well with it"): their co-purchases, then
        their category, come first.
    days
        The window of "trending" (units ordered) and of views counted for popularity.
    max_orders
        Co-purchase and popularity read at most this many of the newest orders.

    Only published, in-stock products are recommended; never one the customer ordered,
    put in their cart or looked at, nor a seed.
    """
    for name, value, low, high in (("limit", limit, 1, 50), ("days", days, 1, 3650),
                                   ("max_orders", max_orders, 1, 1_000_000)):  # fmt: skip
        if not low <= value <= high:
            raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    customer = ctx.customer_id
    since = datetime.now(UTC) - timedelta(days=days)
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        cat = _catalogue(session)
        baskets = _baskets(session, cat, max_orders)
        history = _history(session, cat, customer) if customer is not None else {}
        views = _views(session, since)
    seeds = {int(p): "shown" for p in seed_product_ids or [] if int(p) in cat.title}
    owned = set(history)  # ordered, carted or viewed: the shopper knows these already
    trending: Counter[int] = Counter()
    ordered: Counter[int] = Counter()
    for basket in baskets.values():
        ordered.update(basket.quantities)
        if basket.created_at >= since:
            trending.update(basket.quantities)

    def popularity(pid: int) -> tuple[int, int, int]:
        return (trending[pid], views[pid], ordered[pid])

    picks: list[Recommendation] = []
    chosen: set[int] = set(owned) | set(seeds)

    def offer(candidates: list[int], why: Callable[[int], tuple[str, str, str]]) -> None:
        fresh = [p for p in candidates if p not in chosen][: limit * 4]
        for card in product_cards(ctx, fresh):
            if len(picks) < limit and card.stock > 0 and card.id not in chosen:
                picks.append(Recommendation(card, *why(card.id)))
                chosen.add(card.id)

    def by_popularity(products: Iterable[int]) -> list[int]:
        return sorted(products, key=lambda p: (tuple(-x for x in popularity(p)), p))

    anchors = seeds or history
    scores, because = _co_purchases(baskets, anchors, customer)
    ranked = sorted(scores, key=lambda p: (-scores[p], -trending[p], p))
    offer(ranked, lambda p: ("bought_with", cat.title[because[p]], anchors[because[p]]))
    if seeds:
        categories = {cat.category[s]: s for s in seeds if cat.category.get(s)}
        same = by_popularity(p for p, c in cat.category.items() if c in categories)
        offer(same, lambda p: ("similar", cat.title[categories[cat.category[p]]], "shown"))
    else:
        affinity = _affinity(cat, history)
        liked = sorted(by_popularity(p for p, c in cat.category.items() if c in affinity),
                       key=lambda p: -affinity[cat.category[p]])  # fmt: skip
        offer(liked, lambda p: ("category", _leaf(cat.category[p]), ""))
    popular = by_popularity(p for p in cat.title if any(popularity(p)))
    offer(popular, lambda p: ("trending" if trending[p] else "popular", "", ""))
    return picks


def _affinity(cat: _Catalogue, history: dict[int, str]) -> dict[str, float]:
    affinity: dict[str, float] = defaultdict(float)
    for product, source in history.items():
        if cat.category.get(product):
            affinity[cat.category[product]] += _SIGNAL[source]
    return dict(affinity)


def category_affinity(ctx: ToolContext) -> dict[str, float]:
    """The signed-in customer's categories, weighted by orders (3), cart adds (2) and
    views (1); empty without a customer."""
    if ctx.customer_id is None:
        return {}
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        cat = _catalogue(session)
        return _affinity(cat, _history(session, cat, ctx.customer_id))


def personalise(
    ctx: ToolContext, cards: list[ProductCard], *, strength: float = 1.5
) -> list[ProductCard]:
    """``cards`` lightly re-ordered for the signed-in customer: a product of a category
    they shop in moves up by less than ``strength`` places (the full ``strength`` for their
    favourite category, proportionally less for the others).

    Only the order changes, never the set, so every filter the shopper gave still holds.
    """
    affinity = category_affinity(ctx)
    if not affinity or len(cards) < 2:
        return list(cards)
    top = max(affinity.values())
    keyed = [
        (i - strength * affinity.get(card.category, 0.0) / top, i, card)
        for i, card in enumerate(cards)
    ]
    return [card for _, _, card in sorted(keyed, key=lambda t: (t[0], t[1]))]
