"""The variants a shopper names ("the harness in XL red", "24磅装", "in medium, mint"): a
variant's option values found in the message, sizes compared with units normalised and
colours in either language, so stock is answered for that variant, not the product."""

from __future__ import annotations

import re

from tradewinds.assistant.facts import ProductDetails, VariantStock
from tradewinds.text import colour_names, parse_quantities

# "which sizes can I get?", "what colours are there?": every variant's stock is wanted.
_WHICH_OPTIONS = re.compile(
    r"\b(?:which|what)\s+(?:sizes?|colou?rs?|options?|versions?|models?)\b"
    r"|\b(?:sizes?|colou?rs?)\s+(?:available|in stock|do you have|can i get)\b"
    r"|(?:哪些|什么)(?:尺码|尺寸|颜色|规格|型号)|(?:尺码|尺寸|颜色|规格)有哪些",
    re.I,
)


# Garment sizes as letters and as words (any shop): "medium" names the M variant.
_SIZE_WORDS: dict[str, frozenset[str]] = {
    "xs": frozenset({"extra small", "x-small"}),
    "s": frozenset({"small"}),
    "m": frozenset({"medium"}),
    "l": frozenset({"large"}),
    "xl": frozenset({"extra large", "x-large"}),
    "xxl": frozenset({"2xl", "xx-large"}),
    "small": frozenset({"s"}),
    "medium": frozenset({"m"}),
    "large": frozenset({"l"}),
}


def is_size_word(word: str) -> bool:
    """Whether ``word`` is a garment size ("xl", "medium", "2xl")."""
    return word.lower() in _SIZE_WORDS or any(word.lower() in v for v in _SIZE_WORDS.values())


def asks_for_options(text: str) -> bool:
    """Whether the message asks which variants there are ("which sizes can I get?")."""
    return _WHICH_OPTIONS.search(text) is not None


def _mentions(text: str, value: str) -> bool:
    lowered = text.lower()
    value = value.strip().lower()
    if not value:
        return False
    said = parse_quantities(text)
    stated = parse_quantities(value)
    if stated:  # "24 lb" said as "24磅" or "24 pounds"
        return any(
            q.dimension == s.dimension and abs(q.value - s.value) <= 0.01 * s.value
            for q in said
            for s in stated
        )
    names = set(colour_names(value)) | {value} | _SIZE_WORDS.get(value, frozenset())
    last = value.split()[-1]
    if last != value and colour_names(last):  # "Forest Green" is a green
        names |= set(colour_names(last)) | {last}
    if len(value) == 1:  # "M": as a capital letter on its own ("size M"), not "i'm"
        names.discard(value)
        if re.search(rf"(?<![\w'-]){re.escape(value.upper())}(?![\w'-])", text):
            return True
    return any(
        (name in lowered) if not name.isascii() else
        re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered) is not None
        for name in names
    )  # fmt: skip


def mentioned_values(variant: VariantStock, text: str) -> list[str]:
    """The option values of ``variant`` the message names ("XL", "Red")."""
    return [v for v in variant.title.split(" / ") if v and _mentions(text, v)]


def names_only_a_colour(variant: VariantStock, text: str) -> bool:
    """Whether the only value of ``variant`` the message names is a colour (which a
    colour-filtered search already answers)."""
    from tradewinds.text import COLOUR_NAMES, COLOURS

    values = mentioned_values(variant, text)
    known = COLOURS | {name for names in COLOUR_NAMES.values() for name in names}
    return bool(values) and all(v.strip().lower() in known for v in values)


def asked_variants(details: ProductDetails, text: str) -> list[VariantStock]:
    """The variants whose option values the message names, those naming the most first;
    [] when it names none (or the product has a single variant)."""
    if len(details.variants) < 2:
        return []
    scored = []
    for variant in details.variants:
        scored.append((len(mentioned_values(variant, text)), variant))
    best = max(h for h, _ in scored)
    return [v for h, v in scored if h == best] if best else []
