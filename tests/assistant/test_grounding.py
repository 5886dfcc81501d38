# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""The grounding verifier repairs or drops claims the tool results do not support."""

from __future__ import annotations

from datetime import UTC, datetime

from tradewinds.assistant import OrderFacts, ProductCard, ToolResult, verify_answer
from tradewinds.core.money import Money

JACKET = ProductCard(1, "rain-jacket", "Rain Jacket", 7900, "USD", 4, "/products/rain-jacket")
MUG = ProductCard(2, "mug", "Camp Mug", 1200, "USD", 0, "/products/mug")


def _results() -> list[ToolResult]:
    search = ToolResult(n=1, tool="search_products", arguments={}, products=[JACKET, MUG])
    order = OrderFacts(7, "#1001", "paid", 2900, "USD", datetime(2026, 1, 1, tzinfo=UTC), [])
    return [search, ToolResult(n=2, tool="order_status", arguments={}, orders=[order])]


def test_supported_claims_pass_unchanged() -> None:
    text = "**Rain Jacket** costs 79.00 USD and has 4 in stock [1]. Order #1001 totals $29.00 [2]."
    verified = verify_answer(text, _results())
    assert verified.text == text
    assert verified.repairs == []


def test_a_wrong_price_or_stock_of_one_product_is_repaired() -> None:
    verified = verify_answer("**Rain Jacket** is only $19.99 with 40 in stock [1].", _results())
    assert verified.text == "**Rain Jacket** is only 79.00 USD with 4 in stock [1]."
    assert len(verified.repairs) == 2


def test_a_titles_own_figures_are_a_name_not_a_price() -> None:
    blocks = ProductCard(3, "blocks", "瑜伽砖 (2块装)", 1600, "USD", 15, "/products/blocks")
    results = [ToolResult(n=1, tool="search_products", arguments={}, products=[blocks])]
    text = "- **瑜伽砖 (2块装)**：16.00 USD，库存 15 件 [1]。"
    assert verify_answer(text, results).text == text
    wrong = verify_answer("**瑜伽砖 (2块装)** 只要 3块 [1]。", results)
    assert wrong.text == "**瑜伽砖 (2块装)** 只要 16.00 USD [1]。"


def test_unknown_products_orders_and_amounts_are_dropped() -> None:
    text = (
        "**Rain Jacket** costs 79.00 USD [1]. **Gold Tent** is 5.00 USD [1]. "
        "Order #1002 shipped [2]. Everything is 1.00 USD today."
    )
    verified = verify_answer(text, _results())
    assert verified.text == "**Rain Jacket** costs 79.00 USD [1]."
    assert len(verified.repairs) == 3


def test_budgets_citations_and_non_currency_numbers() -> None:
    budget = [Money(3000, "USD")]
    text = "Nothing under 30.00 USD [1]. It has 2 USB ports [1]. See [9]."
    verified = verify_answer(text, _results(), budget)
    assert verified.text == "Nothing under 30.00 USD [1]. It has 2 USB ports [1]. See."
    assert verified.repairs == ["removed citation [9] that points at no tool result"]


def test_an_amount_a_cited_policy_states_may_be_repeated() -> None:
    from tradewinds.assistant import PolicyPassage

    rule = PolicyPassage("shipping.md", "Shipping", "Free shipping over $50.00.", 1.0)
    results = [*_results(), ToolResult(n=3, tool="store_policies", arguments={}, passages=[rule])]
    assert verify_answer("Shipping: free over $50.00 [3].", results).repairs == []
    dropped = verify_answer("Shipping: free over $40.00 [3].", results)
    assert dropped.text == "" and dropped.repairs == ["dropped: unsupported amount '$40.00'"]
    # a product sentence still needs the product's own price, whatever a policy says
    fixed = verify_answer("**Camp Mug** costs $50.00 [1].", results)
    assert fixed.text == "**Camp Mug** costs 12.00 USD [1]."
