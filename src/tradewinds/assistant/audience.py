# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Ages: how old the person a shopper buys for is, and the age range a product states.

A shopper's age is read from the message ("for a 5 year old", "my 3-year-old",
"ages 8-12", "18 months old", "a newborn", "toddler", "5岁", "新生儿"); a product's from
its attributes ("Age group: Ages 3-6"), title ("儿童积木 3-6岁"), tags or description
("Ages 8+", "Kids 4-9", "Suitable from birth"). Both are ``(low, high)`` in whole years;
a product fits when the two ranges overlap, and one that states no age always fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Ages = tuple[int, int]
OLDEST = 99  # "Ages 8+" is (8, OLDEST)

_YEARS_OLD = re.compile(
    r"\b(\d{1,2})\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b|\b(\d{1,2})\s*-?\s*y/?o\b", re.I
)
_MONTHS_OLD = re.compile(r"\b(\d{1,2})\s*-?\s*months?\s*-?\s*olds?\b", re.I)
_AGES_RANGE = re.compile(r"\b(?:ages?d?|kids)\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b", re.I)
_AGES_PLUS = re.compile(r"\bages?d?\s*(\d{1,2})\s*(?:\+|and (?:up|over|older))", re.I)
_AGE_ONE = re.compile(r"\baged?\s*(\d{1,2})\b", re.I)
_WORDS = (
    (re.compile(r"\b(?:new-?\s?borns?|infants?)\b", re.I), (0, 0)),
    (re.compile(r"\b(?:for|to) (?:a |my |our )?bab(?:y|ies)\b", re.I), (0, 1)),
    (re.compile(r"\btoddlers?\b", re.I), (1, 3)),
)
_ZH_RANGE = re.compile(r"(\d{1,2})\s*(?:-|–|~|～|到|至)\s*(\d{1,2})\s*(?:周岁|岁)")
_ZH_PLUS = re.compile(r"(\d{1,2})\s*(?:周岁|岁)\s*(?:以上|\+)|(\d{1,2})\s*\+\s*岁")
_ZH_ONE = re.compile(r"(\d{1,2})\s*(?:周岁|岁)半?")
_ZH_WORDS = ((re.compile(r"新生儿|初生|婴儿"), (0, 1)), (re.compile(r"幼儿"), (1, 3)))
_FROM_BIRTH = re.compile(r"\bfrom birth\b|适合新生儿", re.I)


def shopper_age(message: str) -> tuple[Ages | None, str]:
    """The age the shopper buys for, and ``message`` with the words that said it cut out.

    >>> shopper_age("a gift for a 5 year old who likes lego")
    ((5, 5), 'a gift for a   who likes lego')
    """
    for pattern in (_AGES_RANGE, _ZH_RANGE):
        match = pattern.search(message)
        if match:
            low, high = sorted((int(match.group(1)), int(match.group(2))))
            return (low, high), _cut(message, match)
    match = _AGES_PLUS.search(message) or _ZH_PLUS.search(message)
    if match:
        low = int(next(g for g in match.groups() if g))
        return (low, OLDEST), _cut(message, match)
    for pattern in (_YEARS_OLD, _AGE_ONE, _ZH_ONE):
        match = pattern.search(message)
        if match:
            years = int(next(g for g in match.groups() if g))
            return (years, years), _cut(message, match)
    match = _MONTHS_OLD.search(message)
    if match:
        years = int(match.group(1)) // 12
        return (years, years), _cut(message, match)
    for pattern, ages in (*_WORDS, *_ZH_WORDS):
        match = pattern.search(message)
        if match:
            return ages, _cut(message, match)
    return None, message


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def product_ages(texts: Iterable[str]) -> Ages | None:
    """The age range the first of ``texts`` that states one states (attributes, title,
    tags, description, in that order), or None.

    >>> product_ages(["Big blocks for small hands. Ages 3-6."])
    (3, 6)
    """
    for text in texts:
        for pattern in (_AGES_RANGE, _ZH_RANGE):
            match = pattern.search(text)
            if match:
                low, high = sorted((int(match.group(1)), int(match.group(2))))
                return low, high
        match = _AGES_PLUS.search(text) or _ZH_PLUS.search(text)
        if match:
            return int(next(g for g in match.groups() if g)), OLDEST
        if _FROM_BIRTH.search(text):
            return 0, OLDEST
    return None


def fits(age: Ages, stated: Ages | None) -> bool:
    """Whether a product stating ``stated`` suits someone aged ``age`` (no statement fits).

    >>> fits((5, 5), (8, 12)), fits((5, 5), (3, 6)), fits((5, 5), None)
    (False, True, True)
    """
    return stated is None or (stated[0] <= age[1] and age[0] <= stated[1])
