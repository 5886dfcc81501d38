"""'Do we carry it?' on the fixture shop, with the real MiniLM deciding by meaning."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from tests.assistant.conftest import Shop
from tradewinds.assistant import ask
from tradewinds.assistant.carried import judge
from tradewinds.core.settings import Settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


@pytest.fixture
def chat(db: Database, tenant: Tenant, settings: Settings) -> Any:
    # hybrid search: its meaning half always finds *something*, which is what is judged
    return partial(ask, db, tenant, settings=settings, semantic_ratio=0.5)


def test_a_thing_the_shop_does_not_sell_is_said_so(chat: Any, ctx: Any, shop: Shop) -> None:
    from tradewinds.assistant import search_products

    answer = chat("do you sell chainsaws?")
    assert "don't carry" in answer.text or "couldn't find" in answer.text
    assert answer.products == []
    # what a hybrid search would fill the page with is judged by meaning: not a chainsaw
    nearest = search_products(ctx, "jacket mug fleece")
    verdict = judge(ctx, "chainsaws", nearest)
    assert verdict is not None and verdict.kind == "none" and verdict.cards == []
    closest = judge(ctx, "travel mug", nearest)  # a mug, but not a travel one
    assert closest is not None and closest.kind in ("match", "alternatives") and closest.cards
    # a word in common is not the thing: a camp mug is not a mug rack
    other = judge(ctx, "mug racks", nearest, "do you sell mug racks for the kitchen?")
    assert other is not None and other.kind == "none" and other.cards == []


def test_what_the_shop_sells_is_found(chat: Any, shop: Shop) -> None:
    answer = chat("do you sell rain jackets?")
    assert "don't carry" not in answer.text
    assert any(p.handle.startswith("rain-jacket") for p in answer.products)


def test_needs_and_long_requests_are_not_judged(ctx: Any, shop: Shop) -> None:
    from tradewinds.assistant import search_products

    found = search_products(ctx, "jacket")
    assert judge(ctx, "a gift for my brother who hikes", found) is None
    assert judge(ctx, "something warm to wear on a long rainy hike in the hills", found) is None
    verdict = judge(ctx, "rain jacket", found)
    assert verdict is not None and verdict.kind == "match" and verdict.cards == found


def test_an_english_phrase_is_carried_only_with_its_head_noun() -> None:
    from tradewinds.assistant.carried import _head_covered

    said = ["electric", "toothbrushe"]
    assert not _head_covered("electric toothbrushes", said, {"electric"})
    assert _head_covered("electric toothbrushes", said, {"toothbrushe"})
    assert _head_covered("no-pull harness XL", ["pull", "harness", "xl"], {"pull", "harness"})
    assert _head_covered("shoes for running", ["shoe", "for", "running"], {"shoe"})


def test_a_brand_is_not_a_kind_of_thing(ctx: Any, shop: Shop) -> None:
    from tradewinds.assistant import search_products

    found = search_products(ctx, "storm rain jacket")  # "Storm" begins a title: a name
    verdict = judge(ctx, "storm", found, "do you have the storm in stock?")
    assert verdict is None or verdict.kind != "none"
