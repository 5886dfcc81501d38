"""Query understanding: "red running shoes under $80 for kids" → text + filters + boosts.

Two readers produce the same ``Understanding``:

* ``parse_query`` — deterministic rules (prices, colours, audiences, "in stock", known
  categories and brands). Fast and predictable; the default.
* ``extract_query`` — the ``extract`` model alias with a JSON schema, called through the
  gateway (metered to the tenant as ``search_understanding``, moderated, audited), falling
  back to ``parse_query`` if the model is unavailable, refused or answers badly.

Prices and "in stock" become filters; colour, audience, category and brand become boosts
(they raise matching products without hiding the rest). Every understood constraint is
listed in the response with the name to pass in ``drop`` to ignore it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidModelOutput, TradewindsError
from tradewinds.text import COLOURS, amount, analyse, arabic_numerals, english_colour, take_budget

if TYPE_CHECKING:
    from tradewinds.gateway import ModelClient

log = logging.getLogger(__name__)
FEATURE = "search_understanding"  # the usage and audit records' feature

AUDIENCES = {
    "kids": "kids", "kid": "kids", "children": "kids", "child": "kids", "childrens": "kids",
    "boys": "kids", "girls": "kids", "toddler": "kids", "toddlers": "kids", "baby": "baby",
    "men": "men", "mens": "men", "man": "men", "women": "women", "womens": "women",
    "ladies": "women", "woman": "women",
}  # fmt: skip
_IN_STOCK = re.compile(r"\b(?:in stock|available now|available)\b", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your", "some"})

FIELDS = ("max_price", "min_price", "in_stock", "colour", "audience", "category", "brand")
FILTER_FIELDS = frozenset({"max_price", "min_price", "in_stock"})


@dataclass
class Understanding:
    """What the query asked for beyond its words. Prices are decimal strings ("80")."""

    text: str
    constraints: dict[str, str] = field(default_factory=dict)
    source: str = "parser"
    note: str = ""

    def filters(self) -> dict[str, str]:
        return {k: v for k, v in self.constraints.items() if k in FILTER_FIELDS}

    def boosts(self) -> dict[str, str]:
        return {k: v for k, v in self.constraints.items() if k not in FILTER_FIELDS}

    def drop(self, names: Iterable[str]) -> None:
        for name in names:
            self.constraints.pop(name, None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "source": self.source,
            "note": self.note,
            "understood": [
                {
                    "field": k,
                    "value": v,
                    "kind": "filter" if k in FILTER_FIELDS else "boost",
                    "drop": f"drop={k}",
                }
                for k, v in self.constraints.items()
            ],
        }


def _cut(text: str, match: re.Match[str]) -> str:
    return (text[: match.start()] + " " + text[match.end() :]).strip()


def _describes_purpose(words: list[str], i: int) -> bool:
    """Whether the colour ``words[i]`` is the colour of what the product is for, not of the
    product: in a "for" phrase and followed by its own noun ("glasses for red wine",
    "a frame for white walls"); "shoes for kids in red" keeps red."""
    before = [w.lower() for w in words[max(0, i - 3) : i]]
    while before and before[-1] in _DETERMINERS:
        before.pop()
    if not before or before[-1] != "for" or i + 1 >= len(words):
        return False
    following = re.sub(r"[^\w]", "", words[i + 1].lower())
    return bool(following) and following.isalpha() and english_colour(following) is None


def parse_query(
    query: str, categories: Iterable[str] = (), brands: Iterable[str] = ()
) -> Understanding:
    """Read constraints with deterministic rules; ``categories``/``brands`` are known values.

    >>> parse_query("red running shoes under $80 for kids").constraints
    {'max_price': '80', 'colour': 'red', 'audience': 'kids'}
    """
    typed = " ".join(query.split())
    budget, text = take_budget(arabic_numerals(typed))  # "两百以内", "under 1.5k"
    if budget.min_price is None and budget.max_price is None:
        text = typed  # the product words as typed ("两人帐篷" finds "两人" in titles)
    found: dict[str, str] = {}
    if budget.min_price is not None:
        found["min_price"] = budget.min_price
    if budget.max_price is not None:
        found["max_price"] = budget.max_price
    if m := _IN_STOCK.search(text):
        found["in_stock"] = "true"
        text = _cut(text, m)
    words = text.split()
    kept = []
    for i, word in enumerate(words):
        bare = re.sub(r"[^\w]", "", word.lower()).removesuffix(
            "s" if word.lower().endswith("'s") else ""
        )
        colour = english_colour(bare)
        if colour and "colour" not in found and not _describes_purpose(words, i):
            found["colour"] = colour
            continue
        if bare in AUDIENCES and "audience" not in found:
            found["audience"] = AUDIENCES[bare]
            continue
        kept.append(word)
    text = _FOR.sub("", " ".join(kept)).strip()
    tokens = f" {' '.join(analyse(text))} "
    for path in sorted(categories, key=len, reverse=True):
        leaf = " ".join(analyse(path.rsplit(" > ", 1)[-1]))
        if leaf and f" {leaf} " in tokens:
            found["category"] = path
            break
    for brand in sorted(brands, key=len, reverse=True):
        name = " ".join(analyse(brand))
        if name and f" {name} " in tokens:
            found["brand"] = brand
            break
    constraints = {k: v for k, v in found.items() if v}
    return Understanding(text=text or query.strip(), constraints=constraints)


EXTRACT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "the product words, constraints removed"},
        "max_price": {"type": ["number", "null"]},
        "min_price": {"type": ["number", "null"]},
        "colour": {"type": ["string", "null"]},
        "audience": {"type": ["string", "null"], "enum": ["kids", "baby", "men", "women", None]},
        "in_stock": {"type": ["boolean", "null"]},
    },
    "required": ["text", "max_price", "min_price", "colour", "audience", "in_stock"],
    "additionalProperties": False,
}
_SYSTEM = (
    "You read shop search queries. Return JSON: text = the product words only; "
    "max_price/min_price = numbers from phrases like 'under $80' or 'over 20', else null; "
    "colour = a colour word if any, else null; audience = kids, baby, men or women if the "
    "query says who it is for, else null; in_stock = true only if the query asks for it."
)


def extract_query(
    query: str,
    categories: Iterable[str] = (),
    brands: Iterable[str] = (),
    *,
    client: ModelClient,
) -> Understanding:
    """Ask the ``extract`` model through the gateway; on any problem use ``parse_query``.

    Parameters
    ----------
    query
        The shopper's words.
    categories, brands
        The index's known values (recognised by the parser in the model's text).
    client
        The tenant's gateway client (feature :data:`FEATURE`): the call is metered to the
        tenant, moderated and audited like every model call.

    Returns
    -------
    Understanding
        ``source="model"``; or the parser's, with ``note`` saying why the model was not
        used (unavailable, over budget or rate, blocked by moderation, unreadable answer).
    """
    from tradewinds.models import ChatRequest

    categories, brands = list(categories), list(brands)
    try:
        request = ChatRequest.from_prompt(
            query, system=_SYSTEM, json_schema=EXTRACT_SCHEMA, max_tokens=96, temperature=0
        )
        data = client.chat(request, model="extract").result.json()
        if not isinstance(data, dict):
            raise InvalidModelOutput(f"expected a JSON object, got {data!r}")
    except TradewindsError as exc:
        understanding = parse_query(query, categories, brands)
        understanding.note = f"model unavailable ({exc.code}), used the parser: {exc.message}"
        return understanding
    found: dict[str, str] = {}
    for key in ("max_price", "min_price"):
        if isinstance(data.get(key), int | float) and data[key] > 0:
            found[key] = amount(str(data[key])) or ""
    if isinstance(data.get("colour"), str) and data["colour"].lower() in COLOURS:
        found["colour"] = data["colour"].lower()
    if data.get("audience") in {"kids", "baby", "men", "women"}:
        found["audience"] = data["audience"]
    if data.get("in_stock") is True:
        found["in_stock"] = "true"
    answered = data.get("text")
    text = answered if isinstance(answered, str) and answered.strip() else query
    rest = parse_query(text, categories, brands)  # known categories and brands
    for key in ("category", "brand"):
        if key in rest.constraints:
            found[key] = rest.constraints[key]
    return Understanding(
        text=text.strip(), constraints={k: v for k, v in found.items() if v}, source="model"
    )
