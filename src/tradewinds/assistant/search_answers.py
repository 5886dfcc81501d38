"""The planner's product search: filters and follow-ups merged from the session, the
catalogue's other language tried, loose matches cut, "we don't carry that" decided, and a
named product's variants answered with their stock."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.carried import Carried, judge
from tradewinds.assistant.draft import Draft, product_line
from tradewinds.assistant.facts import ProductCard, ToolResult
from tradewinds.assistant.followups import cheaper_kind, cheaper_than, other_language
from tradewinds.assistant.intent import Plan, audience_query
from tradewinds.assistant.phrases import constraint_text
from tradewinds.assistant.product_answers import PROPERTY_POOL, fitting, having, names_product
from tradewinds.assistant.recommend import personalise
from tradewinds.assistant.relevance import cut_loose, leave_out, overlap, query_terms
from tradewinds.assistant.semantic import similarities
from tradewinds.assistant.stock_answers import answer_stock, offer_alternatives
from tradewinds.assistant.variants import asked_variants, asks_for_options, names_only_a_colour
from tradewinds.core.money import Money
from tradewinds.text import has_chinese, to_english

MEASURED_POOL = 20  # products a measure bound is checked on, before the first 5 are shown

# A fragment that narrows what was just searched: "battery powered only", "and with a
# hood", "without a cord", "the one with bluetooth", "要能承重300磅以上的", "要自带电池的"
# (any shop's wording).
_NARROWS = re.compile(
    r"^\s*(?:and|but|with|without|just|only)\b|\b(?:only|instead|too|as well)\W*$"
    r"|^\s*(?:(?:the|any|a)\s+)?ones?\s+(?:with|without|that|which)\b"
    r"|^\s*(?:要|只要|最好|得)[^\u3002\uff1f\uff01.?!]{0,12}的|^\s*(?:要|只要)(?:能|可以|有|带|自带)"
    r"|^\s*(?:能|可以|不要|不带|不含|没有|无|带)[^\u3002\uff1f\uff01.?!]{0,12}的\s*$",
    re.I,
)


def _merge(plan: Plan, state: dict[str, Any]) -> Plan:
    """A refinement keeps the previous query and filters, replacing those it names; a
    fragment that narrows it ("battery powered only") adds its words to that query."""
    if not state.get("query"):
        return plan
    if plan.query and not plan.is_refinement and _NARROWS.search(plan.text):
        plan.properties = list(state.get("properties") or [])
        plan.narrowing = plan.query
        plan.query = f"{state['query']} {plan.query}"
    elif not plan.is_refinement:
        return plan
    else:
        plan.query = str(state["query"])
        plan.narrowing = str(state.get("narrowing") or "")  # "under $600 instead" keeps it
        plan.properties = list(state.get("properties") or [])
    for name in ("min_price", "max_price"):
        if getattr(plan, name) is None and state.get(name):
            setattr(plan, name, Decimal(state[name]))
    plan.colour = plan.colour or state.get("colour")
    plan.in_stock = plan.in_stock if plan.in_stock is not None else state.get("in_stock")
    if plan.age is None and state.get("age"):
        plan.age = (int(state["age"][0]), int(state["age"][1]))
    return plan


def _search(
    ctx: tools.ToolContext, plan: Plan, limit: int, text: str | None = None
) -> list[ProductCard]:
    """The search for the plan's query (or ``text``) with every filter it has, the kind
    the shopper left out left out."""
    found = tools.search_products(ctx, plan.query if text is None else text,
                                  min_price=plan.min_price,
                                  max_price=plan.max_price, colour=plan.colour,
                                  in_stock=plan.in_stock, age=plan.age,
                                  limit=limit + 5 if plan.excluded else limit)  # fmt: skip
    return leave_out(found, plan.excluded)[:limit]


TOLD_TERMS = 5  # a need told in this many product words or more…
TOLD_SHARE = 0.34  # …of which no product has this share is told, not named


def _told_not_named(plan: Plan, found: list[ProductCard]) -> bool:
    """A need told as a story ("my car battery died twice last winter, what should I keep
    in the trunk?"): many words, few of them in any product found, so the words cannot
    find what it needs. English only: the default embedding model reads English."""
    terms = query_terms(plan.query)
    if len(terms) < TOLD_TERMS or has_chinese(plan.text):
        return False
    shares = [overlap(c, terms) for c in found]
    if any(share is None for share in shares):  # a Chinese title the words cannot judge
        return False
    return max((share or 0 for share in shares), default=0) / len(terms) < TOLD_SHARE


MEANING_POOL = 10  # hits of the whole message re-ordered by meaning


def _by_meaning(ctx: tools.ToolContext, plan: Plan) -> list[ProductCard]:
    """The search's hits for the whole message as written, every filter kept and none cut
    for missing words, in order of how close each product's name is in meaning to the
    message: the jump starter for the dead battery, not the teething ring the words
    "bad knees" brought. (The meaning half of the search alone keeps too little: it drops
    what is not close enough.)"""
    hits = _search(ctx, plan, MEANING_POOL, text=plan.text)
    meaning = similarities(ctx.settings, plan.text, [f"{c.title}. {c.kind}" for c in hits])
    if meaning is None:
        return hits[:5]
    order = sorted(range(len(hits)), key=lambda i: -meaning[i])
    return [hits[i] for i in order[:5]]


def answer_search(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    previous = {k: draft.state.get(k) for k in ("query", "narrowing")}
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
        for x in (plan.min_price, None if cap else (plan.around or plan.max_price))
        if x is not None
    ]
    age = f"{plan.age[0]}-{plan.age[1]}" if plan.age is not None else None
    filters: dict[str, object] = {"min_price": plan.min_price, "max_price": plan.max_price,
                                  "colour": plan.colour, "in_stock": plan.in_stock,
                                  "age": age}  # fmt: skip
    result = draft.call("search_products", query=plan.query,
                        **{k: str(v) for k, v in filters.items() if v is not None})  # fmt: skip
    measuring = bool(plan.measures or plan.sizes)  # judged on what the products state
    found = _search(ctx, plan, MEASURED_POOL if measuring else 5)
    # Loose matches (the dense half of the search fills the page) are not presented as
    # matches; those of the query without its filters are the closest alternatives.
    found, searched = other_language(ctx, plan, found)
    result.arguments["query"] = searched  # the answer keeps the shopper's own words
    if cap is not None:
        found = cheaper_kind(ctx, plan, cap, result) or [
            c for c in found if c.price_minor < cap.price_minor and c.id != cap.id
        ]
    filtered = any(v is not None for k, v in filters.items() if k != "age") or bool(plan.measures)
    if measuring:  # "at least 6 ft long": the products that state a fitting value
        found, measured = fitting(ctx, plan, found)
        found = found[:5]
        wanted = _tidy(
            f"{wanted} {' '.join(draft.say('c_measure', text=m.text) for m in plan.measures)}"
        )
    else:
        measured = {}
    found, unfiltered = cut_loose(ctx, plan.query, found, filtered=filtered, age=plan.age)
    told = not measuring and cap is None and _told_not_named(plan, found)
    if told:  # the words judge nothing below: what the message means chose these
        found = _by_meaning(ctx, plan)
    if plan.narrowing:  # "battery powered only": those that are, when any is
        said = query_terms(plan.narrowing)
        # "要无线的" of English listings: judged on the words' English too
        glossed = query_terms(to_english(plan.narrowing)) if has_chinese(plan.narrowing) else []
        kept = [c for c in found if overlap(c, said) or (glossed and overlap(c, glossed))]
        if not kept and not measuring and previous.get("query"):  # a property, not a
            plan.properties.append(plan.narrowing)  # product word ("能进洗碗机的")
            plan.query, plan.narrowing = str(previous["query"]), str(previous["narrowing"] or "")
            # "无线电钻" on an English shop: the other language's search too
            found, _ = other_language(ctx, plan, _search(ctx, plan, PROPERTY_POOL))
            unfiltered = found
            result.arguments["query"] = plan.query
        found = kept or found
    if plan.properties:  # those whose listing says so, every one carried so far
        found = having(ctx, found, plan.properties)
        wanted = _tidy(
            f"{wanted} {' '.join(draft.say('c_measure', text=p) for p in plan.properties)}"
        )
    # measure bounds already judged the products on what they state ("at least 20 in")
    verdict = (
        judge(ctx, plan.query, found, plan.text) if cap is None and not measuring and not told
        else None
    )  # fmt: skip
    # With a customer, their categories move up a little; the set (so every filter) stays.
    result.products = personalise(ctx, found) if ctx.customer_id is not None else found
    draft.state.update(
        query=plan.query,
        min_price=str(plan.min_price) if plan.min_price is not None else None,
        max_price=str(plan.max_price) if plan.max_price is not None else None,
        colour=plan.colour,
        in_stock=plan.in_stock,
        age=list(plan.age) if plan.age is not None else None,
        narrowing=plan.narrowing,
        properties=plan.properties,
    )
    if verdict is not None and verdict.kind != "match":  # "do you sell chainsaws?"
        _not_carried(draft, plan.query, verdict, result)
        return
    if result.products and _variant_stock(ctx, plan, draft, result.products[0]):
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
            offer_alternatives(ctx, draft, top)  # they asked for it by name, and it is sold out
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


def _variant_stock(ctx: tools.ToolContext, plan: Plan, draft: Draft, top: ProductCard) -> bool:
    """ "Do you have the X in XL red?", "which sizes of the X can I get?": the stock of
    the named product's variants, not a list of products. False when not asked so."""
    if not plan.text or not names_product(plan.text, top):
        return False
    details = tools.product_details(ctx, top.id)
    asked = asked_variants(details, plan.text)
    if asked and names_only_a_colour(asked[0], plan.text):
        asked = []  # "the jacket in red": the colour-filtered list answers that
    if not (asks_for_options(plan.text) or asked):
        return False
    draft.results.clear()
    result = draft.call("product_details", product_id=top.id)
    result.details = [details]
    draft.show([details.card])
    draft.state["shown"] = [details.card.id]
    answer_stock(ctx, plan, draft, result)
    return True


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
