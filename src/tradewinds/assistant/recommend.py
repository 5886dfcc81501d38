"""The assistant's recommendation tool and light personalisation of search results, on the
recommendations capability (:mod:`tradewinds.recommend`).

For a signed-in customer: what shoppers went on to after, and bought with, the products
they ordered, put in their cart or looked at, then popular products of their categories.
For a product the shopper points at ("goes well with it", "similar"): what is bought with
it, chosen after it, and most like it. Without a customer or history: trending, then popular.

Privacy: the reason given names only the shopper's own products, the product they asked
about, or a category. Other customers' orders are only ever counted inside the capability.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from tradewinds.assistant.facts import ProductCard, Recommendation
from tradewinds.assistant.tools import ToolContext, product_cards
from tradewinds.recommend import STRENGTH, TRENDING_DAYS, Reason, live_history, recommend
from tradewinds.store import tenant_session
from tradewinds.store.tables import Category, Product

RECOMMEND_DAYS = TRENDING_DAYS  # the "trending" window the answers name
# How the shopper knows the product a reason names, in the assistant's words.
_SOURCE = {"viewed": "viewed", "carted": "carted", "bought": "ordered", "": "shown"}


def _as_assistant(reason: Reason, kinds: dict[int, str]) -> tuple[str, str, str]:
    """(reason, because, source) of the assistant's :class:`Recommendation`. A product
    the shopper already has is named by its kind ("the rain jacket you ordered"), so an
    answer about new things does not read as offering it again."""

    def named(source: str) -> str:
        own = source != "shown" and reason.product_id is not None
        return kinds.get(reason.product_id or 0, reason.title) if own else reason.title

    if reason.kind == "together":
        return "bought_with", named(_SOURCE[reason.via]), _SOURCE[reason.via]
    if reason.kind in ("viewed", "carted", "bought"):
        return "next", named(_SOURCE[reason.kind]), _SOURCE[reason.kind]
    if reason.kind == "next":
        return "next", reason.title, "shown"
    if reason.kind == "similar":
        kind = "similar" if "category" in reason.shared else "like"
        return kind, named(_SOURCE[reason.via]), _SOURCE[reason.via]
    if reason.kind == "category":
        return "category", reason.category.rsplit(" > ", 1)[-1], ""
    return ("trending" if reason.kind == "trending" else "popular"), "", ""


def recommend_products(
    ctx: ToolContext, *, limit: int = 5, seed_product_ids: list[int] | None = None
) -> list[Recommendation]:
    """Products to recommend, best first, each with the reason it is recommended.

    Parameters
    ----------
    ctx
        Tenant and, when signed in, the customer whose orders and events personalise.
    limit
        How many to return (1-50).
    seed_product_ids
        Products the shopper points at ("goes well with it"): what is bought with the
        first, chosen after it and like it comes first; the seeds themselves never.

    Only published, in-stock products are recommended; never one the customer bought,
    put in their cart or looked at.
    """
    if not 1 <= limit <= 50:
        raise ValueError(f"limit must be between 1 and 50, got {limit}")
    seeds = [int(p) for p in seed_product_ids or []]
    recs = recommend(
        ctx.db,
        ctx.tenant.id,
        slot="bought_together" if seeds else "for_you",
        customer_id=ctx.customer_id,
        product_id=seeds[0] if seeds else None,
        exclude=seeds,
        limit=limit,
        settings=ctx.settings.recommend,
        home=ctx.settings.home,
    )
    cards = {c.id: c for c in product_cards(ctx, [item.product_id for item in recs.items])}
    own = {item.reason.product_id for item in recs.items if item.reason.product_id}
    kinds = _kinds(ctx, own) if ctx.customer_id is not None else {}
    return [
        Recommendation(cards[item.product_id], *_as_assistant(item.reason, kinds))
        for item in recs.items
        if item.product_id in cards and cards[item.product_id].stock > 0
    ]


def _kinds(ctx: ToolContext, ids: set[int]) -> dict[int, str]:
    """What kind of thing each product is, in a word or two: its product type, else its
    English title's last word (before a " - variant" part), else its leaf category."""
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        rows = session.execute(
            select(Product.id, Product.product_type, Product.title, Category.name)
            .outerjoin(Category, Product.category_id == Category.id)
            .where(Product.id.in_(list(ids)))
        )
        kinds: dict[int, str] = {}
        for pid, product_type, title, leaf in rows:
            words = title.split(" - ")[0].split()
            if product_type:
                kinds[pid] = product_type.lower()
            elif words and words[-1].isascii() and words[-1].isalpha():
                kinds[pid] = words[-1].lower()
            else:
                kinds[pid] = leaf or title
    return kinds


def category_affinity(ctx: ToolContext) -> dict[str, float]:
    """The signed-in customer's categories, weighted by orders (3), cart adds (2) and
    views (1) of their recent products; empty without a customer."""
    if ctx.customer_id is None:
        return {}
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        history = live_history(session, customer_id=ctx.customer_id, limit=200)
        strongest: dict[int, float] = {}
        for step in history:
            strongest[step.product_id] = max(strongest.get(step.product_id, 0.0),
                                             STRENGTH[step.kind])  # fmt: skip
        rows = session.execute(
            select(Product.id, Category.path, Product.product_type)
            .outerjoin(Category, Product.category_id == Category.id)
            .where(Product.id.in_(list(strongest)))
        )
        affinity: dict[str, float] = defaultdict(float)
        for pid, path, product_type in rows:
            if path or product_type:
                affinity[path or product_type] += strongest[pid]
    return dict(affinity)


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
