"""Counts of named things: "24 vents", "a 104-key layout", "12-Bottle", "3 USB ports",
"Vents: 18". A count is a number right before a noun (with at most one word between:
the noun's qualifier) or right after a noun and an optional colon.

Nouns are compared by stem, so "bottles" counts what "12-Bottle" counts. Units, words of
time and people are measures, not counts (see ``measures``); ratios ("5.2:1", "1:16") and
ranges are no counts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tradewinds.text.bilingual import english_glosses
from tradewinds.text.measures import (
    _AFTER_MAX,
    _AFTER_MIN,
    _AT_LEAST,
    _AT_MOST,
    _STRICT,
    _ZH_MAX_AFTER,
    _ZH_MAX_BEFORE,
    _ZH_MIN_AFTER,
    _ZH_MIN_BEFORE,
    MeasureConstraint,
    parse_quantities,
    unit_dimension,
)
from tradewinds.text.tokens import STOP_WORDS, stem

_NUMBER = r"(\d+(?:\.\d+)?)"
_WORD = r"([A-Za-z][A-Za-z]{2,})"
_AFTER = re.compile(rf"(?<![\d.,/:–-])\b{_NUMBER}(?!:\d)(?:-|\s+)(?:([a-z]+)\s+)?{_WORD}\b")  # noqa: RUF001
_BEFORE = re.compile(rf"\b{_WORD}\s*:?\s*{_NUMBER}(?![\d.,/%:–-])(?!\s*[A-Za-z%–-])")  # noqa: RUF001
_SKIPPED_WORDS = (
    "times percent per cent year month week day hour minute second step way inch people person time"
    " dollar buck euro yuan usd rmb"
)
_SKIP = frozenset(stem(w) for w in _SKIPPED_WORDS.split())


class Count(NamedTuple):
    """A count in a text: the noun's stem, the number, the words, where, and the word
    qualifying the noun ("2 clip points": clip), if any."""

    noun: str
    value: float
    text: str
    start: int
    end: int
    qualifier: str | None


def count_noun(word: str) -> str | None:
    """The stem ``word`` is counted by ("bottles" → "bottl"), or None for stop words,
    units, words of time or people and words shorter than three letters."""
    word = word.lower()
    if word in STOP_WORDS or unit_dimension(word) not in (None, "pieces"):
        return None
    noun = stem(word)
    return None if noun in _SKIP or len(noun) < 3 else noun


def counts(text: str) -> list[Count]:
    """Every count ``text`` states, in order of the two patterns (number first, then noun
    first).

    >>> [(c.noun, c.value) for c in counts("Holds 24 bottles; Zones: 2")]
    [('bottl', 24.0), ('zone', 2.0)]
    """
    found: list[Count] = []
    for match in _AFTER.finditer(text):
        if match[2] and unit_dimension(match[2]) not in (None, "pieces", "people"):
            continue  # "16 in laptops", "300 g unstrung": a measure, not a count
        # "12 dazzling experiments" counts experiments; "24 vents keep" counts vents
        first = count_noun(match[2]) if match[2] else None
        for word, qualifier in ((match[2], None), (match[3], first)):
            noun = count_noun(word) if word else None
            if noun:
                found.append(Count(noun, float(match[1]), match[0], match.start(), match.end(),
                                   qualifier))  # fmt: skip
    for match in _BEFORE.finditer(text):
        noun = count_noun(match[1])
        if noun:
            found.append(Count(noun, float(match[2]), match[0], match.start(), match.end(), None))
    return found


_COUNTED = r"(\d+)\s*(?:-\s*)?(?:([a-z]+)\s+)?([a-z]{3,})\b"
_BOUND_FIRST = re.compile(rf"\b(?:({_AT_LEAST})|({_AT_MOST}))\s+(?:an?\s+)?{_COUNTED}", re.I)
_BOUND_AFTER = re.compile(rf"\b{_COUNTED}\s*(?:({_AFTER_MIN})|({_AFTER_MAX}))(?![a-z])", re.I)
_PLUS = re.compile(r"\b(\d+)\+\s*(?:([a-z]+)\s+)?([a-z]{3,})\b", re.I)
# An English count bound is a property of the product only when a word ties it to the
# product ("a fridge that holds at least 20 bottles", "a charger with 3 ports or more");
# "do you have at least 4 chairs?" is how many the shopper wants, not what a chair has.
_LINK = re.compile(
    r"(?<!\byou\s)(?<!\bwe\s)\b(?:with|has|have|having|holds?|holding|fits?|seats?|takes?|"
    r"stores?|for|includes?|including|supports?|features?|offers?|that\s+\w+|which\s+\w+)\s*$",
    re.I,
)
# Chinese: "至少放20瓶", "20瓶以上", "最多坐4位" — the measure word names what is counted
_ZH_VERB = r"(?:能|可以?)?(?:放|装|容纳|存放|坐|睡|插|接)?"
_ZH_FIRST = re.compile(
    rf"(?:({_ZH_MIN_BEFORE})|({_ZH_MAX_BEFORE})){_ZH_VERB}\s*(\d+)\s*([\u4e00-\u9fff])"
)
_ZH_AFTER = re.compile(
    rf"{_ZH_VERB}(\d+)\s*([\u4e00-\u9fff])\s*(?:({_ZH_MIN_AFTER})|({_ZH_MAX_AFTER}))"
)
# measure words that name no thing of their own ("20个", "3件", "4位")
_GENERIC_MEASURE_WORDS = frozenset("个件台只张把条套本份块副顶辆部对位种款次元角分")


def _zh_noun(word: str) -> str | None:
    """The English noun a Chinese measure word counts ("瓶" → bottle), None for the
    generic ones (个, 件, 台 …) and units."""
    if word in _GENERIC_MEASURE_WORDS or unit_dimension(word) is not None:
        return None
    glosses = english_glosses(word)
    return count_noun(glosses[0].split()[-1]) if glosses else None


def count_constraints(text: str) -> list[MeasureConstraint]:
    """Bounds on counts of named things a product has ("holds at least 20 bottles", "with
    3 ports or more", "for 20+ bottles", "至少放20瓶", "20瓶以上"): constraints of
    dimension ``count`` whose ``noun`` is the counted noun's stem. An English bound counts
    only when a word ties it to the product (with, holds, fits, for, has, that …): "do
    you have at least 4 chairs" is a quantity wanted. A number that is a measure ("at
    least 20 lb") is left to ``measure_constraints``.

    >>> c = count_constraints("a wine fridge that holds at least 20 bottles")[0]
    >>> c.dimension, c.noun, c.low, c.high, c.text
    ('count', 'bottl', 20.0, None, 'at least 20 bottles')
    """
    measured = {(q.start, q.end) for q in parse_quantities(text)}
    latin = [*_BOUND_FIRST.finditer(text), *_BOUND_AFTER.finditer(text), *_PLUS.finditer(text)]
    attached = {m.start() for m in latin if _LINK.search(text[: m.start()])}
    found: list[MeasureConstraint] = []

    def add(number: str, nouns: tuple[str | None, ...], low: bool, start: int, end: int) -> None:
        noun = next((n for n in reversed(nouns) if n), None)
        if noun is None or any(s <= start < e or start <= s < end for s, e in measured):
            return
        if any(c.start <= start < c.end for c in found):
            return
        value, said = float(number), text[start:end].strip()
        found.append(MeasureConstraint("count", value if low else None, None if low else value,
                                       said, start, end, strict=_STRICT.match(said) is not None,
                                       noun=noun))  # fmt: skip

    for m in _BOUND_FIRST.finditer(text):
        if m.start() in attached:
            add(m[3], (count_noun(m[5]),), m[1] is not None, m.start(), m.end())
    for m in _BOUND_AFTER.finditer(text):
        if m.start() in attached:
            add(m[1], (count_noun(m[3]),), m[4] is not None, m.start(), m.end())
    for m in _PLUS.finditer(text):
        if m.start() in attached:
            add(m[1], (count_noun(m[3]),), True, m.start(), m.end())
    for m in _ZH_FIRST.finditer(text):
        add(m[3], (_zh_noun(m[4]),), m[1] is not None, m.start(), m.end())
    for m in _ZH_AFTER.finditer(text):
        add(m[1], (_zh_noun(m[2]),), m[3] is not None, m.start(), m.end())
    return sorted(found, key=lambda c: c.start)
