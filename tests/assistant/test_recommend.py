"""Recommendations (co-purchase, category affinity, popularity), their reasons, privacy,
and the light personalisation of search results, on both databases."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

import pytest

from tests._shop import add_customer, add_order, add_product
from tests.assistant.conftest import Shop
from tradewinds.assistant import ToolContext, ask, search_products
from tradewinds.assistant.recommend import personalise, recommend_products
from tradewinds.core.settings import Settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import EventKind, InteractionEvent, Tenant

RECENT = datetime.now(UTC) - timedelta(days=2)


@pytest.fixture
def history(db: Database, tenant: Tenant, shop: Shop) -> Shop:
    """Carol and Dave bought the camp mug (which Alice ordered) with other things lately;
    Dave's order also holds the red rain jacket, which is out of stock. A fourth jacket
    nobody has bought yet."""
    shop.products["packable-jacket"] = add_product(
        db, tenant.id, "packable-jacket", "Packable Wind Jacket", vendor="Peak",
        category="Apparel > Jackets", prices=[5900], stock=[6],
    )  # fmt: skip
    carol = add_customer(db, tenant.id, "carol@example.com", "Carol", "Cole")
    dave = add_customer(db, tenant.id, "dave@example.com", "Dave", "Dunn")
    add_order(db, tenant.id, "#1003", customer_id=carol, created_at=RECENT,
              lines=[("Enamel Camp Mug", 1, 1200), ("Cosy Fleece Pullover", 1, 4500)])  # fmt: skip
    lines = [("Enamel Camp Mug", 1, 1200), ("Cosy Fleece Pullover", 1, 4500),
             ("Storm Rain Jacket Blue", 1, 7900), ("Storm Rain Jacket Red", 1, 6900)]  # fmt: skip
    add_order(db, tenant.id, "#1004", customer_id=dave, created_at=RECENT, lines=lines)
    return shop


def _view(db: Database, tenant: Tenant, customer: int, product: int) -> None:
    with tenant_session(db, tenant.id) as session:
        session.add(InteractionEvent(kind=EventKind.VIEW, customer_id=customer,
                                     product_id=product))  # fmt: skip


def test_co_purchases_of_the_customers_orders_come_first(ctx: ToolContext, history: Shop) -> None:
    alice = replace(ctx, customer_id=history.alice)
    recs = recommend_products(alice, limit=3)
    assert [r.card.handle for r in recs[:2]] == ["fleece", "rain-jacket-blue"]
    # her own mug is named by its kind, not its title: the answer offers new things only
    # the learned sequence rows lead (the fleece came a step after the mug in its orders)
    assert (recs[0].reason, recs[0].because, recs[0].source) == ("next", "mug", "ordered")
    handles = [r.card.handle for r in recs]
    assert "camp-mug" not in handles  # she bought it already
    assert "rain-jacket-red" not in handles  # bought with it, but out of stock


def test_views_count_and_categories_follow(
    ctx: ToolContext, history: Shop, db: Database, tenant: Tenant
) -> None:
    bob = replace(ctx, customer_id=history.bob)  # ordered the trail jacket (nobody else did)
    _view(db, tenant, history.bob, history.products["fleece"])
    recs = recommend_products(bob, limit=5)
    why = [(r.card.handle, r.reason, r.because, r.source) for r in recs]
    # what the learned rows put after the fleece he looked at (bought with it; the blue
    # jacket is also like his own)
    assert {w[0] for w in why[:2]} == {"camp-mug", "rain-jacket-blue"}
    assert {w[1:] for w in why[:2]} == {("next", "pullover", "viewed")}
    # then what is like the jacket he ordered
    assert why[2] == ("packable-jacket", "similar", "jacket", "ordered")
    assert "trail-jacket" not in [r.card.handle for r in recs]  # his own order
    assert "fleece" not in [r.card.handle for r in recs]  # he has seen it already


def test_without_a_customer_popular_lately_comes_first(ctx: ToolContext, history: Shop) -> None:
    recs = recommend_products(ctx, limit=5)
    assert [r.card.handle for r in recs[:2]] == ["camp-mug", "fleece"]  # 2 units each lately
    assert {r.reason for r in recs[:3]} == {"trending"}
    with pytest.raises(ValueError, match="limit must be between 1 and 50"):
        recommend_products(ctx, limit=0)


def test_similar_and_goes_with_a_shown_product(ctx: ToolContext, history: Shop) -> None:
    recs = recommend_products(ctx, seed_product_ids=[history.products["rain-jacket-blue"]])
    assert recs[0].reason == "bought_with" and recs[0].source == "shown"
    assert recs[0].because == "Storm Rain Jacket Blue"
    similar = [r for r in recs if r.reason == "similar"]
    # same category, in stock, the one ordered before first
    assert [r.card.handle for r in similar] == ["trail-jacket", "packable-jacket"]
    assert "rain-jacket-blue" not in [r.card.handle for r in recs]


@pytest.fixture
def chat(db: Database, tenant: Tenant, settings: Settings) -> Any:
    return partial(ask, db, tenant, settings=settings, semantic_ratio=0.0)


def test_the_answer_says_why_and_cites_the_tool(chat: Any, history: Shop) -> None:
    answer = chat("what do you recommend for me?", customer_id=history.alice)
    assert answer.intent == "recommend"
    assert answer.text.startswith("Picked for you from your orders and browsing:")
    assert (
        "- **Cosy Fleece Pullover**: 45.00 USD, 7 in stock, often chosen after "
        "the mug you ordered [1]." in answer.text
    )
    assert answer.citations[0]["tool"] == "recommend_products"
    assert answer.citations[0]["refs"][0] == "fleece"
    assert answer.repairs == []
    similar = chat("anything similar to the first one?", session_id=answer.session_id)
    assert similar.intent == "recommend"
    assert similar.text.startswith("Often bought with or similar to Cosy Fleece Pullover:")
    anonymous = chat("gift ideas")
    assert anonymous.text.startswith("Popular in the store right now:")
    assert "trending: among the most ordered and viewed in the last 7 days [1]" in anonymous.text


def test_recommendations_never_reveal_other_customers(chat: Any, history: Shop) -> None:
    answer = chat("what should I buy?", customer_id=history.alice)
    shown = answer.text + repr(answer.citations) + repr(answer.to_dict()["products"])
    for secret in ("Carol", "Dave", "Bob", "carol@", "dave@", "#1002", "#1003", "#1004"):
        assert secret not in shown
    assert "#1001" not in shown  # not even her own order numbers: products only
    # no counts, dates or totals: the only numbers are prices and stock levels
    rest = re.sub(r"\d+\.\d\d USD|\d+ in stock|\[\d+\]", "", answer.text)
    assert not re.search(r"\d", rest), rest


def test_personalised_search_keeps_every_constraint(
    chat: Any, ctx: ToolContext, history: Shop
) -> None:
    query = "mug fleece jacket"
    anonymous = search_products(ctx, query, max_price=Decimal("80"))
    alice = replace(ctx, customer_id=history.alice)  # her category: Outdoor > Kitchen
    ranked = personalise(alice, anonymous)
    assert set(ranked) == set(anonymous)
    mug = next(c for c in anonymous if c.handle == "camp-mug")
    assert ranked.index(mug) == max(anonymous.index(mug) - 1, 0)  # one place at most
    assert [c for c in ranked if c != mug] == [c for c in anonymous if c != mug]
    assert personalise(ctx, anonymous) == anonymous  # nobody signed in: unchanged
    answer = chat(f"{query} under $80", customer_id=history.alice)
    assert {p.handle for p in answer.products} == {c.handle for c in anonymous}, answer.text
    assert all(p.price_minor <= 8000 for p in answer.products)
    blue = chat("jacket in blue", customer_id=history.alice)
    assert blue.products and all("blue" in p.colours for p in blue.products)
