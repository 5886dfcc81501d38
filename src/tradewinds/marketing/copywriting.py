# ruff: noqa: RUF001, RUF002
"""Campaign copy from attribute templates: a subject line per A/B variant, an intro that
fits the segment, one short block per picked product made of its own title and stated
attributes, and a closing line, in English and Chinese.

Nothing is invented: a product block quotes the product's title and attribute values, so
the fact checker has only the product's own words to read. No prices and no stock (they go
stale, and the checker blocks them).

>>> from tradewinds.merchant import ProductFacts
>>> mug = ProductFacts("mug", "Trail Mug", attributes=(("material", "Stainless steel"),))
>>> product_block(mug, "en")
'Trail Mug — material: Stainless steel'
>>> product_block(mug, "zh")
'Trail Mug——material：Stainless steel'
"""

from __future__ import annotations

from typing import Any

from tradewinds.merchant import ProductFacts

MAX_ATTRIBUTES = 3
_SKIPPED_KEYS = ("price", "stock", "inventory", "cost", "sku", "barcode")

_HEADLINES = {
    "en": {
        "lapsed": "We've missed you",
        "new": "Welcome to the shop",
        "rfm": "Picked for you",
        "affinity": "More for your {category} shelf",
    },
    "zh": {
        "lapsed": "好久不见",
        "new": "欢迎光临",
        "rfm": "为您精选",
        "affinity": "{category}好物推荐",
    },
}
# One subject style per variant position; a third variant and beyond reuse them in turn.
_SUBJECTS = {
    "en": ("{headline}: {first}", "Have you seen the {first}?", "{headline} — our picks"),
    "zh": ("{headline}：{first}", "{first}，了解一下？", "{headline}｜本期精选"),
}
_INTROS = {
    "en": "Hello {name}, {headline_lower}. Here is what we picked for you:",
    "zh": "{name}您好，{headline}！以下是为您挑选的商品：",
}
_OUTROS = {
    "en": "See them all in the shop.",
    "zh": "欢迎到店查看。",
}
_UNSUBSCRIBE = {
    "en": "You receive this email because you agreed to hear from us. Unsubscribe: {where}",
    "zh": "您收到这封邮件是因为您同意接收我们的消息。退订：{where}",
}
_REPLY = {"en": "reply with the word UNSUBSCRIBE", "zh": "回复“退订”"}
_GREETING_NAME = {"en": "there", "zh": "顾客"}


def _leaf(path: str) -> str:
    return path.split(">")[-1].strip()


def headline(kind: str, params: dict[str, Any], language: str) -> str:
    """The segment's headline in ``language`` (``lapsed``: "We've missed you")."""
    return _HEADLINES[language][kind].format(category=_leaf(str(params.get("category", ""))))


def _attributes(facts: ProductFacts) -> list[tuple[str, str]]:
    chosen = []
    for key, value in facts.attributes:
        if any(word in key.lower() for word in _SKIPPED_KEYS) or not value or len(value) > 60:
            continue
        chosen.append((key.replace("_", " "), value))
        if len(chosen) == MAX_ATTRIBUTES:
            break
    return chosen


def product_block(facts: ProductFacts, language: str, *, attributes: bool = True) -> str:
    """One product's lines: its title and up to three stated attributes, verbatim."""
    pairs = _attributes(facts) if attributes else []
    if language == "zh":
        details = "；".join(f"{k}：{v}" for k, v in pairs)
        return f"{facts.title}——{details}" if details else facts.title
    details = "; ".join(f"{k}: {v}" for k, v in pairs)
    return f"{facts.title} — {details}" if details else facts.title


def subject_line(
    position: int, kind: str, params: dict[str, Any], language: str, first: str
) -> str:
    """The subject of the variant at ``position`` (0, 1, ...)."""
    styles = _SUBJECTS[language]
    text = styles[position % len(styles)]
    return text.format(headline=headline(kind, params, language), first=first)


def intro(kind: str, params: dict[str, Any], language: str) -> str:
    """The opening line; ``{name}`` is filled per recipient when the email is written."""
    words = headline(kind, params, language)
    lower = words[0].lower() + words[1:] if language == "en" else words
    return _INTROS[language].format(name="{name}", headline=words, headline_lower=lower)


def outro(language: str) -> str:
    return _OUTROS[language]


def greeting_name(name: str, language: str) -> str:
    """The name an intro greets (the customer's first name, or a neutral word)."""
    return name.split()[0] if name.strip() else _GREETING_NAME[language]


def unsubscribe_line(language: str, url: str) -> str:
    """The unsubscribe line every campaign email ends with."""
    return _UNSUBSCRIBE[language].format(where=url or _REPLY[language])
