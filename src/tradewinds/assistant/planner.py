"""The embedded-model planner: run the tools a :class:`Plan` needs, deterministically,
and compose the answer from templates, each claim citing the tool result it came from."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.carried import Carried, judge
from tradewinds.assistant.draft import Draft, product_line
from tradewinds.assistant.facts import ProductCard, Recommendation, ToolResult
from tradewinds.assistant.followups import (
    cheaper_kind,
    cheaper_than,
    named_orders,
    other_language,
)
from tradewinds.assistant.intent import COMPARE_SEPARATOR, Plan, audience_query, mentions_purchase
from tradewinds.assistant.language import DEFAULT_LANGUAGE
from tradewinds.assistant.phrases import colour_word, constraint_text, say, stock_text
from tradewinds.assistant.policies import policy_coverage, policy_directory
from tradewinds.assistant.product_answers import answer_question, answer_ranking, fitting
from tradewinds.assistant.recommend import personalise, recommend_products
from tradewinds.assistant.relevance import best_overlap, cut_loose, query_terms
from tradewinds.assistant.service_answers import answer_orders, answer_policy
from tradewinds.core.errors import NotFound
from tradewinds.core.money import Money
from tradewinds.text import has_chinese, to_english

HELP = say("en", "help")
RECOMMEND_DAYS = 30  # the "trending" window of recommendations


def _merge(plan: Plan, state: dict[str, Any]) -> Plan:
    """A refinement keeps the previous query and filters, replacing those it names."""
    if not plan.is_refinement or not state.get("query"):
        return plan
    for name in ("min_price", "max_price"):
        if getattr(plan, name) is None and state.get(name):
            setattr(plan, name, Decimal(state[name]))
    plan.colour = plan.colour or state.get("colour")
    plan.in_stock = plan.in_stock if plan.in_stock is not None else state.get("in_stock")
    if plan.age is None and state.get("age"):
        plan.age = (int(state["age"][0]), int(state["age"][1]))
    plan.query = str(state["query"])
    return plan


def _search(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    plan = _merge(plan, draft.state)
    audience_query(plan)
    currency = ctx.tenant.currency
    cap = cheaper_than(ctx, plan, draft.state)
    if cap is not None:  # named by the product, not by a price the shopper never typed
        ceiling, plan.max_price = plan.max_price, None
        wanted = constraint_text(draft.language, currency, plan)
        wanted = _tidy(f"{wanted} {draft.say('c_cheaper', title=cap.title)}")
        plan.max_price = ceiling
    else:
        wanted = constraint_text(draft.language, currency, plan)
    draft.budget += [
        Money.from_decimal(x, currency)
        for x in (plan.min_price, None if cap else plan.max_price)
        if x is not None
    ]
    age = f"{plan.age[0]}-{plan.age[1]}" if plan.age is not None else None
    filters: dict[str, object] = {"min_price": plan.min_price, "max_price": plan.max_price,
                                  "colour": plan.colour, "in_stock": plan.in_stock,
                                  "age": age}  # fmt: skip
    result = draft.call("search_products", query=plan.query,
                        **{k: str(v) for k, v in filters.items() if v is not None})  # fmt: skip
    found = tools.search_products(
        ctx,
        plan.query,
        min_price=plan.min_price,
        max_price=plan.max_price,
        colour=plan.colour,
        in_stock=plan.in_stock,
        age=plan.age,
    )
    # Loose matches (the dense half of the search fills the page) are not presented as
    # matches; those of the query without its filters are the closest alternatives.
    found, plan.query = other_language(ctx, plan, found)
    result.arguments["query"] = plan.query
    if cap is not None:
        found = cheaper_kind(ctx, plan, cap, result) or [
            c for c in found if c.price_minor < cap.price_minor and c.id != cap.id
        ]
    filtered = any(v is not None for k, v in filters.items() if k != "age") or bool(plan.measures)
    if plan.measures or plan.sizes:  # "at least 6 ft long": judged on what products state
        found = tools.search_products(ctx, plan.query, min_price=plan.min_price,
                                      max_price=plan.max_price, colour=plan.colour,
                                      in_stock=plan.in_stock, age=plan.age, limit=20)  # fmt: skip
        found, measured = fitting(ctx, plan, found)
        found = found[:5]
        wanted = _tidy(
            f"{wanted} {' '.join(draft.say('c_measure', text=m.text) for m in plan.measures)}"
        )
    else:
        measured = {}
    found, unfiltered = cut_loose(ctx, plan.query, found, filtered=filtered, age=plan.age)
    verdict = judge(ctx, plan.query, found) if cap is None else None
    if verdict is not None and verdict.kind == "match":
        found = verdict.cards
    # With a customer, their categories move up a little; the set (so every filter) stays.
    result.products = personalise(ctx, found) if ctx.customer_id is not None else found
    draft.state.update(
        query=plan.query,
        min_price=str(plan.min_price) if plan.min_price is not None else None,
        max_price=str(plan.max_price) if plan.max_price is not None else None,
        colour=plan.colour,
        in_stock=plan.in_stock,
        age=list(plan.age) if plan.age is not None else None,
    )
    if verdict is not None and verdict.kind != "match":  # "do you sell chainsaws?"
        _not_carried(draft, plan.query, verdict, result)
        return
    what = draft.say("what_query", query=plan.query) if plan.query else draft.say("what_none")
    if result.products:
        draft.sentences.append(_tidy(draft.say("found", what=what, wanted=wanted)))
        draft.sentences += [
            product_line(
                draft,
                c,
                result.n,
                draft.say("measured", value=measured[c.id]) if c.id in measured else "",
            )
            for c in result.products
        ]
        draft.show(result.products)
        draft.state["shown"] = [c.id for c in result.products]
        top = result.products[0]
        if top.stock == 0 and plan.query and top.title.lower() in plan.query.lower():
            _alternatives(ctx, draft, top)  # they asked for it by name, and it is sold out
        return
    closest = draft.call("search_products", query=plan.query,
                         **({"age": age} if age is not None else {}))  # fmt: skip
    closest.products = unfiltered[:3] or tools.search_products(
        ctx, plan.query, age=plan.age, limit=3
    )
    if not closest.products:
        draft.sentences.append(_tidy(draft.say("nothing", what=what)))
        return
    draft.sentences.append(_tidy(draft.say("no_fit", what=what, wanted=wanted)))
    label = draft.say("closest")
    draft.sentences += [product_line(draft, c, closest.n, label) for c in closest.products]
    draft.show(closest.products)
    draft.state["shown"] = [c.id for c in closest.products]


def _not_carried(draft: Draft, query: str, verdict: Carried, result: ToolResult) -> None:
    """ "We don't carry that", with the closest alternatives (labelled) when any is near."""
    what = draft.say("what_query", query=query)
    draft.state["shown"] = [c.id for c in verdict.cards]
    if not verdict.cards:
        draft.sentences.append(draft.say("not_carried", what=what))
        draft.results.remove(result)
        return
    result.products = verdict.cards
    draft.sentences.append(draft.say("not_exactly", what=what))
    label = draft.say("closest")
    draft.sentences += [product_line(draft, c, result.n, label) for c in verdict.cards]
    draft.show(verdict.cards)


def _tidy(sentence: str) -> str:
    """A template with an empty slot, without the doubled or stray space it leaves."""
    return " ".join(sentence.split()).replace(" :", ":").replace(" .", ".")


def _referenced(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> list[ProductCard]:
    """The products the message points at: a reference to those shown, or a new search."""
    shown = tools.product_cards(ctx, [int(i) for i in draft.state.get("shown", [])])
    if plan.intent == "compare" and shown and not plan.query:
        return shown[:3]
    if plan.reference and shown:
        if plan.reference == "cheaper":
            return [min(shown, key=lambda c: (c.price_minor, c.id))]
        if plan.reference == "dearer":
            return [max(shown, key=lambda c: (c.price_minor, -c.id))]
        index = {"first": 0, "second": 1, "third": 2, "last": -1, "it": 0}[plan.reference]
        return [shown[index]] if -len(shown) <= index < len(shown) else []
    if plan.query and plan.intent == "compare" and COMPARE_SEPARATOR in plan.query:
        named: list[ProductCard] = []  # "compare A and B": the best match of each
        for part in plan.query.split(COMPARE_SEPARATOR)[:4]:
            named += [c for c in tools.search_products(ctx, part, limit=1) if c not in named]
        if len(named) >= 2:
            return named
    if plan.query:
        found = tools.search_products(ctx, plan.query, limit=3 if plan.intent == "compare" else 1)
        return found
    return []


def _details(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    cards = _referenced(ctx, plan, draft)
    if not cards:
        draft.sentences.append(draft.say("which"))
        return
    result = draft.call("product_details", product_id=cards[0].id)
    details = tools.product_details(ctx, cards[0].id)
    result.details = [details]
    card, n = details.card, result.n
    draft.show([card])
    draft.state["shown"] = [card.id]
    if plan.intent == "stock":
        _stock(ctx, plan, draft, result)
        return
    stock = stock_text(draft.language, card.stock)
    draft.sentences.append(draft.say("costs", title=card.title, price=card.price, stock=stock, n=n))
    if details.vendor or details.category:
        made = draft.say("made_by", vendor=details.vendor) if details.vendor else ""
        category = details.category or draft.say("our_catalogue")
        draft.sentences.append(draft.say("category", category=category, made=made, n=n))
    if details.attributes:
        pairs = draft.say("pair_join").join(
            draft.say("pair", name=k, value=v) for k, v in details.attributes.items()
        )
        draft.sentences.append(draft.say("attributes", pairs=pairs, n=n))
    if details.summary:
        draft.sentences.append(draft.say("summary", summary=details.summary, n=n))


def _stock(ctx: tools.ToolContext, plan: Plan, draft: Draft, result: ToolResult) -> None:
    """Stock of the product in ``result``: of the colour asked for when it has that colour
    ("is it in stock in black?"), else in total and per variant; alternatives if none."""
    details = result.details[0]
    card, n = details.card, result.n
    coloured = tools.product_cards(ctx, [card.id], colour=plan.colour) if plan.colour else []
    if coloured and coloured[0].colour:
        card = coloured[0]
        result.products = [card]  # its colour's stock is a fact the answer may state
        key = "stock_some_colour" if card.stock else "stock_none_colour"
        colour = colour_word(draft.language, card.colour)
        draft.sentences.append(
            draft.say(key, title=card.title, count=card.stock, colour=colour, n=n)
        )
    else:
        if plan.colour:  # "can I get it in red?" and it has no red
            colour = colour_word(draft.language, plan.colour)
            draft.sentences.append(draft.say("no_colour", title=card.title, colour=colour, n=n))
        key = "stock_some" if card.stock else "stock_none"
        draft.sentences.append(draft.say(key, title=card.title, count=card.stock, n=n))
        draft.sentences += [
            draft.say("stock_variant", variant=v.title, count=v.stock, n=n)
            for v in details.variants
            if len(details.variants) > 1
        ]
    if card.stock == 0:
        _alternatives(ctx, draft, card)


def _alternatives(ctx: tools.ToolContext, draft: Draft, card: ProductCard) -> None:
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


def _compare(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    if plan.ranking is not None:  # "compare the two cheapest tents": ranked, then compared
        cards = answer_ranking(ctx, plan, draft, listed=False)
        if len(cards) < 2:
            return
    else:
        cards = _referenced(ctx, plan, draft)
    if len(cards) < 2:
        draft.sentences.append(draft.say("need_two"))
        return
    result = draft.call("compare_products", product_ids=[c.id for c in cards])
    table = tools.compare_products(ctx, [c.id for c in cards])
    result.comparison = table
    draft.show(table.products)
    n = result.n
    header = "| | " + " | ".join(f"**{c.title}**" for c in table.products) + " |"
    rows = [
        f"| {_row_name(draft, key)} | " + " | ".join(values) + " |"
        for key, values in table.rows.items()
    ]
    cheapest = min(table.products, key=lambda c: (c.price_minor, c.id))
    draft.sentences.append(draft.say("compare_intro", n=n))
    draft.sentences += [header, "|" + " --- |" * (len(table.products) + 1), *rows]
    draft.sentences.append(draft.say("cheapest", title=cheapest.title, price=cheapest.price, n=n))


def _row_name(draft: Draft, key: str) -> str:
    """The fixed rows of a comparison (Price, In stock, Brand, Category) in the answer's
    language; attribute names as the catalogue has them."""
    if key in ("Price", "In stock", "Brand", "Category"):
        return draft.say(f"row_{key}")
    return key


def _why(draft: Draft, rec: Recommendation) -> str:
    if rec.reason == "bought_with":
        return draft.say(f"why_bought_with_{rec.source or 'shown'}", because=rec.because)
    category = rec.card.category.rsplit(" > ", 1)[-1]
    return draft.say(f"why_{rec.reason}", because=rec.because, category=category,
                     days=RECOMMEND_DAYS)  # fmt: skip


def _recommend(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    seeds = _referenced(ctx, plan, draft) if plan.reference else []
    arguments: dict[str, Any] = {"seed_product_ids": [c.id for c in seeds]} if seeds else {}
    result = draft.call("recommend_products", **arguments)
    result.recommendations = recommend_products(
        ctx, seed_product_ids=[c.id for c in seeds] or None, days=RECOMMEND_DAYS
    )
    if not result.recommendations:
        draft.results.pop()
        draft.sentences.append(draft.say("rec_none"))
        return
    personal = any(r.source in ("ordered", "carted", "viewed") or r.reason == "category"
                   for r in result.recommendations)  # fmt: skip
    if seeds:
        draft.sentences.append(draft.say("rec_seeded", seed=seeds[0].title))
    else:
        draft.sentences.append(draft.say("rec_personal" if personal else "rec_popular"))
    for rec in result.recommendations:
        card = rec.card
        draft.sentences.append(draft.say(
            "rec_line", title=card.title, price=card.price,
            stock=stock_text(draft.language, card.stock), why=_why(draft, rec), n=result.n,
        ))  # fmt: skip
    cards = [r.card for r in result.recommendations]
    draft.show(cards)
    draft.state["shown"] = [c.id for c in cards]


def _ask(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    """A question about one product; a search when it names none and none is in focus."""
    if not answer_question(ctx, plan, draft):
        plan.intent = "search"
        _search(ctx, plan, draft)


def _rank(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    answer_ranking(ctx, plan, draft)


def _refuse(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    """The system prompt and other customers' data: no tool runs, the answer says no."""
    draft.sentences.append(draft.say("refuse"))


_HANDLERS = {
    "search": _search,
    "details": _details,
    "stock": _details,
    "compare": _compare,
    "order": answer_orders,
    "delivery": answer_orders,
    "policy": answer_policy,
    "recommend": _recommend,
    "refuse": _refuse,
    "ask": _ask,
    "rank": _rank,
}


def _about_own_order(ctx: tools.ToolContext, plan: Plan) -> bool:
    """A signed-in shopper asking about something they bought ("has the standing desk
    shipped?") is answered from their orders when one of them has that item."""
    if ctx.customer_id is None or plan.intent not in ("search", "ask", "details", "policy",
                                                       "stock", "delivery"):  # fmt: skip
        return False
    if plan.intent == "delivery" or not mentions_purchase(plan.text):
        return False
    try:
        orders = tools.order_status(ctx)
    except NotFound:
        return False
    words = to_english(plan.text) if has_chinese(plan.text) else plan.text
    return bool(named_orders(orders, f"{plan.text} {words}"))


POLICY_SHARE = 0.5  # of the message's words one policy passage must contain


def _about_policy(ctx: tools.ToolContext, plan: Plan) -> bool:
    """A message about the store's own rules that no keyword marked ("is there a
    restocking fee if I opened it?"): most of its words are in one of the tenant's policy
    passages, and fewer of them in any product the search finds."""
    if plan.intent not in ("search", "ask") or not plan.text:
        return False
    cover = policy_coverage(policy_directory(ctx.settings, ctx.tenant.slug), plan.text)
    if cover < POLICY_SHARE:
        return False
    terms = query_terms(plan.query)
    if not terms:
        return True
    found = tools.search_products(ctx, plan.query, limit=5)
    return cover > best_overlap(found, terms) / len(terms)


def run_plan(ctx: tools.ToolContext, plan: Plan, state: dict[str, Any]) -> Draft:
    """Run the tools ``plan`` needs and compose the answer's sentences.

    The answer is in the message's language, or the session's when the message does not
    tell ("#1001"); ``state["language"]`` keeps it for the next turn.
    """
    language = plan.language or state.get("language") or DEFAULT_LANGUAGE
    draft = Draft(state={**state, "language": language}, language=language)
    if _about_own_order(ctx, plan):
        plan.intent = "order"
    elif _about_policy(ctx, plan):
        plan.intent, plan.query = "policy", plan.text
    handler = _HANDLERS.get(plan.intent)
    if handler is None or (plan.intent == "search" and not plan.query and not plan.is_refinement):
        draft.sentences.append(draft.say("help"))
        return draft
    handler(ctx, plan, draft)
    return draft
