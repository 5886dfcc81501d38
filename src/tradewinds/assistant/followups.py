"""Searches and order lists shaped by what came before or by the catalogue: a cheaper
product of the kind just shown, a Chinese query retried with its English shop nouns on an
English catalogue, and the orders a question names by their items."""

from __future__ import annotations

from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.facts import OrderFacts, ProductCard, ToolResult
from tradewinds.assistant.intent import Plan


def cheaper_kind(
    ctx: tools.ToolContext, plan: Plan, cap: ProductCard, result: ToolResult
) -> list[ProductCard]:
    """Cheaper products of ``cap``'s kind and category for the new words ("to track my
    runs" after a GPS watch: other watches); [] when there are none."""
    if not cap.category:
        return []
    query = plan.query if cap.kind.lower() in plan.query.lower() else f"{plan.query} {cap.kind}"
    found = tools.search_products(ctx, query.strip(), min_price=plan.min_price,
                                  max_price=plan.max_price, colour=plan.colour,
                                  in_stock=plan.in_stock, age=plan.age,
                                  category=cap.category)  # fmt: skip
    found = [c for c in found if c.price_minor < cap.price_minor and c.id != cap.id]
    if found:
        plan.query = query.strip()
        result.arguments.update(query=plan.query, category=cap.category)
    return found


def other_language(
    ctx: tools.ToolContext, plan: Plan, found: list[ProductCard]
) -> tuple[list[ProductCard], str]:
    """The search in the catalogue's other language when it matches better: a Chinese
    query is also searched in English and an English one in Chinese (words translated by
    the dictionary, :mod:`tradewinds.text.bilingual`) unless a product already has every
    word; the results whose best product covers more of its query's words win, the
    original on a tie."""
    from tradewinds.assistant.relevance import best_overlap, query_terms
    from tradewinds.text import has_chinese, to_chinese, to_english

    if not plan.query:
        return found, plan.query
    mine = query_terms(plan.query)
    here = best_overlap(found, mine) / len(mine) if mine else 0.0
    if here >= 1.0:  # every word of the query is in a product already
        return found, plan.query
    chinese = has_chinese(plan.query)
    other = to_english(plan.query, per_word=2) if chinese else to_chinese(plan.query)
    if not other or other == plan.query:
        return found, plan.query
    again = tools.search_products(ctx, other, min_price=plan.min_price,
                                  max_price=plan.max_price, colour=plan.colour,
                                  in_stock=plan.in_stock, age=plan.age)  # fmt: skip
    if not again:
        return found, plan.query
    theirs = query_terms(other)
    there = best_overlap(again, theirs) / len(theirs) if theirs else 0.0
    # a Chinese query none of whose words is in a product: English is the better bet (the
    # dictionary's words are good, and search's meaning half matches "raincoat" to a rain
    # jacket); English -> Chinese single words are too ambiguous for that
    better = there > here or (here == 0 and chinese and not has_chinese(other))
    if better:
        return again, other
    if there == here and chinese:  # as good: both, the shopper's language first
        return found + [c for c in again if c not in found], plan.query
    return found, plan.query


def cheaper_than(ctx: tools.ToolContext, plan: Plan, state: dict[str, Any]) -> ProductCard | None:
    """The product a "cheaper" search with new words is measured against ("anything
    cheaper to track my runs?" after a watch was shown): its price becomes the
    (exclusive) ceiling of a search for the new words."""
    if plan.reference != "cheaper" or not plan.query or not state.get("shown"):
        return None
    shown = tools.product_cards(ctx, [int(i) for i in state["shown"]])
    if not shown:
        return None
    cap = shown[0]  # the product talked about (the top one of a list)
    price = cap.price.amount
    if plan.max_price is None or plan.max_price >= price:
        plan.max_price = price
    return cap


def orders_about(orders: list[OrderFacts], words: str) -> list[OrderFacts]:
    """The orders with an item the question names ("did my headphones ship?"); all of
    them when it names none of their items."""
    return named_orders(orders, words) or orders


def named_orders(orders: list[OrderFacts], words: str) -> list[OrderFacts]:
    """The orders with an item ``words`` name ("has the standing desk shipped?"); [] when
    they name none."""
    from tradewinds.assistant.relevance import query_terms

    terms = set(query_terms(words))
    return [o for o in orders if terms & set(query_terms(" ".join(o.items)))] if terms else []
