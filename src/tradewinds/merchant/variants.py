# ruff: noqa: RUF001, RUF003 - Chinese text is written with full-width punctuation
"""``colour_variant`` findings: colours and sizes the copy offers that the product does
not (its colour and size options, colour attributes and title). Sizes with units are
compared as numbers by :mod:`.numbers`; this module reads colour words and letter or
bare-number sizes."""

from __future__ import annotations

import re

from tradewinds.merchant._parts import unstated_part
from tradewinds.merchant.facts import Fact, ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.text import COLOUR_NAMES, colour_names, english_colour, has_chinese
from tradewinds.text.colours import base_colours, chinese_colour

COLOUR_OPTION = re.compile(r"colou?r|shade|finish|颜色|色", re.I)
"""Option names that offer colours (or finishes)."""
_SIZE_OPTION = re.compile(r"size|尺码|尺寸|规格", re.I)
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_NOT_A_COLOUR_AFTER = re.compile(
    r"^[\s-]*(?:noise|tea|standard|lining|wine|friday|belt|light|list|box|carpet|"
    r"thumb|label|print|ink|eye|collar|tape)\b",
    re.I,
)
_ZH_BASES = {zh: en for en, names in COLOUR_NAMES.items() for zh in names}
_LETTER_SIZES = r"(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL)"
_SIZES_CLAIM = re.compile(
    rf"\b[Ss]izes?\s*:?\s*((?:{_LETTER_SIZES}|\d{{1,2}}(?:\.5)?)(?:\s*(?:,|/|-|–|to|and|or|through)\s*"
    rf"(?:{_LETTER_SIZES}|\d{{1,2}}(?:\.5)?))*)\b|(\d{{1,2}})号(?!电池|干电池|线|楼|店)|(?:尺码\s*)?\b((?:{_LETTER_SIZES})(?:\s*(?:[-–/、至到]|to|through)\s*{_LETTER_SIZES})+)(?![A-Za-z])",
)
_SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"]
_ITEM_WORDS = re.compile(
    r"^(?:choose|pick|in|available in|comes in|or|and|from|有|另有)\s*|"
    r"(?:四色|三色|两色|五色)?(?:可选|任选|款|色)?$",
    re.I,
)
_CLAUSES = re.compile(r"(?:[^.;!?。；！？:：，,\n]|(?<![\u3400-\u9fff]),(?![\u3400-\u9fff]))+")
_ITEM_SPLIT = re.compile(r"\s*(?:,|、|/|\bor\b|\band\b|和|或|及|以及)\s*", re.I)
_ZH_DIGITS = dict(zip("一两二三四五六七八九十", "1223456789", strict=False)) | {"十": "10"}
# A count is a number of its own on the same line ("EN1078" ending one bullet and
# "Colours: ..." starting the next is no count of colours).
_COLOUR_COUNT = re.compile(
    r"(?<![A-Za-z0-9.])(\d+|[一两二三四五六七八九十])[ \t]*"
    r"(?:种颜色|种配色|个色号|款颜色|色可选|色任选|色系|colou?rs\b|colorways\b|shades\b)",
    re.I,
)


def _base_colours(value: str) -> set[str]:
    bases = {colour for colour, _, _ in _colour_mentions(value)}
    for word in _ENGLISH_WORD.findall(value):  # "Slate", "Forest", "Cobalt"
        bases |= base_colours(word)
    for part in _ITEM_SPLIT.split(value):  # Chinese shades: 薄荷绿 is green
        bases |= set(colour_names(part.strip())) & set(COLOUR_NAMES)
    return bases


def _matches(item: str, values: list[str]) -> bool:
    item = item.strip().lower()
    if not item:
        return False
    item_bases = _base_colours(item)
    first = item.split()[0]
    for value in (part for v in values for part in v.split("/")):  # "Grey/Volt"
        value = value.strip().lower()
        if value and first == value:
            return True  # "Volt Size": the value, run into the next words
        if item == value or (len(item) > 2 and (item in value or value in item)):
            return True
        if item_bases and item_bases == _base_colours(value):
            return True
    return False


def _enumerations(text: str) -> list[list[tuple[str, int, int]]]:
    """Lists in the copy ("Lilac, Teal, Black or Coral", "樱桃红、钴蓝、奶油白"): each
    item with where it is; lists of two items or more."""
    found = []
    # In Chinese a comma ("，", "," after NFKC) ends a clause and "、" separates items;
    # in English "," separates items.
    for clause in _CLAUSES.finditer(text):
        items, at = [], clause.start()
        for piece in _ITEM_SPLIT.split(clause[0]):
            start = text.find(piece, at) if piece else at
            if piece.strip():
                items.append((piece.strip(), start, start + len(piece)))
            at = max(at, start + len(piece))
        if len(items) >= 2:
            found.append(items)
    return found


def enumeration_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Items of a list in the copy that also names offered values (colours, sizes)
    but are not offered: the extra colour in "Lilac, Teal, Black or Coral". In a list
    written in another language than the values, only a list longer than the values
    can be told to hold an extra."""
    findings = []
    every_value = [v for f in facts.facts if f.source.startswith("option")
                   for v in f.text.split(":", 1)[-1].split(",") if v.strip()]  # fmt: skip
    for fact in facts.facts:
        if not fact.source.startswith("option") or not COLOUR_OPTION.search(fact.key):
            continue
        values = [v.strip() for v in fact.text.split(":", 1)[-1].split(",") if v.strip()]
        same_script = has_chinese(" ".join(values)) == has_chinese(text)
        for items in _enumerations(text):
            short = [i for i in items if len(i[0]) <= 24 and len(i[0].split()) <= 3]
            if len(short) < 2:
                continue
            matched = [i for i in short if _matches(_strip_item(i[0]), values)]
            if not matched:
                continue
            extra = [i for i in short if i not in matched]
            if not same_script:
                extra = _other_colours(extra, values) or (
                    extra[-1:] if len(short) > len(values) else []
                )
            for item, start, end in extra:
                if not _looks_like_colour(item) or _matches(_strip_item(item), every_value):
                    continue
                findings.append(Finding("colour_variant", item, fact.text, fact.source,
                                        start=start, end=end))  # fmt: skip
    return findings


def _other_colours(
    items: list[tuple[str, int, int]], values: list[str]
) -> list[tuple[str, int, int]]:
    """Items (in another language than the values) whose colour is none of the values'
    colours, when every value's colour is known ("奶油白" is white; "Cherry Red, Cobalt,
    Matte Black" are red, blue and black)."""
    bases = [_base_colours(v) for v in values]
    if not all(bases):
        return []
    offered = set().union(*bases)
    return [i for i in items if (own := _base_colours(_strip_item(i[0]))) and not own & offered]


def _strip_item(item: str) -> str:
    return _ITEM_WORDS.sub("", item).strip()


def _looks_like_colour(item: str) -> bool:
    """A colour name: a colour word or shade, or a short name in Title Case ("Coral",
    "Plum Wine"), not a size or a phrase."""
    item = _strip_item(item)
    if not item or re.search(r"\d", item) or re.fullmatch(_LETTER_SIZES, item):
        return False
    if _base_colours(item):
        return True
    words = item.split()
    return item.isascii() and len(words) <= 2 and all(w[:1].isupper() and w[1:].islower()
                                                      for w in words)  # fmt: skip


def count_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """A count of colours the copy gives ("6个色号", "four colours") that differs from
    the colour options offered."""
    option = next((f for f in facts.facts if f.source.startswith("option")
                   and COLOUR_OPTION.search(f.key)), None)  # fmt: skip
    if option is None:
        return []
    offered = len([v for v in option.text.split(":", 1)[-1].split(",") if v.strip()])
    findings = []
    for match in _COLOUR_COUNT.finditer(text):
        number = _ZH_DIGITS.get(match[1], match[1])
        if number.isdigit() and int(number) != offered:
            findings.append(Finding("colour_variant", match[0], option.text, option.source,
                                    start=match.start(), end=match.end()))  # fmt: skip
    return findings


def _colour_mentions(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _ENGLISH_WORD.finditer(text):
        colour = english_colour(match[0])
        if colour and not _NOT_A_COLOUR_AFTER.match(text[match.end() :]):
            found.append((colour, match.start(), match.end()))
    rest = text
    while zh := chinese_colour(rest):
        at = rest.find(zh[0])
        offset = len(text) - len(rest)
        found.append((zh[1], offset + at, offset + at + len(zh[0])))
        rest = rest[at + len(zh[0]) :]
    return found


def _stated_colours(facts: ProductFacts) -> tuple[set[str], Fact | None]:
    colours: set[str] = set()
    fact: Fact | None = None
    for item in facts.facts:
        if item.key and COLOUR_OPTION.search(item.key):
            values = item.text.split(":", 1)[-1]
            colours |= _base_colours(values)
            fact = fact or item
    return colours, fact


def _all_named(fact: Fact) -> bool:
    """Whether every offered value has a base colour ("Lilac" has none we know)."""
    return all(_base_colours(v) for v in fact.text.split(":", 1)[-1].split(",") if v.strip())


def colour_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Colours the copy names that the product's colour options do not offer (judged
    only when the product has colour options or a colour attribute)."""
    offered, fact = _stated_colours(facts)
    if not offered or fact is None or not _all_named(fact):
        return []
    named_anywhere = _base_colours(facts.text)
    findings = []
    for colour, start, end in _colour_mentions(text):
        if colour in offered or colour in named_anywhere:
            continue
        if unstated_part(text, end, facts.text):
            continue
        findings.append(Finding("colour_variant", text[start:end], fact.text, fact.source,
                                start=start, end=end))  # fmt: skip
    return findings


def _sizes(claim: str) -> list[str]:
    parts = re.findall(rf"{_LETTER_SIZES}|\d{{1,2}}(?:\.5)?", claim)
    if (
        re.search(r"-|–|to|through|至|到", claim)
        and len(parts) == 2
        and all(p in _SIZE_ORDER for p in parts)
    ):
        low, high = _SIZE_ORDER.index(parts[0]), _SIZE_ORDER.index(parts[1])
        return _SIZE_ORDER[low : high + 1] if low <= high else parts
    return parts


def size_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Letter or bare-number sizes the copy offers that the size option lacks."""
    option = next((f for f in facts.facts if f.key and _SIZE_OPTION.search(f.key)
                   and f.source.startswith("option")), None)  # fmt: skip
    if option is None:
        return []
    values = option.text.split(":", 1)[-1].split(",")
    offered = {  # "Size 6 (28.5 in)" offers 6
        m[1].upper() for v in values if (m := re.match(r"\s*(?:size\s*)?([\w.]+)", v, re.I))
    }
    if not all(o in _SIZE_ORDER or re.fullmatch(r"[\d.]+\w{0,2}", o) for o in offered):
        return []  # "Small", "Queen": not the sizes a claim of "M" or "10" can be read against
    findings = []
    for match in _SIZES_CLAIM.finditer(text):
        claimed = _sizes(match[1] or match[2] or match[3] or "")
        if not claimed or not any(c in _SIZE_ORDER or c.isdigit() for c in claimed):
            continue
        comparable = [c for c in claimed if any(re.match(rf"{re.escape(c)}(?![\d.])", o) for o in offered)]  # noqa: E501  # fmt: skip
        if len(comparable) < len(claimed):
            findings.append(Finding("colour_variant", match[0], option.text, option.source,
                                    start=match.start(), end=match.end()))  # fmt: skip
    return findings
