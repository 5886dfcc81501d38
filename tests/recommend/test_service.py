"""Slots: the right candidates, the filters always applied, reasons that hold, real time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests._shop import add_product
from tests.recommend._outfitters import Outfitters, buy, event
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import RecommendSettings
from tradewinds.recommend import current_model, recommend, train
from tradewinds.store import Database
from tradewinds.store.tables import EventKind, Tenant

pytestmark = pytest.mark.postgres


def ids(recs: object) -> list[int]:
    return [item.product_id for item in recs.items]  # type: ignore[attr-defined]


def test_bought_together_puts_the_co_purchase_first_with_its_count(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    recs = recommend(db, tenant.id, slot="bought_together", product_id=p["dome-tent"], limit=4)
    first = recs.items[0]
    assert first.product_id == p["sleeping-bag"]
    assert first.reason.kind == "together" and first.reason.count == 3
    assert first.reason.text() == "Bought together with Dome Tent 3 times"
    assert first.reason.text("zh") == "与Dome Tent一起购买过 3 次"
    assert first.handle == "sleeping-bag" and first.price_minor == 12999
    assert p["dome-tent"] not in ids(recs)  # never the product itself


def test_hidden_draft_and_sold_out_products_are_never_recommended(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    banned = {p["hidden-tent"], p["draft-tent"], p["sold-out-stove"]}
    model = train(db, tenant.id)
    # they were bought with the sleeping bag, so the sources do propose them
    assert banned <= {pid for pid, _ in model.together[p["sleeping-bag"]]}
    for slot in ("bought_together", "similar", "for_you", "complete_the_set", "campaign"):
        recs = recommend(
            db,
            tenant.id,
            slot=slot,
            product_id=p["sleeping-bag"],
            cart=[p["sleeping-bag"]],
            limit=20,
            model=model,
        )
        assert recs.items, slot
        assert not banned & set(ids(recs)), slot
    shown = recommend(
        db,
        tenant.id,
        slot="bought_together",
        product_id=p["sleeping-bag"],
        limit=20,
        model=model,
        settings=RecommendSettings(hide_out_of_stock=False),
    )
    assert p["sold-out-stove"] in ids(shown)
    assert not {p["hidden-tent"], p["draft-tent"]} & set(ids(shown))


def test_similar_says_what_the_products_share(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    recs = recommend(db, tenant.id, slot="similar", product_id=p["dome-tent"], limit=3)
    first = recs.items[0]
    assert first.product_id == p["tunnel-tent"]
    assert first.reason.shared[:2] == ("brand", "category")
    assert first.reason.text().startswith("Similar to Dome Tent: same brand, same category")


def test_a_view_changes_the_next_recommendations_without_retraining(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p, c = outfitters.products, outfitters.customers
    buyer = c["gus"]  # bought the stove and coffee
    model = current_model(db, tenant.id)
    before = recommend(db, tenant.id, slot="for_you", customer_id=buyer, limit=3)
    event(db, tenant.id, EventKind.VIEW, p["dome-tent"], customer=buyer)
    after = recommend(db, tenant.id, slot="for_you", customer_id=buyer, limit=3)
    assert current_model(db, tenant.id) is model and after.trained_at == before.trained_at
    assert ids(after) != ids(before)
    assert after.items[0].product_id == p["sleeping-bag"]
    assert after.items[0].reason.text() == "Because you viewed Dome Tent"


def test_a_guest_session_is_personalised_by_its_own_events(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    event(db, tenant.id, EventKind.ADD_TO_CART, p["camp-stove"], session_id="guest-1")
    recs = recommend(db, tenant.id, slot="for_you", session_id="guest-1", limit=3)
    assert recs.items[0].product_id == p["coffee"]
    assert p["camp-stove"] not in ids(recs)  # already in their cart
    other = recommend(db, tenant.id, slot="for_you", session_id="guest-2", limit=3)
    assert other.items[0].reason.kind in {"trending", "popular"}


def test_bought_products_come_back_only_in_repeat_categories(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p, c = outfitters.products, outfitters.customers
    model = train(db, tenant.id)
    fay = c["fay"]  # bought the stove and coffee
    plain = recommend(db, tenant.id, slot="campaign", customer_id=fay, limit=20, model=model)
    assert not {p["coffee"], p["camp-stove"]} & set(ids(plain))
    repeat = RecommendSettings(repeat_categories=["Pantry"])
    again = recommend(
        db, tenant.id, slot="campaign", customer_id=fay, limit=20, model=model, settings=repeat
    )
    assert p["coffee"] in ids(again) and p["camp-stove"] not in ids(again)


def test_category_and_price_constraints_hold(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    recs = recommend(
        db, tenant.id, slot="campaign", category="Tents", max_price_minor=20000, limit=10
    )
    assert set(ids(recs)) == {p["dome-tent"], p["cheap-tent"]}
    none = recommend(db, tenant.id, slot="campaign", category="Tents", max_price_minor=100)
    assert none.items == [] and none.note == "no product passes the filters"
    with pytest.raises(InvalidInput, match="min_price"):
        recommend(db, tenant.id, min_price_minor=500, max_price_minor=100)


def test_unknown_customer_or_product_falls_back_to_popular_with_a_note(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    recs = recommend(db, tenant.id, slot="for_you", customer_id=987654)
    assert recs.items and recs.note == "unknown customer 987654: showing popular products"
    recs = recommend(db, tenant.id, slot="similar", product_id=987654)
    assert recs.items and "unknown product 987654" in (recs.note or "")
    with pytest.raises(InvalidInput, match="slot must be one of"):
        recommend(db, tenant.id, slot="homepage")


def test_an_empty_shop_gives_an_empty_list_with_a_reason(db: Database, tenant: Tenant) -> None:
    recs = recommend(db, tenant.id, slot="for_you")
    assert recs.items == [] and recs.note == "the shop has no products to recommend yet"


def test_a_new_product_is_recommended_by_likeness_before_anyone_buys_it(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    fresh = add_product(
        db,
        tenant.id,
        "trail-tent",
        "Trail Dome Tent",
        vendor="TrailMax",
        category="Outdoor > Tents",
        prices=[18999],
    )
    model = train(db, tenant.id)
    recs = recommend(db, tenant.id, slot="similar", product_id=p["dome-tent"], limit=3, model=model)
    assert fresh in ids(recs)


def test_reasons_never_name_another_customer(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p, c = outfitters.products, outfitters.customers
    names = [n.title() for n in c] + [f"{n}@example.com" for n in c] + ["#T", "#S", "#K"]
    for slot in ("for_you", "bought_together", "similar", "complete_the_set", "campaign"):
        for who in (None, c["ann"]):
            recs = recommend(
                db,
                tenant.id,
                slot=slot,
                customer_id=who,
                product_id=p["sleeping-bag"],
                cart=[p["dome-tent"]],
            )
            for item in recs.items:
                for text in (item.reason.text(), item.reason.text("zh")):
                    assert not any(n in text for n in names), text


def test_other_tenants_products_and_orders_never_count(
    db: Database, tenant: Tenant, other_tenant: Tenant, outfitters: Outfitters
) -> None:
    theirs = add_product(db, other_tenant.id, "their-bag", "Their Bag", prices=[100])
    buy(db, other_tenant.id, None, [theirs], datetime.now(UTC), "#O1")
    for slot in ("for_you", "bought_together", "campaign"):
        recs = recommend(
            db, tenant.id, slot=slot, product_id=outfitters.products["dome-tent"], limit=50
        )
        assert theirs not in ids(recs)
    mine = recommend(db, other_tenant.id, slot="for_you")
    assert ids(mine) == [theirs]


def test_a_product_archived_before_training_is_skipped_not_an_error(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product, ProductStatus

    p = outfitters.products
    with tenant_session(db, tenant.id) as session:
        bag = session.get(Product, p["sleeping-bag"])
        assert bag is not None
        bag.status = ProductStatus.ARCHIVED
    model = train(db, tenant.id)
    assert p["sleeping-bag"] not in model.items  # but still in the tents' basket counts
    assert p["sleeping-bag"] in {pid for pid, _ in model.together[p["dome-tent"]]}
    for slot in ("bought_together", "for_you", "campaign"):
        recs = recommend(db, tenant.id, slot=slot, product_id=p["dome-tent"],
                         customer_id=outfitters.customers["ann"], category="Outdoor",
                         model=model)  # fmt: skip
        assert recs.items and p["sleeping-bag"] not in ids(recs)


def test_for_you_ranks_by_the_learned_next_item_rows(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p, c = outfitters.products, outfitters.customers
    model = train(db, tenant.id)
    model.following = {p["dome-tent"]: [(p["kite"], 5.0)], p["camp-stove"]: [(p["coffee"], 1.0)]}
    event(db, tenant.id, EventKind.VIEW, p["dome-tent"], customer=c["gus"])
    recs = recommend(db, tenant.id, slot="for_you", customer_id=c["gus"], model=model)
    kite = next(item for item in recs.items if item.product_id == p["kite"])
    assert kite.source == "sequence"  # the kite is in no other source's lead
    assert kite.reason.text() == "Because you viewed Dome Tent"
