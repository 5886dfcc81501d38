"""The embedded-model planner: run the tools a :class:`Plan` needs, deterministically,
and compose the answer from templates, each claim citing the tool result it came from."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.draft import Draft
from tradewinds.assistant.facts import ProductCard, ProductDetails, Recommendation
from tradewinds.assistant.followups import named_orders, other_language
from tradewinds.assistant.intent import COMPARE_SEPARATOR, Plan, is_question, mentions_purchase
from tradewinds.assistant.intents import BY_NAME, handler
from tradewinds.assistant.language import DEFAULT_LANGUAGE
from tradewinds.assistant.phrases import say, stock_text
from tradewinds.assistant.policies import policy_coverage, policy_directory
from tradewinds.assistant.product_answers import (
    answer_question,
    answer_ranking,
    answer_which_shown,
    answering_focus,
    fitting,
    focus_cards,
    named_product,
    names_one_product,
)
from tradewinds.assistant.product_qa import without_words
from tradewinds.assistant.recommend import RECOMMEND_DAYS, recommend_products
from tradewinds.assistant.relevance import best_overlap, query_terms
from tradewinds.assistant.search_answers import answer_search
from tradewinds.assistant.singling import named_subset, singled_by_listing
from tradewinds.assistant.stock_answers import answer_stock
from tradewinds.assistant.variants import asked_variants, mentioned_values
from tradewinds.core.errors import NotFound
from tradewinds.core.money import Money
from tradewinds.text import has_chinese, to_english, unit_dimension

HELP = say("en", "help")


def _referenced(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> list[ProductCard]:
    """The products the message points at: a reference to those shown, or a new search."""
    shown = tools.product_cards(ctx, [int(i) for i in draft.state.get("shown", [])])
    if plan.intent == "compare" and shown and not plan.query:
        return shown[:3]
    if plan.reference == "it" and shown and plan.query:
        # "Cobbler 那个有黑色的吗": the word that names one shown product says which
        pointed = named_product(ctx, plan.query, plan.text, shown)
        if pointed is not None and pointed.id in {c.id for c in shown}:
            return [pointed]
    if plan.reference == "it" and len(shown) > 1 and not plan.query:
        sized = singled_by_listing(ctx, plan.text, shown, sizes_only=True)
        if sized is not None:  # "5公斤的多少钱" after three sets: the one in 5 kg
            return [sized]
    if plan.reference and shown:
        pool = named_subset(plan.query or plan.text, shown)  # "of the two oak ones"
        if plan.reference == "cheaper":
            return [min(pool, key=lambda c: (c.price_minor, c.id))]
        if plan.reference == "dearer":
            return [max(pool, key=lambda c: (c.price_minor, -c.id))]
        index = {"first": 0, "second": 1, "third": 2, "last": -1, "it": 0}[plan.reference]
        return [shown[index]] if -len(shown) <= index < len(shown) else []
    if plan.query and shown and plan.intent in ("details", "stock"):
        focus = tools.product_details(ctx, shown[0].id)  # "L/XL please, how much?": its size
        if _only_variants(plan.query, plan.text, focus):
            return [shown[0]]
    if plan.query and plan.intent == "compare" and COMPARE_SEPARATOR in plan.query:
        named: list[ProductCard] = []  # "compare A and B": the best match of each
        for part in plan.query.split(COMPARE_SEPARATOR)[:4]:
            named += [c for c in tools.search_products(ctx, part, limit=1) if c not in named]
        if len(named) >= 2:
            return named
    if plan.query:
        limit = 3 if plan.intent == "compare" else 1
        found = tools.search_products(ctx, plan.query, limit=5)
        # a product named in the catalogue's other language ("抹茶" for "Matcha"); a size
        # named with it ("5升") picks that size of the family
        unfiltered = replace(plan, colour=None, in_stock=None, min_price=None, max_price=None)
        found, _ = other_language(ctx, unfiltered, found)
        found, _ = fitting(ctx, plan, found)
        return found[:limit]
    return []


_OPTION_WORDS = frozenset(
    [
        "long",
        "wide",
        "tall",
        "high",
        "deep",
        "size",
        "sized",
        "colour",
        "color",
        "version",
        "model",
        "shade",
        "finish",
    ]
)


def _only_variants(query: str, text: str, details: ProductDetails) -> bool:
    """Whether the message ``text`` (its product words ``query``) names option values of
    ``details`` and nothing else ("L/XL please, how much?")."""
    asked = asked_variants(details, text)
    if not asked:
        return False
    rest = query.lower()
    for value in {v for variant in asked for v in mentioned_values(variant, text)}:
        for part in re.findall(r"\w+", value.lower()):
            rest = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", rest)
    # what the values measure or are called: "96 inch long" asks for the 96 in variant
    rest = " ".join(
        w for w in re.findall(r"\w+", rest) if w not in _OPTION_WORDS and not unit_dimension(w)
    )
    return not re.search(r"[^\W\d_]{3,}", rest)


def answer_details(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
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
        answer_stock(ctx, plan, draft, result)
        return
    asked = asked_variants(details, plan.text)
    if 0 < len(asked) < len(details.variants):  # "what about 12 kg, how much is that?"
        draft.sentences += [
            draft.say("variant_costs", title=card.title, variant=v.title,
                      price=Money(v.price_minor, v.currency),
                      stock=stock_text(draft.language, v.stock), n=n)
            for v in asked[:3]
        ]  # fmt: skip
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


def answer_compare(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
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
    if rec.reason in ("bought_with", "next"):
        return draft.say(f"why_{rec.reason}_{rec.source or 'shown'}", because=rec.because)
    category = rec.card.category.rsplit(" > ", 1)[-1]
    own = rec.reason in ("similar", "like") and rec.source in ("ordered", "carted", "viewed")
    key = f"why_{rec.reason}_{rec.source}" if own else f"why_{rec.reason}"
    return draft.say(key, because=rec.because, category=category,
                     days=RECOMMEND_DAYS)  # fmt: skip


def answer_recommend(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    seeds = _referenced(ctx, plan, draft) if plan.reference else []
    arguments: dict[str, Any] = {"seed_product_ids": [c.id for c in seeds]} if seeds else {}
    result = draft.call("recommend_products", **arguments)
    result.recommendations = recommend_products(ctx, seed_product_ids=[c.id for c in seeds] or None)
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


def answer_ask(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    """A question about one product; a search when it names none and none is in focus."""
    if answer_which_shown(ctx, plan, draft):
        return
    if not answer_question(ctx, plan, draft):
        plan.intent = "search"
        answer_search(ctx, plan, draft)


def answer_help(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    """What the assistant can do."""
    draft.sentences.append(draft.say("help"))


def answer_refusal(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    """The system prompt and other customers' data: no tool runs, the answer says no."""
    draft.sentences.append(draft.say("refuse"))


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


def _about_policy(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """A message about the store's own rules that no keyword marked ("is there a
    restocking fee if I opened it?"): most of its words are in one of the tenant's policy
    passages, and fewer of them in any product the search finds."""
    if plan.intent not in ("search", "ask") or not plan.text or not is_question(plan.text):
        return False
    if plan.has_constraints():  # "and under $30?": a search refined, not a rule asked about
        return False
    cover = policy_coverage(policy_directory(ctx.settings, ctx.tenant.slug), plan.text)
    if cover < POLICY_SHARE:
        return False
    if plan.intent == "ask" and answering_focus(ctx, draft, plan.question or plan.text):
        return False  # the listing of the product in focus answers it
    terms = query_terms(plan.query)
    if not terms:
        return True
    found = tools.search_products(ctx, plan.query, limit=5)
    return cover > best_overlap(found, terms) / len(terms)


def _asks_stock_of_one(ctx: tools.ToolContext, plan: Plan) -> bool:
    """ "Do you have the VoltBoost 3000A in stock?": a search for what is in stock that
    names one product outright is a question about that product's stock (so a sold-out
    one is said to be sold out, not left out of the results)."""
    if plan.intent != "search" or not plan.in_stock or not plan.query or plan.is_refinement:
        return False
    return names_one_product(ctx, plan.query) is not None


def _asks_for_variant(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """ "What about terracotta?", "the dot grid one in green?": a question that names
    only option values of the product in focus (besides its own name) wants that
    variant's price and stock, which the details answer gives. So does "do you have the
    throne ergo in blue?" when the product it names was just shown (read as a search, it
    found no blue chair and said the shop does not carry it)."""
    if plan.intent not in ("ask", "search") or not plan.query:
        return False
    shown = focus_cards(ctx, draft)
    named = named_product(ctx, plan.query, plan.text, shown)
    if plan.intent == "search" and (named is None or named.id not in {c.id for c in shown}):
        return False
    target = named or (shown[0] if shown else None)
    if target is None:
        return False
    query = re.sub(r"(?i)\bones?\b", " ", without_words(plan.query, target.title))
    return _only_variants(query, plan.text, tools.product_details(ctx, target.id))


_POINTING = ("cheaper", "dearer", "first", "second", "third", "last")
_HOW_MANY = re.compile(r"(?i)\b(?:two|three|both|ones?)\b|[两俩二三]")


def _points_at_shown(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """ "The cheaper of the two oak ones?": a message that only points at a shown product
    (by position or price, with words of the shown titles) wants that product's details,
    not an answer to a question it does not ask, nor a new search."""
    if plan.intent not in ("ask", "search") or plan.reference not in _POINTING:
        return False
    words = query_terms(_HOW_MANY.sub(" ", plan.query))
    shown = tools.product_cards(ctx, [int(i) for i in draft.state.get("shown", [])])
    if not words or len(shown) < 2:
        return False
    titles = set(query_terms(" ".join(c.title for c in shown)))
    return set(words) <= titles


def _asks_colour_of_focus(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """ "那铜色的呢", "ok what about red" about the one product just talked about: its
    variant in that colour (a colour search found no copper one where the option is
    called "Finish")."""
    if not (plan.intent == "search" and plan.is_refinement and plan.colour):
        return False
    if len(draft.state.get("shown", [])) != 1:
        return False  # a refinement of a list of products filters the list
    shown = focus_cards(ctx, draft)
    return bool(shown) and bool(asked_variants(tools.product_details(ctx, shown[0].id), plan.text))


def run_plan(ctx: tools.ToolContext, plan: Plan, state: dict[str, Any]) -> Draft:
    """Run the tools ``plan`` needs and compose the answer's sentences.

    The answer is in the message's language, or the session's when the message does not
    tell ("#1001"); ``state["language"]`` keeps it for the next turn.
    """
    language = plan.language or state.get("language") or DEFAULT_LANGUAGE
    draft = Draft(state={**state, "language": language}, language=language)
    if _about_own_order(ctx, plan):
        plan.intent = "order"
    elif _about_policy(ctx, plan, draft):
        plan.intent, plan.query = "policy", plan.text
    elif _asks_stock_of_one(ctx, plan):
        plan.intent, plan.in_stock = "stock", None
    elif _asks_colour_of_focus(ctx, plan, draft):
        plan.intent, plan.reference, plan.query, plan.colour = "details", "it", "", None
    elif _asks_for_variant(ctx, plan, draft) or _points_at_shown(ctx, plan, draft):
        plan.intent = "details"
    if plan.intent not in BY_NAME or (
        plan.intent == "search" and not plan.query and not plan.is_refinement
    ):
        plan.intent = "help"
    handler(plan.intent)(ctx, plan, draft)
    return draft
