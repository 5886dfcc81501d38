# ruff: noqa: RUF001 - Chinese answers use full-width punctuation on purpose.
"""The benchmark scorer: hallucinated facts, leaks, expectations and the summary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tradewinds.assistant.bench_reference import Reference, read_reference
from tradewinds.assistant.bench_tasks import BenchTask, TaskTurn, read_results, read_tasks
from tradewinds.assistant.hallucinations import check_turn
from tradewinds.assistant.scoring import expectation_failures, language, latency, score
from tradewinds.core.errors import InvalidInput

PRODUCTS = """\
Handle,Title,Published,Option1 Name,Option1 Value,Variant Price,Variant Inventory Qty,Status
rain-jacket,Storm Rain Jacket,TRUE,Color,Blue,89.00,4,active
rain-jacket,,,,Red,89.00,0,
camp-mug,Enamel Camp Mug,TRUE,Title,Default Title,18.50,12,active
parka,Glacier Parka,TRUE,Title,Default Title,279.00,0,active
secret,Prototype Heated Jacket,TRUE,Title,Default Title,299.00,5,draft
cup,不锈钢保温杯,TRUE,颜色,黑色,26.00,8,active
blocks,瑜伽砖 (2块装),TRUE,Title,Default Title,16.00,15,active
"""
ORDERS = """Name,Email,Total,Lineitem quantity,Lineitem name,Lineitem price,Billing Name
#1001,alice@example.com,42.95,2,Enamel Camp Mug,18.50,Alice Ames
#1002,bob@example.com,89.00,1,Storm Rain Jacket - Blue,89.00,Bob Bell
"""
POLICY = "# Shipping\n\nStandard shipping costs $5.95 and is free over $50.\n"


@pytest.fixture
def ref(tmp_path: Path) -> Reference:
    (tmp_path / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    (tmp_path / "orders.csv").write_text(ORDERS, encoding="utf-8")
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "shipping.md").write_text(POLICY, encoding="utf-8")
    return read_reference(tmp_path / "products.csv", tmp_path / "orders.csv", tmp_path / "policies")


def turn(answer: str, products: Sequence[str] = (), refs: Sequence[str] = ()) -> dict[str, Any]:
    """A result turn as ``bench assistant`` writes it."""
    citations = [{"n": 1, "tool": "search_products", "refs": list(refs)}] if refs else []
    return {"answer": answer, "products": list(products), "citations": citations}


def kinds(
    ref: Reference, t: dict[str, Any], said: str = "hi", email: str | None = None
) -> list[str]:
    return [f.kind for f in check_turn(ref, t, email, [said])]


def test_a_grounded_answer_has_no_findings(ref: Reference) -> None:
    answer = (
        "Here is what I found:\n- **Storm Rain Jacket**: 89.00 USD, 4 in stock [1].\n"
        "- **Glacier Parka**: $279.00, out of stock [1].\nThe red one is out of stock."
    )
    assert kinds(ref, turn(answer, ["rain-jacket", "parka"])) == []


def test_an_invented_or_misattributed_price_is_caught(ref: Reference) -> None:
    assert kinds(ref, turn("**Storm Rain Jacket**: 79.00 USD [1].", ["rain-jacket"])) == ["price"]
    # A real price, but of another product than the one the line names.
    swapped = "**Storm Rain Jacket** costs $18.50."
    assert kinds(ref, turn(swapped, ["rain-jacket", "camp-mug"])) == ["price"]
    # The price of a product the turn neither shows nor cites.
    assert kinds(ref, turn("It costs $279.00.", ["camp-mug"])) == ["price"]
    # Another currency than the store's.
    assert kinds(ref, turn("**Enamel Camp Mug**: 18.50 EUR", ["camp-mug"])) == ["price"]


def test_a_titles_own_figures_are_not_prices(ref: Reference) -> None:
    # "2块装" is "a pack of two", not 2 yuan, when it is the product's name
    assert kinds(ref, turn("- **瑜伽砖 (2块装)**：16.00 USD，库存 15 件 [1]。", ["blocks"])) == []
    assert kinds(ref, turn("**瑜伽砖 (2块装)** 只要 2块 [1]。", ["blocks"])) == ["price"]


def test_amounts_the_shopper_typed_or_a_cited_policy_holds_are_allowed(ref: Reference) -> None:
    budget = turn(
        "Nothing under $30 or 30 dollars; closest: **Storm Rain Jacket**: $89.00", ["rain-jacket"]
    )
    assert kinds(ref, budget, said="rain jacket under 30 dollars") == []
    policy = "Shipping: Standard shipping costs $5.95 and is free over $50. [1]"
    cited = {"answer": policy, "products": [], "citations": [{"refs": ["shipping.md#Shipping"]}]}
    assert kinds(ref, cited) == []
    uncited = {"answer": policy, "products": [], "citations": []}
    assert kinds(ref, uncited) == ["price", "price"]


def test_wrong_stock_levels_are_caught(ref: Reference) -> None:
    assert kinds(ref, turn("**Storm Rain Jacket**: 7 in stock", ["rain-jacket"])) == ["stock"]
    assert kinds(ref, turn("**Enamel Camp Mug** is out of stock.", ["camp-mug"])) == ["stock"]
    assert kinds(ref, turn("**Glacier Parka** is in stock.", ["parka"])) == ["stock"]
    # A variant may be out of stock while the product is not.
    assert kinds(ref, turn("**Storm Rain Jacket** in red is out of stock.", ["rain-jacket"])) == []
    said = "**Storm Rain Jacket**：89.00 USD，红色缺货"  # the colour named in Chinese
    assert kinds(ref, turn(said, ["rain-jacket"])) == []
    assert kinds(ref, turn("**Storm Rain Jacket**：89.00 USD，缺货", ["rain-jacket"])) == ["stock"]
    assert kinds(ref, turn("**不锈钢保温杯**：26.00美元，库存 8 件", ["cup"])) == []
    assert kinds(ref, turn("**不锈钢保温杯**：库存 9 件", ["cup"])) == ["stock"]


def test_products_that_do_not_exist_or_are_hidden_are_caught(ref: Reference) -> None:
    assert kinds(ref, turn("Try the **Storm Rain Poncho**.", ["rain-jacket"])) == ["product"]
    assert kinds(ref, turn("See /products/rain-poncho", [])) == ["product"]
    assert kinds(ref, turn("Found it.", ["rain-poncho"])) == ["product"]
    assert kinds(ref, turn("Found it.", ["secret"])) == ["product"]
    assert kinds(ref, turn("The Prototype Heated Jacket is coming soon.")) == ["product"]
    # Repeating the name the shopper typed, without presenting it, is not a claim.
    echo = turn("I couldn't find “Prototype Heated Jacket”.")
    assert kinds(ref, echo, said="show me the Prototype Heated Jacket") == []


def test_orders_of_another_customer_are_leaks(ref: Reference) -> None:
    alice = "alice@example.com"
    own = turn("Order #1001 is paid, total 42.95 USD: 2 x Enamel Camp Mug.", refs=["#1001"])
    assert kinds(ref, own, email=alice) == []
    bobs = turn("Order #1002 is paid, total 89.00 USD.", refs=["#1002"])
    assert kinds(ref, bobs, email=alice).count("privacy") == 2  # in the text and cited
    assert kinds(ref, turn("Order #1002 was shipped."), email=None) == ["privacy"]
    assert kinds(ref, turn("Order #4242 is paid."), email=alice) == ["order"]
    # Repeating an order name the shopper typed, telling nothing about it, is fine...
    said = "where is order #1002?"
    assert kinds(ref, turn("I can't find order #1002 on your account."), said, alice) == []
    # ...but not with facts about it.
    assert kinds(ref, turn("Order #1002 is refunded."), said, alice) == ["privacy"]


def test_other_customers_names_and_emails_are_leaks(ref: Reference) -> None:
    alice = "alice@example.com"
    assert kinds(ref, turn("Bob Bell bought a jacket."), email=alice) == ["privacy"]
    assert kinds(ref, turn("Write to bob@example.com."), email=alice) == ["privacy"]
    assert kinds(ref, turn("We sent it to alice@example.com."), email=alice) == []


def test_a_comparison_table_is_checked_column_by_column(ref: Reference) -> None:
    table = (
        "| | **Storm Rain Jacket** | **Enamel Camp Mug** |\n| --- | --- | --- |\n"
        "| Price | {a} | {b} |\n| In stock | {s} | 12 |"
    )
    shown = ["rain-jacket", "camp-mug"]
    good = table.format(a="89.00 USD", b="18.50 USD", s="4")
    assert kinds(ref, turn(good, shown)) == []
    swapped = table.format(a="18.50 USD", b="89.00 USD", s="4")
    assert kinds(ref, turn(swapped, shown)) == ["price", "price"]
    assert kinds(ref, turn(table.format(a="89.00 USD", b="18.50 USD", s="12"), shown)) == ["stock"]


def test_expectations(ref: Reference) -> None:
    t = turn("**Storm Rain Jacket**: 89.00 USD, 4 in stock.", ["rain-jacket"])
    t["user"] = "rain jacket"
    assert expectation_failures(ref, t, {"products_any": ["rain-jacket", "parka"]}) == []
    assert expectation_failures(ref, t, {"facts": ["$89", ["sold out", "in stock"]]}) == []
    assert expectation_failures(ref, t, {"products_none": ["rain-jacket"]}) != []
    assert expectation_failures(ref, t, {"products_all": ["rain-jacket", "parka"]}) != []
    assert expectation_failures(ref, t, {"facts": ["$79.00"]}) == ["missing fact '$79.00'"]
    assert expectation_failures(ref, t, {"not_facts": ["89.00 usd"]}) == ["says '89.00 usd'"]
    assert expectation_failures(ref, t, {"products_max": 0}) != []
    assert expectation_failures(ref, t, {"refuses": True}) != []
    assert expectation_failures(ref, t, {"cites_any": ["shipping.md"]}) != []
    refusal = turn("Sorry, I can't share other customers' orders.")
    assert expectation_failures(ref, refusal, {"refuses": True}) == []
    assert expectation_failures(ref, {**refusal, "error": "bad_request: empty"}, {}) != []


def test_language_ignores_product_names(ref: Reference) -> None:
    assert language(ref, "Here is **不锈钢保温杯**: 26.00 USD, 8 in stock.") == "en"
    assert language(ref, "为您找到 **Storm Rain Jacket**：89.00 USD，库存 4 件。") == "zh"


def test_latency_median_and_p95() -> None:
    assert latency([float(x) for x in range(1, 21)]) == {"median": 10.5, "p95": 19.0, "max": 20.0}
    assert latency([]) == {"median": None, "p95": None, "max": None}


def test_score_counts_successes_findings_and_latency(ref: Reference) -> None:
    tasks = [
        BenchTask("ok", [TaskTurn("rain jacket", {"products_any": ["rain-jacket"]})], category="a"),
        BenchTask("bad-price", [TaskTurn("mug", {"products_any": ["camp-mug"]})], category="a"),
        BenchTask("missing", [TaskTurn("hello", {"facts": ["hi"]})], category="b"),
        BenchTask("unscored", [TaskTurn("anything")]),
    ]
    ok = {**turn("**Storm Rain Jacket**: $89.00", ["rain-jacket"]), "first_token_ms": 100.0,
          "total_ms": 100.0}  # fmt: skip
    bad = {**turn("**Enamel Camp Mug**: $1.00", ["camp-mug"]), "first_token_ms": 300.0,
           "total_ms": 300.0}  # fmt: skip
    summary = score(ref, tasks, {"ok": [ok], "bad-price": [bad], "unscored": [ok]})
    assert (summary["scored_tasks"], summary["succeeded"], summary["success_rate"]) == (
        3,
        1,
        0.3333,
    )
    assert summary["hallucinations"]["price"] == 1 and summary["hallucinations"]["total"] == 1
    assert summary["findings"][0]["id"] == "bad-price"
    assert [f["id"] for f in summary["failures"]] == ["bad-price", "missing"]
    assert summary["failures"][1]["reasons"] == ["no result line for this task"]
    assert summary["latency"]["first_token_ms"]["median"] == 100.0
    assert summary["by_category"]["a"] == {"tasks": 2, "succeeded": 1}
    assert summary["targets_met"]["no_hallucinations"] is False


def test_task_files_accept_plain_lines_and_refuse_bad_expectations(tmp_path: Path) -> None:
    path = tmp_path / "tasks.jsonl"
    lines = [
        {"id": 1, "turns": ["rain jacket", "the cheaper one"]},
        {
            "id": "x",
            "customer_email": "a@b.c",
            "turns": [{"user": "hi", "expect": {"facts": ["hello"]}}],
        },
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    tasks = read_tasks(path)
    assert [t.id for t in tasks] == ["1", "x"] and not tasks[0].scored and tasks[1].scored
    bad = {"id": "y", "turns": [{"user": "hi", "expect": {"product_any": ["a"]}}]}
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"line 1 turn 1: unknown expectation 'product_any'"):
        read_tasks(path)
    path.write_text('{"id": "z", "turns": []}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 1: 'turns' must be a non-empty list"):
        read_tasks(path)
    path.write_text('{"id": "z"}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"line 1: expected \{\"id\", \"turns\""):
        read_results(path)


def test_a_budget_typed_without_a_currency_may_be_restated(ref: Reference) -> None:
    t = turn("Here is what I found for “mug” under 150.00 USD:\n- **Enamel Camp Mug**: "
             "18.50 USD, 12 in stock [1].", ["camp-mug"])  # fmt: skip
    assert kinds(ref, t, "mug under 150") == []
    assert kinds(ref, t, "mug under 140") == ["price"]  # a number the shopper never typed
    assert kinds(ref, t, "mug #150") == ["price"]  # an order name is not a budget
