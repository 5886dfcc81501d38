# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""The numbers with units in a text, as the copy checker compares them: each with what
it measures (``text.properties``), whether it is approximate ("about", "约", "左右") or
a bound ("at least", "under"), the range it belongs to ("8-10 hours") and, for ounces,
both readings (weight and fluid ounces). Temperatures and counts ("set of 6", "sleeps
4") are read here too, as ``text.measures`` does not."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tradewinds.text import Quantity, arabic_numerals, parse_quantities, quantity_of
from tradewinds.text.numerals import english_numerals
from tradewinds.text.properties import properties_in

_APPROX = re.compile(
    r"(?:\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|close to|"
    r"just (?:under|over)|circa|ca\.|an estimated|up to|upto)\s*$|~\s*$|"
    r"(?:约|大约|将近|接近|近|差不多|最长|最多|长达|高达|可达)\s*$)",
    re.I,
)
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|or so|\+|plus)", re.I)
_AT_LEAST = re.compile(
    r"(?:\b(?:at least|more than|no less than|minimum(?: of)?|min\.?|over)\s*$|"
    r"(?:至少|超过|不少于)\s*$)",
    re.I,
)
_AT_LEAST_AFTER = re.compile(r"^\s*(?:\+|or more|and up|以上|或以上|起)", re.I)
_AT_MOST = re.compile(
    r"(?:\b(?:at most|less than|no more than|under|below|within|maximum(?: of)?|max\.?)\s*$|"
    r"(?:不超过|不到|小于|低于|以内)\s*$|(?<![\d\s])(?<!up)\s*\bto\s*$)",
    re.I,
)
_AT_MOST_AFTER = re.compile(r"^\s*(?:or less|max\b|以下|以内)", re.I)
_RANGE_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-|–|—|to|~|～|至|到)\s*$", re.I)
_TEMPERATURE = re.compile(
    r"((?<![\d.])-?\d+(?:\.\d+)?)\s*(?:°\s*([CF])\b|℃|℉|degrees?\s+(celsius|fahrenheit|[CF])\b|摄氏度|华氏度)",
    re.I,
)
_COUNT = re.compile(
    r"\b(?:set|pack|box|bundle|kit) of (\d+)\b|\b(\d+)[- ](?:piece|pc|pack|count)s?\b"
    r"|\bsleeps (\d+)\b|\bseats (\d+)\b|\b(\d+)[- ]in[- ]1\b|(\d+)合1"
    r"|(\d+)\s*(?:件套|件装|只装|个装|片装|支装|入装|人份|件|块|片|颗|粒|支|只)(?!月|小时|钟|时)",
    re.I,
)
_CLAUSE = re.compile(r"[.;!?。；！？，,、\n]")
# A rate: per a unit or a stretch of time ("600 g/m²", "2 L per day", "5 km an hour"); "20
# minutes per charge" or "250 mg per serving" still measure the thing itself.
_RATE = re.compile(
    r"^\s*(?:/|(?:per|a|an|every|each)\s+(?:day|night|hour|minute|second|week|month|year|"
    r"sq(?:uare)?\.?\s*\w+|cubic\s+\w+|m²|m2|ft²|kilo\w*|km|mile|kg|lb|pound|gram|g\b|litre|"
    r"liter|l\b|person|people|head|kwh)|每)",
    re.I,
)
# "时速25公里", "每小时5公里": a speed written as a distance
_SPEED_BEFORE = re.compile(r"(?:时速|每小时|\bper hour)\s*(?:约|大约|最高|最快|可达|达)?\s*$", re.I)
# A count of people is the product's capacity only when said so ("seats 6", "for 4
# people", "2-person", "4人用"), not "2 people to carry it"
_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:seats?|sleeps?|fits?|holds?|accommodates?|serves?|feeds?|for|up to|capacity(?: of)?|"
    r"room for)\s*(?:up to\s*|about\s*|around\s*)?|可坐|容纳|可容纳|供|适合|满足|可供|可睡)$",
    re.I,
)
_CAPACITY_AFTER = re.compile(
    r"^[\s-]*(?:person|man|people(?=\s*(?:$|[.,;:)]))|人用|人份|人座|人位|人帐|座|位)", re.I
)


def _compounds(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "2 lb 6 oz", "5 ft 10 in": one quantity, the sum of its parts."""
    merged: list[Quantity] = []
    for q in quantities:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.dimension == q.dimension
            and re.fullmatch(r"\s*,?\s*", text[last.end : q.start])
            and q.value < last.value
            and not re.search(r"[x×*]", last.text + q.text)
        ):
            merged[-1] = Quantity(last.value + q.value, q.dimension, text[last.start : q.end],
                                  last.start, q.end)  # fmt: skip
            continue
        merged.append(q)
    return merged


@dataclass(frozen=True)
class Measured:
    """A number with a unit in a text (base units, as ``text.measures``)."""

    value: float
    dimension: str
    text: str
    start: int
    end: int
    properties: frozenset[str]
    approximate: bool = False
    at_least: bool = False
    at_most: bool = False
    decimals: int = 0
    written: float = 0.0
    range_low: float | None = None  # "8-10 hours": 8 h (base units) for the 10


def prepare(text: str) -> str:
    """Numbers as digits ("两年" → "2年", "two-year" → "2-year"), for every rule."""
    return english_numerals(arabic_numerals(text))


def _context(text: str, start: int, end: int) -> str:
    left = 0
    for match in _CLAUSE.finditer(text, max(0, start - 60), start):
        left = match.end()
    right_match = _CLAUSE.search(text, end, end + 40)
    right = right_match.start() if right_match else min(len(text), end + 40)
    return text[max(left, start - 60) : right]


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _celsius(value: float, scale: str) -> float:
    return (value - 32) * 5 / 9 if scale.lower().startswith("f") or scale == "℉" else value


def _people_capacity(text: str, start: int, end: int, before: str) -> bool:
    written = text[start:end]
    return bool(
        _CAPACITY_BEFORE.search(before.rstrip())
        or _CAPACITY_AFTER.match(re.sub(r"^[\d.\s-]+", "", text[start : end + 4]))
        or re.search(r"人用|口人", written)
    )


def measured_in(text: str) -> list[Measured]:
    """Every measured quantity in ``text`` (already :func:`prepare` d), in order.

    >>> [(round(m.value), m.dimension, m.approximate) for m in measured_in("about 85 oz")]
    [(2410, 'mass', True), (2514, 'volume', True)]
    """
    found: list[Measured] = []
    for q in _compounds(parse_quantities(text), text):
        before = text[max(0, q.start - 30) : q.start]
        after = text[q.end : q.end + 12]
        if _RATE.match(after) or re.fullmatch(r"[\d.]+\s*G", q.text):
            continue  # "600 g/m²", "2 L per day": rates; "2.4G": a radio band, not grams
        if q.dimension == "length" and _SPEED_BEFORE.search(before):
            q = Quantity(q.value / 1_000_000, "velocity", q.text, q.start, q.end)  # km/h
        if q.dimension == "people" and not _people_capacity(text, q.start, q.end, before):
            continue
        numbers = re.findall(r"\d+(?:\.\d+)?", q.text.replace(",", ""))
        unit = quantity_of("1 " + re.sub(r"^.*\d\s*-?\s*", "", q.text))
        factor = unit.value if unit is not None else 1.0
        written = q.value / factor if factor else 0.0
        ranged = _RANGE_BEFORE.search(before)
        low = float(ranged[1]) * factor if ranged else None
        context = _context(text, q.start, q.end)
        measured = Measured(
            q.value,
            q.dimension,
            q.text,
            q.start,
            q.end,
            properties_in(context),
            approximate=bool(_APPROX.search(before) or _APPROX_AFTER.match(after)),
            at_least=bool(_AT_LEAST.search(before) or _AT_LEAST_AFTER.match(after)),
            at_most=bool(_AT_MOST.search(before) or _AT_MOST_AFTER.match(after)),
            decimals=min((_decimals(n) for n in numbers), default=0),
            written=written,
            range_low=low,
        )
        found.append(measured)
        spelled = q.text.lower()
        if q.dimension == "mass" and re.search(r"oz|ounce|盎司", spelled) and "fl" not in spelled:
            per = 29.5735 / 28.3495  # the same number of fluid ounces
            found.append(replace(measured, value=q.value * per, dimension="volume",
                                 range_low=low * per if low is not None else None))  # fmt: skip
    for match in _TEMPERATURE.finditer(text):
        scale = match[2] or match[3] or ("F" if "℉" in match[0] or "华氏" in match[0] else "C")
        value = _celsius(float(match[1]), scale)
        ranged = _RANGE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        low = _celsius(float(ranged[1]), scale) if ranged else None
        found.append(
            Measured(
                value,
                "temperature",
                match[0],
                match.start(),
                match.end(),
                properties_in(_context(text, match.start(), match.end())),
                approximate=bool(_APPROX.search(text[max(0, match.start() - 30) : match.start()])),
                decimals=_decimals(match[1]),
                written=float(match[1]),
                range_low=low if low is not None and low <= value else None,
            )
        )
    taken = [(m.start, m.end) for m in found]
    for match in _COUNT.finditer(text):
        number = next(g for g in match.groups() if g)
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        dimension = "people" if re.search(r"sleeps|seats|人份", match[0], re.I) else "pieces"
        found.append(
            Measured(
                float(number),
                dimension,
                match[0],
                match.start(),
                match.end(),
                properties_in(match[0]),
                written=float(number),
            )
        )
    return sorted(found, key=lambda m: m.start)
