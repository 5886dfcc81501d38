# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Age ranges a product is for, in English or Chinese ("ages 3+", "for ages 8-12",
"18 months and up", "3岁以上", "3-6岁"), in months."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewinds.text.numerals import arabic_numerals, english_numerals

_N = r"(\d+(?:\.\d+)?)"
_UNIT = r"(years?|yrs?|y|months?|mos?|m|岁|周岁|个月|月)"
_OPEN = (
    r"(\+|\s*(?:and|&)\s*(?:up|over|older|above)|\s*years?\s*(?:and|&)\s*(?:up|over|older)"
    r"|以上|及以上|或以上|\s*or\s+older)"
)
_PATTERNS = [
    # ranges: "ages 8-12", "3 to 5 years", "3-6岁", "0-6 months"
    re.compile(
        rf"(?:(?:ages?|aged|kids?|children|toddlers?)\s*|适合\s*)?{_N}\s*(?:-|–|to|~|至|到)\s*{_N}\s*\+?\s*{_UNIT}?(?![a-z])",
        re.I,
    ),
    # "14+ years", "3+ yrs"
    re.compile(rf"{_N}\s*\+\s*{_UNIT}(?![a-z])", re.I),
    # open: "ages 3+", "3 years and up", "18 months+", "3岁以上", "14+"
    re.compile(
        rf"(?:(?:ages?|aged|kids?|children|toddlers?)\s*|适合\s*)?{_N}\s*{_UNIT}?\s*{_OPEN}", re.I
    ),
    # "from 12 months", "suitable from 3 years", "up to age 8", "1岁宝宝"
    re.compile(rf"\b(?:from|starting at)\s+(?:age\s+)?{_N}\s*{_UNIT}(?![a-z])", re.I),
    re.compile(rf"{_N}\s*(岁|个月)(?:的)?(?:宝宝|儿童|孩子|小孩|幼儿|婴儿|以上|起)", re.I),
    # "over 3 years", "older than 3", "3岁及以上的儿童"
    re.compile(
        rf"(?:over|older than|above|at least)\s+(?:the\s+)?(?:age\s+of\s+)?{_N}\s*{_UNIT}?", re.I
    ),
]
_NAMED = r"ages?|aged|kids?|children|toddlers?|适合|over|older|above|at least"
# An age must be said to be one: an age word near it or a unit that only ages have.
_AGE_CONTEXT = re.compile(
    r"\bages?\b|\baged\b|\bold\b|\byears?\b|\bmonths?\b|kids?|child|children|toddlers?|baby|"
    r"babies|infants?|teens?|岁|宝宝|儿童|幼儿|婴儿|孩子|小孩|青少年|月龄",
    re.I,
)
_NOT_AGE = re.compile(
    r"warrant|guarantee|保修|质保|包换|battery|续航|hours?|runtime|lasts?|life\b|使用寿命|"
    r"\b(?:in|for)\s+business|\bsince\b|experience",
    re.I,
)


_NEWBORN = re.compile(
    r"\bnew-?borns?\b|\bfrom birth\b|\b0\+\s*months?|新生儿|出生即可|0岁起|0个月起", re.I
)
_MIXED_RANGE = re.compile(
    rf"{_N}\s*(months?|个月)\s*(?:-|–|to|至|到)\s*{_N}\s*(years?|岁)(?![a-z])", re.I
)
_UP_TO_AGE = re.compile(rf"\bup to (?:the )?age (?:of )?{_N}\s*{_UNIT}?", re.I)


@dataclass(frozen=True)
class AgeRange:
    """Ages from ``low`` to ``high`` months (``high`` None: and up), as written."""

    low: float
    high: float | None
    text: str


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a match (a battery in the next clause is not its)."""
    left = max((m.end() for m in re.finditer(r"[,;.!?，。；！？]", text[:start])), default=0)
    right = re.search(r"[,;.!?，。；！？]", text[end:])
    return text[max(left, start - 30) : end + (right.start() if right else 20)]


def _months(value: str, unit: str | None) -> float:
    unit = (unit or "y").lower()
    per = 1.0 if unit.startswith("mo") or unit in ("m", "个月", "月") else 12.0
    return float(value) * per


def age_ranges(text: str) -> list[AgeRange]:
    """The age ranges ``text`` states a product is for.

    >>> [(a.low, a.high) for a in age_ranges("For ages 3+, and kids 8-12 years")]
    [(36.0, None), (96.0, 144.0)]
    >>> [(a.low, a.high) for a in age_ranges("适合3岁以上儿童")]
    [(36.0, None)]
    """
    text = english_numerals(arabic_numerals(text))
    found: list[tuple[int, AgeRange]] = []
    taken: list[tuple[int, int]] = []
    for match in _MIXED_RANGE.finditer(text):  # "6 months to 3 years"
        if not any(s < match.end() and match.start() < e for s, e in taken):
            low, high = _months(match[1], match[2]), _months(match[3], match[4])
            if low < high:
                found.append((match.start(), AgeRange(low, high, match[0])))
                taken.append(match.span())
    for index, pattern in enumerate(_PATTERNS):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            unit = match[3] if index == 0 else match[2]
            if not unit and not re.match(_NAMED, match[0], re.I):
                continue  # "60-90 minutes", "2-6 players": a bare range is an age only after "ages"
            window = _clause(text, match.start(), match.end())
            if not _AGE_CONTEXT.search(window) or _NOT_AGE.search(window):
                continue
            if index == 0:
                low, high = _months(match[1], unit), _months(match[2], unit)
                if high <= low:
                    continue
                found.append((match.start(), AgeRange(low, high, match[0].strip())))
            else:
                found.append(
                    (match.start(), AgeRange(_months(match[1], match[2]), None, match[0].strip()))
                )
            taken.append(match.span())
    for match in _NEWBORN.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((match.start(), AgeRange(0.0, None, match[0])))
    for match in _UP_TO_AGE.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((match.start(), AgeRange(0.0, _months(match[1], match[2]), match[0])))
    return [age for _, age in sorted(found, key=lambda pair: pair[0])]
