# ruff: noqa: RUF001, RUF002 - Chinese text is written with full-width punctuation
"""Warranty terms in English or Chinese ("2-year limited warranty", "warranty: 12 months",
"lifetime warranty", "保修2年", "两年质保", "终身保修"), in months."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tradewinds.text.numerals import arabic_numerals, english_numerals

_N = r"(\d+(?:\.\d+)?)"
_UNIT = r"(years?|yrs?|months?|mos?|年|个月|月)"
_WARRANTY = r"(?:warrant(?:y|ies|ed)|guarantee[d]?|保修|质保|保固|包换)"
_PATTERNS = [
    re.compile(rf"{_N}[\s-]*{_UNIT}[\s-]*(?:\w+[\s-]+){{0,2}}?{_WARRANTY}", re.I),
    re.compile(rf"{_WARRANTY}\s*(?:of|for|is|:|：|period)?\s*(?:up to\s*)?{_N}\s*{_UNIT}", re.I),
    re.compile(rf"{_WARRANTY}\s*(?:期)?\s*(?:为|长达)?\s*{_N}\s*{_UNIT}", re.I),
]
_LIFETIME = re.compile(
    rf"(?:lifetime|life-time|终身|永久)\s*(?:limited\s+)?{_WARRANTY}|{_WARRANTY}\s*[:：]?\s*(?:limited\s+)?(?:lifetime|终身)",
    re.I,
)
_HALF_YEAR = re.compile(r"半年|half a year|six months")


@dataclass(frozen=True)
class Warranty:
    """A warranty term in months (``math.inf`` for lifetime), as written."""

    months: float
    text: str


def warranties_in(text: str) -> list[Warranty]:
    """The warranty terms ``text`` states.

    >>> [w.months for w in warranties_in("Backed by a two-year limited warranty.")]
    [24.0]
    >>> [w.months for w in warranties_in("整机保修1年，终身保修")]
    [12.0, inf]
    """
    text = _HALF_YEAR.sub("6个月", english_numerals(arabic_numerals(text)))
    found: list[tuple[int, Warranty]] = []
    taken: list[tuple[int, int]] = []
    for match in _LIFETIME.finditer(text):
        found.append((match.start(), Warranty(math.inf, match[0])))
        taken.append(match.span())
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            numbers = [g for g in match.groups() if g and re.fullmatch(r"[\d.]+", g)]
            unit = next(g for g in match.groups() if g and not re.fullmatch(r"[\d.]+", g))
            months = float(numbers[0]) * (
                1 if unit.lower().startswith("mo") or "月" in unit else 12
            )
            found.append((match.start(), Warranty(months, match[0].strip())))
            taken.append(match.span())
    return [w for _, w in sorted(found, key=lambda pair: pair[0])]
