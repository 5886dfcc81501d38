"""Answers about products computed on their data: a question about one product answered
from its listing, and rankings ("the lightest", "the two cheapest", "the most torque")
sorted by a price, a kind of quantity or an attribute, saying which value decided. Also
measure bounds ("at least 6 ft long") checked against what each product states."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tradewinds.assistant import tools
from tradewinds.assistant.draft import Draft, product_line
from tradewinds.assistant.facts import ProductCard, ProductDetails
from tradewinds.assistant.followups import other_language
from tradewinds.assistant.intent import COMPARE_SEPARATOR, Plan
from tradewinds.assistant.measured import (
    Stated,
    attribute_number,
    label,
    named_attribute,
    stated,
    stated_count,
    states_size,
)
from tradewinds.assistant.phrases import stock_text
from tradewinds.assistant.product_qa import (
    answer_from_listing,
    listing_says,
    states,
    without_words,
)
from tradewinds.assistant.ranking import Ranking
from tradewinds.assistant.relevance import (
    best_overlap,
    cut_loose,
    leave_out,
    overlap,
    query_terms,
    same_kind,
)
from tradewinds.assistant.singling import named_subset, singled_by_listing, singled_by_title
from tradewinds.text import (
    analyse,
    colour_names,
    has_chinese,
    parse_quantities,
    to_chinese,
    to_english,
    unit_dimension,
)

NAMED_POOL = 8  # search hits looked at for the product a message names
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
RANK_POOL = 20  # products a ranking of a search considers
SAME_SIZE = 0.03  # a named size matches a stated one within 3 %


def focus_cards(ctx: tools.ToolContext, draft: Draft) -> list[ProductCard]:
    """The product in focus first (the last one talked about alone), then those shown."""
    ids = [int(i) for i in draft.state.get("shown", [])]
    focus = draft.state.get("focus")
    if focus is not None and int(focus) not in ids:
        ids.insert(0, int(focus))
    elif focus is not None:
        ids.remove(int(focus))
        ids.insert(0, int(focus))
    return tools.product_cards(ctx, ids)


def named_product(
    ctx: tools.ToolContext,
    words: str,
    message: str = "",
    shown: list[ProductCard] | None = None,
) -> ProductCard | None:
    """The product ``words`` name: of the search hits whose title's words are mostly in
    them ("the battery life of the Trailbeam headlamp"), the one whose title has most of
    the numbers ``message`` names ("the 32 wok" over the 36 cm one), else the better hit.
    (Counting shared words as well picked products the question's topic words named: two
    held-out tasks lost, measured.) A product ``shown`` in the
    conversation that the words name comes first ("那个PC的" after three PC cases were
    listed). None if none is named."""
    if not words.strip():
        return None
    asked = words  # as written: a translation's words tell no title from another
    if has_chinese(words):
        words = f"{words} {to_english(words)}"
    numbers = set(_NUMBER.findall(message))
    singled = singled_by_title(asked, shown or [])
    if singled is not None:
        return singled
    pool = [(1, card) for card in shown or []]
    pool += [(0, card) for card in tools.search_products(ctx, words, limit=NAMED_POOL)]
    coded = _coded(asked, [card for _, card in pool])
    if coded is not None:  # "the k60 keyboard": the one product with that model code
        return coded
    named = [
        ((was_shown, len(numbers & set(_NUMBER.findall(card.title))), -rank), card)
        for rank, (was_shown, card) in enumerate(pool)
        if names_product(words, card)
    ]
    if not named:
        return None
    key, best = max(named, key=lambda pair: pair[0])
    # "the Sonaro Buds Pro" names the Buds Lite too: the word only one of them has decides
    tied = list({card.id: card for k, card in named if k[:2] == key[:2]}.values())
    # "the steel Ridgeback" of two Ridgebacks: a word of only one's listing decides
    return singled_by_title(asked, tied) or singled_by_listing(ctx, message or asked, tied) or best


def _coded(words: str, cards: list[ProductCard]) -> ProductCard | None:
    """The one card whose title has a model code ``words`` give ("K60"); None when no code
    is given or several products have it ("USB3")."""
    codes = model_codes(words)
    having = {card.id: card for card in cards if codes & model_codes(card.title)} if codes else {}
    return next(iter(having.values())) if len(having) == 1 else None


def names_product(words: str, card: ProductCard) -> bool:
    """Whether ``words`` name ``card``: at least half of its title's naming words (not
    its numbers, sizes or units) are in them, or a Chinese word of three characters or
    more of it is."""
    said = set(analyse(words))
    title = {t for t in analyse(card.title) if _naming(t)}
    if any(len(t) >= 3 and has_chinese(t) for t in title & said):
        return True  # a Chinese title is a list of keywords: "西施壶" names its teapot
    if coined_names(card.title) & set(re.findall(r"[a-z]+", words.lower())):
        return True  # "the VoltBoost 2000A", "UrbanGlide 推车": its brand or line names it
    return bool(title) and len(title & said) * 2 >= len(title)


def names_one_product(ctx: tools.ToolContext, words: str) -> ProductCard | None:
    """The one product ``words`` name outright, in stock or not: every naming word of its
    title is in them, or its brand or line ("VoltBoost") and every figure they give
    ("3000A") are in its title. None for a kind of product ("rain jackets") that some
    titles merely contain, and for a line without the model ("the VoltBoost")."""
    said = set(analyse(words))
    figures = set(re.findall(r"[a-z]*\d[\w.]*", words.lower()))
    for card in tools.search_products(ctx, words, limit=NAMED_POOL):
        title = {t for t in analyse(card.title) if _naming(t)}
        in_title = set(re.findall(r"[a-z]*\d[\w.]*", card.title.lower()))
        coined = coined_names(card.title) & set(re.findall(r"[a-z]+", words.lower()))
        if (coined and figures and figures <= in_title) or (len(title) >= 2 and title <= said):
            return card
    return None


_MODEL_CODE = re.compile(r"(?<![\w.])([a-z]{1,4}-?\d{1,5}[a-z]{0,3})(?![\w.])", re.I)


def model_codes(text: str) -> frozenset[str]:
    """Model codes in ``text``: letters then digits ("K60", "H5", "XT-30"); not sizes
    ("5kg", "27in" start with digits) or a unit with a power ("m2", "cm3")."""
    found = (m.group(1).lower().replace("-", "") for m in _MODEL_CODE.finditer(text))
    return frozenset(c for c in found if not re.fullmatch(r"(?:mm|cm|m|km|in|ft)[23]", c))


@lru_cache(maxsize=4096)
def coined_names(title: str) -> frozenset[str]:
    """The first word of ``title`` when no dictionary knows it ("VoltBoost", "StudioMon"):
    the name of a brand or product line, which names the product wherever a shopper
    writes it. (Later words unknown to the dictionary are often just new words:
    "earbuds".)"""
    first = re.match(r"\s*([A-Za-z]+)", title)  # where a brand or line stands
    word = first.group(1).lower() if first else ""
    return frozenset([word] if len(word) >= 4 and not to_chinese(word) else [])


def _naming(token: str) -> bool:
    """A title word that names the product: not a number, size or unit ("2", "l")."""
    return not any(ch.isdigit() for ch in token) and len(token) > 1 and not unit_dimension(token)


def answer_question(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """Answer a question about one product from its listing; False when the message
    names no product and none is in focus (the caller then searches)."""
    shown = focus_cards(ctx, draft)
    target = named_product(ctx, plan.query, plan.text, shown) if plan.query else None
    if target is None and (plan.reference or not plan.query):
        target = _pointed(shown, plan.reference, plan.text) if shown else None
    if target is None:  # "is the cover machine washable?": of the product in focus
        target = answering_focus(ctx, draft, plan.question)
    if target is None:
        return False
    result = draft.call("product_details", product_id=target.id)
    details = tools.product_details(ctx, target.id)
    result.details = [details]
    # "fine, grey then. how do i clean them": the colour is a refinement, not what is asked
    colours = " ".join(colour_names(plan.colour)) if plan.colour else ""
    question = without_words(plan.question, colours) if colours else plan.question
    _listing_answer(ctx, draft, details, question, result.n)
    draft.show([details.card])
    draft.state["shown"] = [details.card.id]
    draft.state["focus"] = details.card.id
    return True


def answering_focus(ctx: tools.ToolContext, draft: Draft, question: str) -> ProductCard | None:
    """The product in focus (talked about alone last, or the only one shown) when its
    listing answers ``question``; None when there is none or it does not."""
    shown = draft.state.get("shown") or []
    focus = draft.state.get("focus", shown[0] if len(shown) == 1 else None)
    if focus is None or not question:
        return None
    details = tools.product_details(ctx, int(focus))
    return details.card if answer_from_listing(ctx.settings, details, question).found else None


def _listing_answer(
    ctx: tools.ToolContext, draft: Draft, details: ProductDetails, question: str, n: int
) -> None:
    """The sentence answering ``question`` from the product's listing, citing ``n``."""
    found = answer_from_listing(ctx.settings, details, question)
    title = details.card.title
    if found.found and found.name:
        draft.sentences.append(
            draft.say("qa_attribute", title=title, name=label(found.name), value=found.text, n=n)
        )
    elif found.found:
        draft.sentences.append(draft.say("qa_sentence", title=title, sentence=found.text, n=n))
    else:
        draft.sentences.append(draft.say("qa_unknown", title=title, n=n))


def _pointed(shown: list[ProductCard], reference: str | None, text: str) -> ProductCard | None:
    """The shown product a reference points at: by position, or the cheaper or dearer
    (of the first two when the shopper says "of the two" or "both")."""
    if reference in ("cheaper", "dearer"):
        pool = named_subset(text, shown)  # "the cheaper of the two oak ones"
        pool = pool[:2] if re.search(r"\b(?:two|both)\b|两", text, re.I) else pool
        pick = min if reference == "cheaper" else max
        return pick(pool, key=lambda c: c.price_minor)
    index = {"first": 0, "second": 1, "third": 2, "last": -1}.get(reference or "", 0)
    return shown[index] if -len(shown) <= index < len(shown) else None


@dataclass(frozen=True)
class Ranked:
    """A product with the value it was ranked by (base units) and how it is written."""

    details: ProductDetails
    value: float
    text: str
    by: str  # what decided: an attribute name or "price"


def rank_value(details: ProductDetails, ranking: Ranking, language: str) -> Ranked | None:
    """What ``details`` is ranked by: the attribute the shopper named, else a stated
    quantity of the ranking's dimensions, else (for price) its price; None if unstated."""
    if ranking.by_price:
        card = details.card
        by = "价格" if language == "zh" else "price"
        return Ranked(details, float(card.price_minor), str(card.price), by)
    if ranking.noun:
        noun = ranking.noun
        if has_chinese(noun) and not has_chinese(" ".join(details.attributes)):
            noun = f"{noun} {to_english(noun)}"  # "扭矩" names the "torque" attribute
        named = named_attribute(details, noun)
        if named is not None:
            number = attribute_number(details, named[0])
            if number is not None:
                return Ranked(details, number, named[1], label(named[0]))
    if ranking.hint:
        named = named_attribute(details, ranking.hint)
        number = attribute_number(details, named[0]) if named else None
        if named is not None and number is not None:
            return Ranked(details, number, named[1], label(named[0]))
    for dimension in ranking.dimensions:
        found = stated(details, dimension, plainest=True)
        if found is not None:
            source = label(found.source) if found.source not in ("title", "description") else ""
            return Ranked(details, found.quantity.value, found.quantity.text,
                          source or dimension)  # fmt: skip
    return None


def rank(ranking: Ranking, details: list[ProductDetails], language: str) -> list[Ranked]:
    """``details`` that state the ranking's value, best first (ties by price, then id).
    When they state it under different names, the name most of them use wins."""
    valued = [r for r in (rank_value(d, ranking, language) for d in details) if r is not None]
    if not ranking.by_price and valued:
        names = [r.by for r in valued]
        common = max(set(names), key=lambda name: (names.count(name), -names.index(name)))
        same = [r for r in valued if r.by == common]
        valued = same if len(same) >= 2 or len(valued) == 1 else valued
    sign = -1 if ranking.direction == "max" else 1
    return sorted(valued, key=lambda r: (sign * r.value, r.details.card.price_minor,
                                         r.details.card.id))  # fmt: skip


def candidates(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> list[ProductCard]:
    """What a ranking ranks: a search for the product words when there are any (filters,
    measure bounds and named sizes applied), else the products shown."""
    if COMPARE_SEPARATOR in plan.query:  # "which is lighter, A or B?": the best match of each
        named: list[ProductCard] = []
        for part in plan.query.split(COMPARE_SEPARATOR)[:4]:
            named += [c for c in tools.search_products(ctx, part, limit=1) if c not in named]
        return named
    shown = focus_cards(ctx, draft)
    if plan.query and not (shown and _POINTS_AT_SHOWN.search(plan.text)):
        found = tools.search_products(ctx, plan.query, min_price=plan.min_price,
                                      max_price=plan.max_price, colour=plan.colour,
                                      in_stock=plan.in_stock, age=plan.age,
                                      limit=RANK_POOL)  # fmt: skip
        found, searched = other_language(ctx, plan, found)
        filtered = plan.has_constraints()
        found, _ = cut_loose(ctx, searched, found, filtered=filtered, age=plan.age)
        found = _all_of_it(leave_out(found, plan.excluded), searched, need=1)
        return same_kind(found, searched, need=plan.ranking.count if plan.ranking else 1)
    if draft.state.get("query"):  # "the lighter one": of the shown, those all of the search
        query = str(draft.state["query"])
        return same_kind(_all_of_it(shown, query, need=2), query, need=2)
    return shown


def _all_of_it(cards: list[ProductCard], query: str, need: int) -> list[ProductCard]:
    """``cards`` with as many of the query's words as the best one has, when it has more
    than one ("the two cheapest battery powered mowers") and ``need`` are left."""
    terms = query_terms(query)
    best = best_overlap(cards, terms)
    if best <= 1:
        return cards
    whole = [c for c in cards if (overlap(c, terms) or 0) >= best]
    return whole if len(whole) >= need else cards


# "the brightest one", "which of these", "哪个最轻": the products already shown
_POINTS_AT_SHOWN = re.compile(
    r"\b(?:ones?|of (?:these|them|those|the two|both)|among (?:these|them))\b"
    r"|哪个|哪款|哪一|其中|这几|[这那](?:一)?[个款台只件把双种]",
    re.I,
)


PROPERTY_POOL = 8  # products whose listings a property follow-up reads


def having(
    ctx: tools.ToolContext, cards: list[ProductCard], properties: list[str]
) -> list[ProductCard]:
    """``cards`` (the first ``PROPERTY_POOL``) whose listings say they have every one of
    ``properties`` ("能进洗碗机", "不要涂层": denied ones must be denied); a listing that
    says nothing about one is left out."""
    details = tools.details_of(ctx, cards[:PROPERTY_POOL])
    return [
        d.card
        for d in details
        if all(states(ctx.settings, d, wanted) is True for wanted in properties)
    ]


_WHICH = re.compile(r"\bwhich\b|哪", re.I)
# "what's the lightest tripod you sell?": the ranking is the whole question (no second
# clause such as "- how long does it last?")
_ASKS_THE_RANKING = re.compile(
    r"\s*(?:what|which)(?:'s|\s+is|\s+are)?\b"
    r"(?!.*\b(?:and|how|does|do|is it|that|with|without)\b)[^-,;?]*\??\s*$",
    re.I,
)
_ASKS_PRICE = re.compile(r"\bhow\s+much\b|\bprice\b|\bcost\b|多少钱|价格|售价|卖多少", re.I)


def answer_which_shown(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> bool:
    """ "Which of those works without being plugged in?": the shown products whose
    listings say so, each with the words that do; False when the message points at no
    shown products (or names one of them, or there is only one)."""
    shown = focus_cards(ctx, draft)
    if len(shown) < 2 or not plan.query or plan.reference is not None:
        return False  # "the cheaper of the two, how high does it go?": that one
    if not (_WHICH.search(plan.text) and _POINTS_AT_SHOWN.search(plan.text)):
        return False
    if any(names_product(plan.query, card) for card in shown):
        return False  # "is the second of those waterproof": that one
    details = tools.details_of(ctx, shown[:PROPERTY_POOL])
    result = draft.call("compare_products", product_ids=[d.card.id for d in details])
    result.details = details
    read = [(d, listing_says(ctx.settings, d, plan.query)) for d in details]
    kept = [(d, found) for d, (says, found) in read if says is True]
    if not kept:
        draft.sentences.append(draft.say("which_none", n=result.n))
        return True
    draft.sentences.append(draft.say("which_these"))
    for d, found in kept:
        said = f"{label(found.name)}: {found.text}" if found.name else found.text
        draft.sentences.append(product_line(draft, d.card, result.n,
                                            draft.say("measured", value=said)))  # fmt: skip
    draft.show([d.card for d, _ in kept])
    draft.state["shown"] = [d.card.id for d, _ in kept]
    return True


def fitting(
    ctx: tools.ToolContext, plan: Plan, cards: list[ProductCard]
) -> tuple[list[ProductCard], dict[int, str]]:
    """``cards`` whose stated measures meet the plan's bounds and named sizes ("2-person"
    keeps those stating 2 people, when any does), and for each kept card the value that
    met a bound, as the answer shows it. Cards stating nothing about a bound are left out
    when another card states it."""
    if not plan.measures and not plan.sizes:
        return cards, {}
    details = {d.card.id: d for d in tools.details_of(ctx, cards)}
    kept = [c for c in cards if c.id in details]
    shown: dict[int, str] = {}
    for bound in plan.measures:
        # "160 cm tall": the height, not the folded length
        words = f"{plan.query} {bound.aspect}".strip()
        values = {
            c.id: stated_count(details[c.id], bound.noun)
            if bound.dimension == "count"
            else _stated_for(details[c.id], bound.dimension, words)
            for c in kept
        }
        if any(v is not None for v in values.values()):
            kept = [
                c
                for c in kept
                if (v := values[c.id]) is not None and bound.admits(v.quantity.value)
            ]
            for c in kept:
                found = values[c.id]
                assert found is not None
                name = label(found.source) if found.source not in ("title", "description") else ""
                shown[c.id] = f"{name}: {found.quantity.text}" if name else found.quantity.text
    by_dimension: dict[str, list[float]] = {}
    for size in plan.sizes:  # "20V or 18V": either size of one dimension
        by_dimension.setdefault(size.dimension, []).append(size.value)
    for dimension, sizes in by_dimension.items():
        same = [
            c
            for c in kept
            if any(states_size(details[c.id], dimension, s, SAME_SIZE) for s in sizes)
        ]
        if same:
            kept = same
    return kept, shown


def _stated_for(details: ProductDetails, dimension: str, words: str) -> Stated | None:
    """The value of ``dimension`` the product states under the name the shopper used
    ("cutting width" → the ``cutting_width`` attribute), else its first such value."""
    named = named_attribute(details, words) if words else None
    if named is not None:
        found = [q for q in parse_quantities(named[1]) if q.dimension == dimension]
        if found:
            return Stated(named[0], named[1], max(found, key=lambda q: q.value))
    return stated(details, dimension)


def answer_ranking(
    ctx: tools.ToolContext, plan: Plan, draft: Draft, *, listed: bool = True
) -> list[ProductCard]:
    """Rank the candidates and answer: the winner with the value that decided, then the
    others in order (only the line saying how they were ranked when not ``listed``: a
    comparison table follows). Returns the ``ranking.count`` best (at least one)."""
    ranking = plan.ranking
    assert ranking is not None
    # products named one by one ("A or B") were each found with their own size
    named = COMPARE_SEPARATOR in plan.query
    pool, _ = fitting(ctx, replace(plan, sizes=[]) if named else plan, candidates(ctx, plan, draft))
    if not pool:
        draft.sentences.append(draft.say("which"))
        return []
    result = draft.call("compare_products", product_ids=[c.id for c in pool])
    details = tools.details_of(ctx, pool)
    result.details = details
    ranked = rank(ranking, details, draft.language)
    lang = draft.language
    by_price = draft.say("rank_by_price")
    if not ranked:
        what = ranking.noun or (by_price if ranking.by_price
                                else ranking.hint or ", ".join(ranking.dimensions))  # fmt: skip
        draft.sentences.append(draft.say("rank_unknown", by=what))
        draft.sentences += [product_line(draft, d.card, result.n) for d in details[:5]]
        draft.show([d.card for d in details[:5]])
        draft.state["shown"] = [d.card.id for d in details[:5]]
        return []
    word = ranking.said or draft.say("rank_most" if ranking.direction == "max" else "rank_least")
    top = ranked[: max(ranking.count, 1 if listed else 2)]
    best = ranked[0]
    if not listed:
        draft.sentences.append(draft.say("rank_intro", by=best.by, word=word))
        return [r.details.card for r in top]
    if ranking.count <= 1:
        draft.sentences.append(draft.say("rank_best", title=best.details.card.title, word=word,
                                         by=best.by, value=best.text, price=best.details.card.price,
                                         n=result.n))  # fmt: skip
        if (
            plan.question
            and not _ASKS_PRICE.search(plan.question)
            and not _ASKS_THE_RANKING.match(plan.question)
        ):  # "the brightest one -
            # how long does it last on high?" (its price is said already)
            asked = plan.question.replace(ranking.words, " ") if ranking.words else plan.question
            _listing_answer(ctx, draft, best.details, asked, result.n)  # not "brightest"
        rest = ranked[1:5]
    else:
        draft.sentences.append(draft.say("rank_intro", by=best.by, word=word))
        rest = ranked[:5]
    for r in rest:
        card = r.details.card
        if ranking.by_price:
            draft.sentences.append(product_line(draft, card, result.n))
            continue
        draft.sentences.append(draft.say("rank_line", title=card.title, by=r.by, value=r.text,
                                         price=card.price, stock=stock_text(lang, card.stock),
                                         n=result.n))  # fmt: skip
    shown = [r.details.card for r in ([best, *rest] if best not in rest else rest)]
    draft.show(shown[:5])
    draft.state["shown"] = [c.id for c in shown[:5]]
    draft.state["focus"] = best.details.card.id
    return [r.details.card for r in top]
