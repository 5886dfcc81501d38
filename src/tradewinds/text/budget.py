# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Budgets in a shopper's words: "under $80", "between 20 and 40", "don't want to spend
more than 50", "200元以下", "50到100元之间". One reader for search and the assistant.

A number followed by a unit of measure ("at least 6 feet", "under 2 kg", "2公斤以下") is
never a budget: :mod:`.measures` reads it. Amounts are decimal strings in the store's
currency ("80", "19.99").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tradewinds.text.measures import UNIT_AFTER_NUMBER

_NOT_A_MEASURE = rf"(?!\d|[.,]\d)(?!{UNIT_AFTER_NUMBER})(?!\s*(?:%|percent)\b)"
_CURRENCY_WORD = r"(?:dollars?|bucks|usd|euros?|eur|gbp|pounds?|cny|rmb|yuan|€|\$)"
_AMOUNT = rf"[$¥€£]?\s?(\d+(?:[.,]\d{{1,2}})?){_NOT_A_MEASURE}\s?{_CURRENCY_WORD}?(?!\w)"
_RANGE = re.compile(
    rf"\bbetween\s*{_AMOUNT}\s*and\s*{_AMOUNT}|\$(\d+){_NOT_A_MEASURE}\s*-\s*\$?(\d+)\b", re.I
)
# Maximums said the long way round ("don't want to spend more than 50" is a maximum, not
# a minimum), then the short ways.
_MAX = re.compile(
    rf"\b(?:(?:do\s*n[o']?t|do not|dont|won'?t|not|never)\s+(?:want\s+to\s+|wanna\s+)?"
    rf"(?:spend|pay|go)\s+(?:any\s+)?(?:more|over|above)(?:\s+than)?"
    rf"|no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?|below|up\s+to"
    rf"|less\s+than|cheaper\s+than|under|budget(?:\s+(?:is|of))?)\s*[:=]?\s*{_AMOUNT}"
    rf"|<\s*{_AMOUNT}|\b{_AMOUNT}\s*(?:or\s+(?:less|under|below)|max(?:imum)?|tops|to\s+spend)\b",
    re.I,
)
_MIN = re.compile(
    rf"\b(?:over|above|more\s+than|min(?:imum)?|at\s+least|from)\s*{_AMOUNT}|>\s*{_AMOUNT}",
    re.I,
)
# "around $200", "about 50 bucks": a budget with some room (up to a quarter more).
_ABOUT = re.compile(rf"\b(?:around|about|roughly|approximately|approx\.?|~)\s*{_AMOUNT}", re.I)
ROOM = Decimal("1.25")
_ZH_UNIT = r"(?:元|块钱|块|美元|美金|刀|人民币|rmb|usd|cny)"
_ZH_AMOUNT = rf"[$¥]?\s*(\d+(?:\.\d+)?){_NOT_A_MEASURE}\s*{_ZH_UNIT}?"
_ZH_RANGE = re.compile(
    rf"[$¥]?\s*(\d+(?:\.\d+)?)\s*{_ZH_UNIT}?\s*(?:到|至|-|~|～)\s*{_ZH_AMOUNT}\s*(?:之间|以内)?",
    re.I,
)
_ZH_MAX = re.compile(
    rf"(?:低于|少于|不超过|不高于|不到|最多|小于|便宜于|预算|以内)\s*{_ZH_AMOUNT}"
    rf"|{_ZH_AMOUNT}\s*(?:以下|以内|之内)",
    re.I,
)
_ZH_MIN = re.compile(
    rf"(?:高于|超过|多于|大于|至少|不低于|不少于)\s*{_ZH_AMOUNT}|{_ZH_AMOUNT}\s*(?:以上|起)", re.I
)
# "两百左右的台灯", "预算500左右": a loose budget (digits: see text.numerals)
_ZH_ABOUT = re.compile(rf"(?:大概|大约|差不多|预算)?\s*{_ZH_AMOUNT}\s*左右", re.I)
_ZH_PRICE_MARK = re.compile(rf"[$¥]|{_ZH_UNIT}|之间", re.I)


@dataclass
class Budget:
    """Price bounds as decimal strings, or None."""

    min_price: str | None = None
    max_price: str | None = None


def amount(text: str | None) -> str | None:
    """A typed amount as a plain decimal string ("19,99" → "19.99"), None if not one."""
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return f"{value.normalize():f}" if value.is_finite() and value >= 0 else None


def _first(match: re.Match[str]) -> str | None:
    return next((g for g in match.groups() if g), None)


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def take_budget(text: str) -> tuple[Budget, str]:
    """The budget ``text`` states (English words, or Chinese when it has Chinese price
    words) and ``text`` with the words that said it cut out.

    >>> take_budget("rain jacket under $80")[0]
    Budget(min_price=None, max_price='80')
    >>> take_budget("a ladder at least 6 feet long")[0]
    Budget(min_price=None, max_price=None)
    >>> take_budget("200元以下的外套")[0].max_price
    '200'
    >>> take_budget("200左右的台灯")[0].max_price
    '250'
    """
    budget = Budget()
    zh_range = _ZH_RANGE.search(text) if _ZH_PRICE_MARK.search(text) else None
    if zh_range:
        budget.min_price, budget.max_price = amount(zh_range[1]), amount(_first_after(zh_range))
        text = _cut(text, zh_range)
    elif m := _RANGE.search(text):
        low, high = [g for g in m.groups() if g][:2]
        budget.min_price, budget.max_price = amount(low) or "0", amount(high) or "0"
        text = _cut(text, m)
    if budget.max_price is None and (m := _ZH_ABOUT.search(text)) and (said := amount(_first(m))):
        budget.max_price = f"{(Decimal(said) * ROOM).quantize(Decimal('1')):f}"
        text = _cut(text, m)
    for pattern, name in ((_ZH_MAX, "max_price"), (_ZH_MIN, "min_price"),
                          (_MAX, "max_price"), (_MIN, "min_price")):  # fmt: skip
        if getattr(budget, name) is None and (m := pattern.search(text)):
            setattr(budget, name, amount(_first(m)))
            text = _cut(text, m)
    if budget.max_price is None and (m := _ABOUT.search(text)) and (said := amount(_first(m))):
        budget.max_price = f"{(Decimal(said) * ROOM).quantize(Decimal('1')):f}"
        text = _cut(text, m)
    return budget, " ".join(text.split())


_CURRENCY = re.compile(
    r"[$¥€£]|\b(?:usd|eur|gbp|cny|rmb|dollars?|bucks|euros?|pounds? sterling)\b|元|块|美元|美金|刀",
    re.I,
)


def names_currency(text: str) -> bool:
    """Whether ``text`` names a currency anywhere ("$", "dollars", "元"): a budget typed
    without one is said back without one.

    >>> names_currency("under 300"), names_currency("300元以内")
    (False, True)
    """
    return _CURRENCY.search(text) is not None


def approximate_amount(text: str) -> str | None:
    """The amount of a loose budget ("around $200", "两百左右" → "200"), as typed, or None."""
    match = _ABOUT.search(text) or _ZH_ABOUT.search(text)
    return amount(_first(match)) if match else None


def _first_after(match: re.Match[str]) -> str | None:
    return next((g for g in match.groups()[1:] if g), None)
