"""The products a campaign shows: the recommender's ``campaign`` slot (narrowed to the
segment's category for an affinity segment), or the shop's best sellers when the
recommender has nothing to offer."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, not_, select

from tradewinds.core.errors import TradewindsError
from tradewinds.core.settings import RecommendSettings
from tradewinds.marketing._members import in_category
from tradewinds.marketing.segments import SegmentDefinition
from tradewinds.recommend import recommend
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Category,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    ProductStatus,
    Variant,
)

log = logging.getLogger(__name__)
MAX_PICKS = 6


@dataclass(frozen=True)
class Pick:
    """A product shown in a campaign, and which source chose it."""

    product_id: int
    handle: str
    title: str
    source: str  # "recommendations" or "popularity"

    def to_dict(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "handle": self.handle,
            "title": self.title,
            "source": self.source,
        }


def _popular(db: Database, tenant_id: int, count: int, category: str | None) -> list[Pick]:
    """Best sellers by units in orders that were not undone; active, published products."""
    units = func.sum(OrderLine.quantity)
    query = (
        select(Product.id, Product.handle, Product.title)
        .select_from(OrderLine)
        .join(Order, Order.id == OrderLine.order_id)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(
            not_(Order.status.in_((OrderStatus.CANCELLED, OrderStatus.RETURNED))),
            Product.status == ProductStatus.ACTIVE,
            Product.published.is_(True),
        )
        .group_by(Product.id, Product.handle, Product.title)
        .order_by(units.desc(), Product.id)
        .limit(count)
    )
    if category:
        query = query.join(Category, Category.id == Product.category_id).where(
            in_category(category)
        )
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(query).all()
    return [Pick(int(i), h, t, "popularity") for i, h, t in rows]


def campaign_picks(
    db: Database,
    tenant_id: int,
    segment: SegmentDefinition,
    count: int,
    *,
    settings: RecommendSettings | None = None,
    home: Path | None = None,
) -> list[Pick]:
    """Up to ``count`` products for a campaign to a segment.

    The recommender's ``campaign`` slot first (an affinity segment narrows it to its
    category); when it has nothing (no trained model, no data, an error), the best sellers
    of the category or the shop. Returns fewer when the shop has fewer products.
    """
    category = segment.params.get("category") if segment.kind == "affinity" else None
    try:
        recs = recommend(
            db,
            tenant_id,
            slot="campaign",
            limit=count,
            category=category,
            settings=settings,
            home=home,
        )
        picks = [Pick(r.product_id, r.handle, r.title, "recommendations") for r in recs.items]
    except TradewindsError as exc:
        log.warning("campaign picks: recommender unavailable (%s); using best sellers", exc.code)
        picks = []
    if len(picks) < count:
        have = {p.product_id for p in picks}
        more = _popular(db, tenant_id, count + len(have), category)
        picks += [p for p in more if p.product_id not in have][: count - len(picks)]
    return picks
