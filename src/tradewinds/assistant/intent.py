# ruff: noqa: RUF001, RUF002 - Chinese cue phrases are written with full-width punctuation
"""What the shopper wants: an intent and its slots, read by rules or by the model.

The rule parser is the default and the fallback: the model (through the gateway, so it is
metered and moderated) only fills a JSON-schema-constrained object, which is validated
field by field; anything it gets wrong falls back to the rules, never to free text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from tradewinds.assistant.intents import cue
from tradewinds.assistant.ranking import Ranking, parse_ranking
from tradewinds.text import (
    MeasureConstraint,
    Quantity,
    approximate_amount,
    count_constraints,
    measure_constraints,
    parse_quantities,
)

COMPARE_SEPARATOR = " vs "  # between the products a compare query names
# Not offered to the model: only the rules decide to refuse (see :mod:`.refusal`).
REFUSE = "refuse"

_ORDER_REF = re.compile(r"#\s?(\d{3,})|\border\s+(?:number\s+|no\.?\s*)?(\d{3,})\b", re.I)
_ORDINALS = {"first": "first", "1st": "first", "second": "second", "2nd": "second",
             "third": "third", "3rd": "third", "last": "last"}  # fmt: skip


@dataclass
class Plan:
    """An intent with its slots. Prices are decimal amounts in the tenant's currency."""

    intent: str
    query: str = ""
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    colour: str | None = None
    in_stock: bool | None = None
    reference: str | None = None  # one of REFERENCES: a product shown before
    order_ref: str | None = None
    source: str = "parser"
    notices: list[str] = field(default_factory=list)
    language: str | None = None  # "en" / "zh" as the message reads, None if it does not tell
    age: tuple[int, int] | None = None  # whom it is for, in years ("for a 5 year old")
    question: str = ""  # a question about one product ("is it machine washable?")
    text: str = ""  # the message as the shopper wrote it
    around: Decimal | None = None  # a loose budget as typed ("around $200"): max_price has room
    narrowing: str = ""  # words that narrow the last search ("battery powered only")
    ranking: Ranking | None = None  # "the lightest", "the two cheapest"
    measures: list[MeasureConstraint] = field(default_factory=list)  # "at least 6 ft"
    sizes: list[Quantity] = field(default_factory=list)  # quantities named ("2-person")
    properties: list[str] = field(default_factory=list)  # "能进洗碗机的": listings must say so
    excluded: str = ""  # "not counting impact drivers": products of that kind are left out

    def has_constraints(self) -> bool:
        """Whether a price, colour, stock or age constraint was given."""
        return bool(self.measures) or any(
            x is not None
            for x in (self.min_price, self.max_price, self.colour, self.in_stock, self.age)
        )

    @property
    def is_refinement(self) -> bool:
        """A follow-up that only adds constraints ("in blue?", "and under $30?", "20寸的")."""
        return (
            self.intent == "search"
            and not self.query
            and (self.has_constraints() or bool(self.sizes))
        )


# "not counting impact drivers", "except the kids' ones", "除了冲击起子以外", "不要电动的"
_EXCLUDED = re.compile(
    r"[,;]?\s*\b(?:not counting|not including|excluding|except(?: for)?|other than|apart from|"
    r"but not)\s+(?:(?:the|any|a|an)\s+)?([^,.;?!]{2,40})"
    r"|[，,]?\s*(?:除了|不包括|不算|不含)([^，,。？！?!；;]{1,12}?)(?:以外|之外|外)?(?=[，,。？！?!；;]|$)",
    re.I,
)


def excluded_kind(message: str) -> tuple[str, str]:
    """The kind of product the shopper leaves out, and the message without saying so.

    >>> excluded_kind("which drill has the most torque, not counting impact drivers?")
    ('impact drivers', 'which drill has the most torque?')
    >>> excluded_kind("扭矩最大的电钻，除了冲击起子以外")
    ('冲击起子', '扭矩最大的电钻')
    """
    found = _EXCLUDED.search(message)
    if found is None:
        return "", message
    kind = (found.group(1) or found.group(2) or "").strip()
    kind = re.sub(r"\s+(?:ones?|kinds?|types?|models?)$", "", kind, flags=re.I)  # "ski ones"
    return kind, (message[: found.start()] + message[found.end() :]).strip()


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount > 0 else None


def _reference(lowered: str) -> str | None:
    if re.search(r"\bcheap(er|est)\b|\bless expensive\b|\blower price", lowered):
        return "cheaper"
    if re.search(r"\b(more expensive|pricier|dearer)\b", lowered):
        return "dearer"
    for word, name in _ORDINALS.items():
        if re.search(rf"\b{word}\b", lowered):
            return name
    if re.search(r"\b(it|its|it's|that one|this one|that|this|they|them|their)\b", lowered):
        return "it"
    return None


_FILLER = re.compile(
    r"\b(do|does|you|have|has|any|some|show|me|i|i'm|im|am|want|need|looking|for|a|an|the|"
    r"please|find|get|can|could|would|like|something|and|what|about|is|are|there|one|ones|"
    r"in|it|its|that|this|them|they|their|those|with|of|to|my|buy|recommend|suggest|which|"
    r"how|should|"
    r"else|much|cost|costs|only|just|pls|plz|hmm|thats|that's|bit|little|too|pricey|"
    r"anything|still|really|stuff|u|ur|ya|instead|many|guys|got|pls|plz|sell|carry|offer|"
    r"ok|okay|oh|alright|so|then|now|currently)\b",
    re.I,
)
_RECOMMEND_WORDS = re.compile(
    r"\b(similar|alternatives?|goes|go|well|together|match(es|ing)?|pairs?|complements?|"
    r"ideas?|gifts?|popular|trending|best ?sellers?|picked|think|i'?d|order)\b",
    re.I,
)


def _query_words(text: str) -> str:
    words = re.sub(r"\btell me( more)?( about)?\b", " ", text, flags=re.I)
    words = _FILLER.sub(" ", words)
    words = re.sub(
        r"\b(cheap(er|est)|(more|less) expensive|pricier|dearer|lower price|first|second|third|"
        r"last|compare|comparison|details|difference|differences|between|what's)\b",
        " ",
        words,
        flags=re.I,
    )
    words = re.sub(r"(?<![\w'])'s\b", " ", words)  # what's -> 's once "what" is gone
    return " ".join(re.sub(r"[^\w\s'-]", " ", words).split())


def parse_english(message: str, language: str | None) -> Plan:
    """Read the intent and slots of a message that is not Chinese (already checked for
    refusals, numerals as digits; ``language`` as detected on the shopper's text):
    :func:`tradewinds.assistant.parse.parse_message` calls it."""
    from tradewinds.assistant.audience import shopper_age
    from tradewinds.search import parse_query

    lowered = message.lower()
    similar, recommend = cue("recommend", "en", "similar"), cue("recommend", "en")
    age, rest = shopper_age(message)
    excluded, rest = excluded_kind(rest)
    ranking, measures, sizes, rest = read_measures(rest)
    understood = parse_query(rest)
    c = understood.constraints
    if understood.text == " ".join(rest.split()) and {"min_price", "max_price", "colour",
                                                      "in_stock"} & set(c):  # fmt: skip
        understood = replace(understood, text="")  # "under 200": constraints, no product
    plan = Plan(
        intent="search",
        min_price=_decimal(c.get("min_price")),
        max_price=_decimal(c.get("max_price")),
        colour=c.get("colour"),
        in_stock=True if c.get("in_stock") == "true" else None,
        language=language,
        age=age,
        measures=measures,
        sizes=sizes,
        text=message,
        excluded=excluded,
    )
    ref = _ORDER_REF.search(message)
    if ref:
        plan.order_ref = "#" + (ref.group(1) or ref.group(2))
    if cue("delivery", "en").search(lowered) and (
        plan.order_ref or re.search(r"\b(my|order)\b", lowered)
    ):
        plan.intent = "delivery"
    elif (
        plan.order_ref
        or cue("order", "en", "own").search(lowered)
        or cue("order", "en").search(lowered)
    ):
        plan.intent = "order"
        plan.query = _query_words(understood.text)  # "did my headphones ship": which items
    elif cue("policy", "en").search(lowered):
        plan.intent = "policy"
        plan.query = message
        return plan
    elif similar.search(lowered):
        plan.intent = "recommend"
        plan.reference = _reference(similar.sub(" ", lowered)) or "it"
        return plan
    elif cue("compare", "en").search(lowered) or cue("compare", "en", "choice").search(lowered):
        plan.intent = "compare"  # also "A or B, which is better for running?"
    elif cue("stock", "en").search(lowered) and (
        _reference(lowered) is not None or re.match(r"\s*(is|are|how many)\b", lowered)
    ):  # "is it in stock?", "is the knife set available?" (not "jackets in stock")
        plan.intent = "stock"
        plan.in_stock = None
    elif cue("details", "en").search(lowered):
        plan.intent = "details"
    elif cue("help", "en").fullmatch(lowered):
        plan.intent = "help"
        return plan
    elif recommend.search(lowered):
        rest = _query_words(_RECOMMEND_WORDS.sub(" ", recommend.sub(" ", understood.text)))
        if not rest and not plan.has_constraints():
            plan.intent = "recommend"  # with a product in mind it is a needs-based search
            return plan
    if plan.intent in ("search", "details", "stock", "compare"):
        plan.reference = _reference(lowered)
        plan.query = _query_words(understood.text)
        if plan.intent == "compare":  # "compare A and B": A vs B, each found on its own
            parts = re.split(r"\s+(?:and|vs\.?|versus|or|with)\s+|\s*[,&/]\s*", understood.text)
            plan.query = COMPARE_SEPARATOR.join(q for q in map(_query_words, parts) if q)
        if recommend.search(lowered):
            plan.query = _query_words(recommend.sub(" ", understood.text))
        if plan.intent == "stock" and not plan.query and plan.reference is None:
            plan.reference = "it"  # "how many are in stock?": the product in focus
        if plan.intent == "search" and plan.reference == "it" and plan.colour and not plan.query:
            plan.intent = "stock"  # "can I get it in red?": that product in that colour
        elif plan.intent == "search" and plan.reference and not plan.query:
            plan.intent = "details" if plan.reference != "it" else "search"
        if plan.intent == "search" and plan.query and recommend.search(lowered):
            plan.in_stock = True  # a suggestion is something they can buy now
    asking = bool(cue("ask", "en").search(message)) and not cue("ask", "en", "finding").search(
        message
    )
    plan.around = _decimal(approximate_amount(message)) if plan.max_price is not None else None
    return ranked_or_asked(plan, ranking, message, asking=asking)


# A shopper talking about something they bought: "has the desk shipped?", "when did I
# order the drill?", "我买的饮水机送到了吗". Only the customer's own orders can match.
_OWN_PURCHASE = re.compile(
    r"(?=.*\b(?:i|my|me|mine)\b).*\b(?:order(?:ed)?|bought|purchased?|paid|pay|ship(?:ped)?|"
    r"sent|deliver(?:ed)?|arriv\w*|refund\w*|money\s+back|cancel\w*|track\w*|receiv\w*|"
    r"got)\b|(?=.*\bhas\b|.*\bhave\b|.*\bdid\b|.*\bwas\b).*\b(?:ship(?:ped)?|deliver(?:ed)?|"
    r"arrived|sent|dispatched)\b|我.*(?:买|订|下单|发货|送到|收到|到了|退款|付|寄)"
    # 来着 recalls the past ("当时是哪天来着"): something that already happened
    r"|(?:[那这]|上一?|最近那?)单|钱退|退款了|到哪了|付了多少|来着",
    re.I,
)


def mentions_purchase(message: str) -> bool:
    """Whether ``message`` talks about something the shopper ordered (to be matched
    against their own orders' items before it is read as a search or a policy question)."""
    return _OWN_PURCHASE.search(message) is not None


_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:can\s+|will\s+|could\s+)?[a-z]+\s*$", re.I)


def read_measures(text: str) -> tuple[Ranking | None, list[MeasureConstraint], list[Quantity], str]:
    """The ranking, measure bounds ("under 2 kg") and named sizes ("2-person") ``text``
    states, and ``text`` without the words of the first two (a size stays a product word)."""
    ranking = parse_ranking(text)
    if ranking is not None:
        text = text.replace(ranking.words, " ", 1)
    measures = measure_constraints(text)
    taken = [(m.start, m.end) for m in measures]
    counted = [c for c in count_constraints(text)
               if not any(s < c.end and c.start < e for s, e in taken)]  # fmt: skip
    measures = sorted(measures + counted, key=lambda bound: bound.start)
    for bound in reversed(measures):
        start = bound.start
        # "a tripod that goes at least 160 cm tall": the clause's verb says the bound too
        if clause := _CLAUSE.search(text[:start]):
            start = clause.start()
        text = text[:start] + " " + text[bound.end :]
    sizes = [q for q in parse_quantities(text) if q.dimension not in ("duration",)]
    return ranking, measures, sizes, " ".join(text.split())


def is_question(message: str) -> bool:
    """Whether ``message`` asks something (in English or Chinese) rather than names what
    to find ("battery powered only")."""
    return any(cue("ask", language).search(message) for language in ("en", "zh"))


def ranked_or_asked(plan: Plan, ranking: Ranking | None, message: str, *, asking: bool) -> Plan:
    """A ranking ("the lightest", "the two cheapest") makes a search a ranking and a
    comparison a ranked one; a question about a product ("is it machine washable?") is
    answered from that product. "The cheaper one" keeps pointing at a shown product."""
    if ranking is not None and plan.intent in ("search", "details", "compare"):
        between = re.search(r"\s(?:or|vs\.?|versus)\s", plan.query)  # "A or B?"
        price_pointer = (
            ranking.by_price
            and ranking.count == 1
            and not (ranking.superlative and plan.query)
            and not between
        )
        if not price_pointer:
            plan.ranking = ranking
            # "the brightest one - how long does it last?" asks more than the ranking;
            # "which is lighter, A or B?" does not
            plan.question = message if asking and _asks_beyond(message, ranking) else ""
            plan.intent = "compare" if plan.intent == "compare" else "rank"
            plan.reference = None
            parts = re.split(r"\s+(?:or|vs\.?|versus)\s+", plan.query)
            if plan.intent == "rank" and len(parts) > 1:  # "which is lighter, A or B?"
                plan.query = COMPARE_SEPARATOR.join(p for p in parts if p)
            return plan
    pointed_price = plan.reference in ("cheaper", "dearer")
    topic = re.sub(r"\b(?:one|ones|two|both|of)\b", " ", plan.query).split()
    # "kettlebells?", "travel tripod under 1 kg?": a search with a question mark (its
    # words and bounds), nothing asked about one product
    searched = " ".join([plan.query, *(bound.text for bound in plan.measures)])
    named_only = set(re.findall(r"\w+", message.lower())) <= set(
        re.findall(r"\w+", searched.lower())
    )
    if (
        plan.intent == "search"
        and asking
        and not named_only
        and not plan.is_refinement
        and (not pointed_price or (topic and not re.search(r"\b(?:anything|something)\b", message)))
    ):
        plan.intent, plan.question = "ask", message
    return plan


_WHICH = re.compile(
    r"\bwhich(?:\s+(?:one|ones|is|are|has|have|of\s+(?:these|them|those|the\s+\w+)))*\b|"
    r"[哪那][一]?[个款把台只双件种]|哪",
    re.I,
)


def _asks_beyond(message: str, ranking: Ranking) -> bool:
    """Whether ``message`` asks something besides the ranking it states."""
    rest = _WHICH.sub(" ", message.replace(ranking.words, " ", 1)) if ranking.words else message
    rest = re.sub(r"[?\uff1f]\s*$", "", rest.strip())
    return is_question(rest)


def audience_query(plan: Plan) -> None:
    """A search for someone of an age that names no product ("a present for a newborn")
    looks for products for that age: baby products up to 1 year, kids' ones after. (The
    planner calls this once a follow-up such as "for a 5 year old?" has its query.)"""
    from tradewinds.assistant.relevance import query_terms

    if plan.intent == "search" and plan.age is not None and not query_terms(plan.query):
        word = (
            ("baby" if plan.age[1] <= 1 else "kids")
            if plan.language != "zh"
            else ("婴儿" if plan.age[1] <= 1 else "儿童")
        )
        plan.query = f"{plan.query} {word}".strip()
