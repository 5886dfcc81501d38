"""The tools: plain functions over the store, search and routing, on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.assistant.conftest import Shop
from tradewinds.assistant import (
    DeliveryRule,
    ToolContext,
    check_stock,
    compare_products,
    order_status,
    product_details,
    search_products,
)
from tradewinds.core.errors import NotFound


def test_search_applies_price_and_stock_filters(ctx: ToolContext, shop: Shop) -> None:
    cards = search_products(ctx, "rain jacket", max_price=Decimal("75"))
    assert [c.handle for c in cards] == ["rain-jacket-red"]
    assert cards[0].price_minor == 6900 and cards[0].currency == "USD"
    assert cards[0].url == "/products/rain-jacket-red"
    in_stock = search_products(ctx, "jacket", in_stock=True)
    assert {c.handle for c in in_stock} == {"rain-jacket-blue", "trail-jacket"}


def test_search_keeps_only_the_asked_colour(ctx: ToolContext, shop: Shop) -> None:
    cards = search_products(ctx, "rain jacket", colour="red")
    assert [c.handle for c in cards] == ["rain-jacket-red"]
    assert "red" in cards[0].colours
    assert search_products(ctx, "rain jacket", colour="green") == []  # not the green fleece


def test_details_compare_and_stock(ctx: ToolContext, shop: Shop) -> None:
    details = product_details(ctx, shop.products["trail-jacket"])
    assert details.card.stock == 2 and details.card.price_minor == 12900
    assert details.attributes["color"] == "Blue"
    assert details.category == "Apparel > Jackets"
    table = compare_products(
        ctx, [shop.products["rain-jacket-blue"], shop.products["trail-jacket"]]
    )
    assert table.rows["Price"] == ["79.00 USD", "129.00 USD"]
    assert table.rows["In stock"] == ["4", "2"]
    assert check_stock(ctx, shop.products["rain-jacket-red"]).card.stock == 0
    with pytest.raises(NotFound):
        product_details(ctx, 999_999)


def test_orders_are_visible_only_to_their_customer(ctx: ToolContext, shop: Shop) -> None:
    with pytest.raises(NotFound, match="sign in"):
        order_status(ctx)
    alice = replace(ctx, customer_id=shop.alice)
    mine = order_status(alice)
    assert [o.name for o in mine] == ["#1001"]
    assert mine[0].total_minor == 2900 and mine[0].items == ["2 x Enamel Camp Mug"]
    with pytest.raises(NotFound, match="no order '#1002' on this customer's account"):
        order_status(alice, "#1002")  # Bob's order: reported exactly like a missing one


def test_delivery_promise_falls_back_to_the_configured_rule(ctx: ToolContext, shop: Shop) -> None:
    alice = replace(ctx, customer_id=shop.alice, delivery_rule=DeliveryRule(1, 3))
    (order,) = order_status(alice, "1001")
    assert order.promise_source == "rule"
    assert order.promised_start == order.created_at + timedelta(days=1)
    assert order.promised_end == order.created_at + timedelta(days=3)
    with pytest.raises(ValueError, match="min_days <= max_days"):
        DeliveryRule(5, 2)
