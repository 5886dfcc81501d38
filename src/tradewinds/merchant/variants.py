# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""``colour_variant`` findings: colours and sizes the copy offers that the product does
not (its colour and size options, colour attributes and title). Sizes with units are
compared as numbers by :mod:`.numbers`; this module reads colour words and letter or
bare-number sizes."""

from __future__ import annotations

import re

from tradewinds.merchant._parts import unstated_part
from tradewinds.merchant.facts import Fact, ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.text import COLOUR_NAMES, english_colour
from tradewinds.text.colours import chinese_colour

_COLOUR_OPTION = re.compile(r"colou?r|shade|finish|颜色|色", re.I)
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
    rf"\bsizes?\s*:?\s*((?:{_LETTER_SIZES}|\d{{1,2}}(?:\.5)?)(?:\s*(?:,|/|-|–|to|and|or|through)\s*"
    rf"(?:{_LETTER_SIZES}|\d{{1,2}}(?:\.5)?))*)\b|尺码\s*((?:{_LETTER_SIZES})(?:\s*[-–/、至到]\s*{_LETTER_SIZES})*)",
)
_SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"]


def _base_colours(value: str) -> set[str]:
    bases = {c for w in _ENGLISH_WORD.findall(value) if (c := english_colour(w))}
    zh = chinese_colour(value)
    if zh:
        bases.add(zh[1])
    return bases


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
        if item.key and _COLOUR_OPTION.search(item.key):
            values = item.text.split(":", 1)[-1]
            colours |= _base_colours(values)
            fact = fact or item
    return colours, fact


def colour_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Colours the copy names that the product's colour options do not offer (judged
    only when the product has colour options or a colour attribute)."""
    offered, fact = _stated_colours(facts)
    if not offered or fact is None:
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
    offered = {re.sub(r"[^\w.]", "", v.upper()) for v in option.text.split(":", 1)[-1].split(",")}
    if not all(o in _SIZE_ORDER or re.fullmatch(r"[\d.]+\w{0,2}", o) for o in offered):
        return []  # "Small", "Queen": not the sizes a claim of "M" or "10" can be read against
    findings = []
    for match in _SIZES_CLAIM.finditer(text):
        claimed = _sizes(match[1] or match[2] or "")
        if not claimed or not any(c in _SIZE_ORDER or c.isdigit() for c in claimed):
            continue
        comparable = [c for c in claimed if any(re.match(rf"{re.escape(c)}(?![\d.])", o) for o in offered)]  # noqa: E501  # fmt: skip
        if len(comparable) < len(claimed):
            findings.append(Finding("colour_variant", match[0], option.text, option.source,
                                    start=match.start(), end=match.end()))  # fmt: skip
    return findings
