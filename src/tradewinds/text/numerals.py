"""Numbers as shoppers type them, written as digits: Chinese numerals ("两百左右" → "200左右",
"五十块以内" → "50块以内", read by the ``cn2an`` package), a thousand as "k" ("1k以内",
"under 2k") and the colloquial Chinese length "1米2" (1.2 m). Budgets and measures then
read digits only."""

from __future__ import annotations

import re
import warnings
from decimal import Decimal

# "1k", "2.5K": not "1kg", "2kW" or "1k-" words, nor a model's "4K" ("a 4K dash cam"):
# a word after it must be about money
_THOUSANDS = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s?[kK](?![A-Za-z])"
    r"(?!\s+(?!(?:dollars?|bucks|usd|rmb|yuan|budget|max|tops|or|and|to)\b)[A-Za-z])"
)
# "1米2" is 1.2 m ("1米2以上"), not "1 m 2 cm"
_METRE_AND = re.compile(r"(\d+)米([1-9])(?![\d.]|\s*(?:厘|毫|公分|cm|mm))")
# A run of Chinese numerals that is a number: a compound one ("两百", "五十", "一千二") or
# one followed by a money or unit word ("两人", "三升"). Single numerals in words stay
# ("一下", "一起", "看一看", "万一").
_RUN = re.compile(
    r"(?P<run>[零〇一二两三四五六七八九十百千万]+)"
    r"(?P<after>元|块|圆|左右|以内|以下|以上|之间|到|至|米|厘米|毫米|公分|升|毫升|斤|公斤|千克|克|"
    r"寸|瓦|伏|毫安|小时|个小时|天|年|个月|人|度)?"
)


def _number(match: re.Match[str]) -> str:
    run, after = match["run"], match["after"] or ""
    compound = len(run) >= 2 and run[0] not in "百千万"  # "十五", "两百"; not "十" alone
    if not after and not (compound and re.search(r"[十百千万]", run)):
        return match[0]
    import cn2an

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = cn2an.cn2an(run, "smart")
    except (ValueError, KeyError):  # a run it cannot read ("两三百") stays as it is
        return match[0]
    return f"{value:g}{after}"


def arabic_numerals(text: str) -> str:
    """``text`` with its numbers in digits.

    >>> arabic_numerals("两百左右的台灯")
    '200左右的台灯'
    >>> arabic_numerals("1k以内的箱子 桌面1米2以上")
    '1000以内的箱子 桌面1.2米以上'
    >>> arabic_numerals("a 2kg bag under 1.5k")
    'a 2kg bag under 1500'
    >>> arabic_numerals("一起买 看一下 五十块以内 一千二")
    '一起买 看一下 50块以内 1200'
    """
    text = _RUN.sub(_number, text)
    text = _THOUSANDS.sub(lambda m: f"{(Decimal(m[1]) * 1000).normalize():f}", text)
    return _METRE_AND.sub(r"\1.\2米", text)


_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-four": 24,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12,
    "half a dozen": 6, "pair of": 2, "a pair of": 2,
}  # fmt: skip
_WORDS = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _WORD_VALUES), key=len, reverse=True)) + r")\b"
    r"(?=[\s-]+(?:[a-z]|\d))",
    re.IGNORECASE,
)


def english_numerals(text: str) -> str:
    """``text`` with English number words before a word written as digits, for rules that
    read counts and durations ("two-year warranty" → "2-year warranty").

    >>> english_numerals("a two-year warranty and a dozen pegs; one of them")
    'a 2-year warranty and 12 pegs; 1 of them'
    """
    return _WORDS.sub(lambda m: str(_WORD_VALUES[m[1].lower()]), text)
