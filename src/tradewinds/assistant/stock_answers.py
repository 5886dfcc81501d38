"""Stock answers of the planner: a product's stock in total, per variant, in the colour
or variant the shopper named, and in-stock alternatives to a sold-out product."""

from __future__ import annotations

from tradewinds.assistant import tools
from tradewinds.assistant.draft import Draft, product_line
from tradewinds.assistant.facts import ProductCard, ProductDetails, ToolResult
from tradewinds.assistant.intent import Plan
from tradewinds.assistant.phrases import colour_word, stock_text
from tradewinds.assistant.variants import asked_variants, names_only_a_colour


def answer_stock(ctx: tools.ToolContext, plan: Plan, draft: Draft, result: ToolResult) -> None:
    """Stock of the product in ``result``: of the colour asked for when it has that colour
    ("is it in stock in black?"), else in total and per variant; alternatives if none."""
    details = result.details[0]
    card, n = details.card, result.n
    asked = asked_variants(details, plan.text)
    coloured = tools.product_cards(ctx, [card.id], colour=plan.colour) if plan.colour else []
    if asked and names_only_a_colour(asked[0], plan.text) and coloured and coloured[0].colour:
        asked = []  # "in red?": the colour's stock below says it (when the colour is known
        # as one: a "Finish: Black" option is not, and its variant's stock answers)
    if asked and not (coloured and len(asked) > 1):  # "the harness in XL red", "24磅装"
        draft.sentences += [
            draft.say("stock_of_variant", title=card.title, variant=v.title,
                      stock=stock_text(draft.language, v.stock), n=n)
            for v in asked
        ]  # fmt: skip
        if all(v.stock == 0 for v in asked):
            _in_stock_variants(draft, details, n)
        return
    if coloured and coloured[0].colour:
        card = coloured[0]
        result.products = [card]  # its colour's stock is a fact the answer may state
        key = "stock_some_colour" if card.stock else "stock_none_colour"
        colour = colour_word(draft.language, card.colour)
        if colour.lower() != card.colour:  # 绿色 (Green): the listing's own word too
            parts = (p for v in details.variants for p in v.title.split(" / "))
            listed = next((p for p in parts if p.lower() == card.colour), card.colour)
            colour += _BRACKETED.format(listed)
        draft.sentences.append(
            draft.say(key, title=card.title, count=card.stock, colour=colour, n=n)
        )
        if card.stock == 0 and any(v.stock for v in details.variants):
            _in_stock_variants(draft, details, n)  # its other colours before other products
            return
    else:
        if plan.colour:  # "can I get it in red?" and it has no red
            colour = colour_word(draft.language, plan.colour)
            draft.sentences.append(draft.say("no_colour", title=card.title, colour=colour, n=n))
        key = "stock_some" if card.stock else "stock_none"
        draft.sentences.append(draft.say(key, title=card.title, count=card.stock, n=n))
        draft.sentences += [
            draft.say("stock_variant", variant=v.title, stock=stock_text(draft.language, v.stock),
                      n=n)
            for v in details.variants
            if len(details.variants) > 1
        ]  # fmt: skip
    if card.stock == 0:
        offer_alternatives(ctx, draft, card)


_BRACKETED = "\uff08{}\uff09"  # full-width brackets, as Chinese text writes them


def _in_stock_variants(draft: Draft, details: ProductDetails, n: int) -> None:
    """The variants that are in stock, after the one asked for turned out not to be."""
    others = [v for v in details.variants if v.stock > 0]
    if others:
        draft.sentences.append(draft.say("other_variants"))
        draft.sentences += [
            draft.say("stock_variant", variant=v.title, stock=stock_text(draft.language, v.stock),
                      n=n)
            for v in others
        ]  # fmt: skip


def offer_alternatives(ctx: tools.ToolContext, draft: Draft, card: ProductCard) -> None:
    """In-stock products like ``card`` (which is sold out): a search, in its category, for
    its type and tags ("Jacket down expedition winter"), those of its type first; its
    title when it has neither. Products of other categories are never offered."""
    words = " ".join(card.text.split()[len(card.title.split()) :]) or card.title
    arguments = {"query": words, "in_stock": "True"}
    result = draft.call("search_products", **arguments,
                        **({"category": card.category} if card.category else {}))  # fmt: skip
    shown = {c.id for c in draft.cards} | {card.id}
    found = tools.search_products(ctx, words, in_stock=True, category=card.category or None,
                                  limit=8)  # fmt: skip
    found = [c for c in found
             if c.id not in shown and c.category == card.category]  # fmt: skip
    same_kind = [c for c in found if card.kind and c.kind == card.kind]
    result.products = (same_kind + [c for c in found if c not in same_kind])[:2]
    if not result.products:
        draft.results.pop()
        return
    draft.sentences.append(draft.say("alternatives"))
    label = draft.say("alternative")
    draft.sentences += [product_line(draft, c, result.n, label) for c in result.products]
    draft.show(result.products)
