"""Property: whatever the catalogue's state and the caller's constraints, no recommendation
breaks a filter. Each returned product is checked against the stored rows directly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.recommend._outfitters import Outfitters
from tradewinds.core.settings import RecommendSettings
from tradewinds.recommend import SLOTS, TenantModel, recommend, train
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Category, Product, ProductStatus, Tenant, Variant

HANDLES = [
    "dome-tent",
    "tunnel-tent",
    "sleeping-bag",
    "camp-stove",
    "coffee",
    "kite",
    "cheap-tent",
    "new-lantern",
]
CATEGORIES = [None, "Outdoor", "Tents", "Outdoor > Cooking", "Pantry", "Nothing"]

changes = st.lists(
    st.tuples(
        st.sampled_from(HANDLES),
        st.sampled_from(["unpublish", "archive", "draft", "sell_out", "restock"]),
    ),
    max_size=5,
)


def _apply(db: Database, tenant_id: int, shop: Outfitters, todo: list[tuple[str, str]]) -> None:
    with tenant_session(db, tenant_id) as session:
        for product in session.scalars(select(Product)):
            product.published = product.handle != "hidden-tent"
            if product.handle != "draft-tent":
                product.status = ProductStatus.ACTIVE
        for variant in session.scalars(select(Variant)):
            variant.inventory_qty = 0 if variant.sku == "SOLD-OUT-STOVE-1" else 10
        session.flush()
        for handle, change in todo:
            row = session.get(Product, shop.products[handle])
            assert row is not None
            if change == "unpublish":
                row.published = False
            elif change in ("archive", "draft"):
                row.status = ProductStatus.ARCHIVED if change == "archive" else ProductStatus.DRAFT
            else:
                for variant in row.variants:
                    variant.inventory_qty = 0 if change == "sell_out" else 5


def _check(
    db: Database,
    tenant_id: int,
    pid: int,
    *,
    category: str | None,
    low: int | None,
    high: int | None,
    hide: bool,
    bought: set[int],
    excluded: set[int],
) -> None:
    with tenant_session(db, tenant_id) as session:
        product = session.get(Product, pid)
        assert product is not None
        assert product.status == ProductStatus.ACTIVE and product.published
        assert pid not in bought and pid not in excluded
        path = session.scalar(select(Category.path).where(Category.id == product.category_id))
        if category is not None:
            parts = [s.strip().lower() for s in (path or "").split(">")]
            assert (
                category.lower() in {" > ".join(parts[: i + 1]) for i in range(len(parts))}
                or parts[-1] == category.lower()
            )
        ok = [
            v
            for v in product.variants
            if (low is None or v.price_minor >= low)
            and (high is None or v.price_minor <= high)
            and (v.inventory_qty > 0 or not hide)
        ]
        assert ok, f"no variant of {product.handle} satisfies the price/stock rules"


@pytest.mark.postgres
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    todo=changes,
    slot=st.sampled_from(SLOTS),
    anchor=st.sampled_from(HANDLES),
    category=st.sampled_from(CATEGORIES),
    low=st.one_of(st.none(), st.integers(0, 25000)),
    span=st.one_of(st.none(), st.integers(0, 25000)),
    hide=st.booleans(),
    who=st.sampled_from([None, "ann", "fay"]),
)
def test_no_recommendation_ever_breaks_a_filter(
    db: Database,
    tenant: Tenant,
    outfitters: Outfitters,
    todo: list[tuple[str, str]],
    slot: str,
    anchor: str,
    category: str | None,
    low: int | None,
    span: int | None,
    hide: bool,
    who: str | None,
) -> None:
    _apply(db, tenant.id, outfitters, todo)
    high = None if span is None else (low or 0) + span
    customer = outfitters.customers[who] if who else None
    bought = {outfitters.products[h] for h in ("camp-stove", "coffee")} if who == "fay" else set()
    if who == "ann":
        bought = {
            outfitters.products[h]
            for h in (
                "dome-tent",
                "sleeping-bag",
                "camp-stove",
                "coffee",
                "hidden-tent",
                "sold-out-stove",
                "draft-tent",
            )
        }
    anchor_id = outfitters.products[anchor]
    recs = recommend(
        db,
        tenant.id,
        slot=slot,
        customer_id=customer,
        product_id=anchor_id,
        cart=[anchor_id],
        category=category,
        min_price_minor=low,
        max_price_minor=high,
        limit=20,
        model=_model(db, tenant.id, outfitters.products[HANDLES[0]]),
        settings=RecommendSettings(hide_out_of_stock=hide),
    )
    for item in recs.items:
        _check(
            db,
            tenant.id,
            item.product_id,
            category=category,
            low=low,
            high=high,
            hide=hide,
            bought=bought,
            excluded={anchor_id},
        )


_models: dict[tuple[str, int, int], TenantModel] = {}


def _model(db: Database, tenant_id: int, first_product: int) -> TenantModel:
    """One model per test (hypothesis reruns the body; the data's ids tell tests apart)."""
    key = (str(db.engine.url), tenant_id, first_product)
    if key not in _models:
        _models.clear()
        _models[key] = train(db, tenant_id)
    return _models[key]
