"""Normalisation of numbers and units, so "3/4 in", '3/4"' and "0.75 inch" match.

Fractions and mixed numbers become decimals ("1-1/2" → "1.5"), spelled-out fractions
before a unit become numbers ("half gallon" → "0.5 gallon"), and unit spellings and
abbreviations become one canonical word ("gal.", "gallons" → "gallon"; '"', "in.",
"inches" → "inch"). Each number followed by a unit also yields a joined token
("0.75inch") so "3/4 in. pipe" ranks above a product that merely mentions 3 and 4.
"""

from __future__ import annotations

import re

# Canonical unit word -> spellings (lower case, without a trailing dot).
_UNITS: dict[str, tuple[str, ...]] = {
    "inch": ("in", "inch", "inches", '"', "''", "”", "″"),
    "foot": ("ft", "foot", "feet", "'", "\u2019", "\u2032"),
    "gallon": ("gal", "gals", "gallon", "gallons"),
    "quart": ("qt", "qts", "quart", "quarts"),
    "pint": ("pt", "pint", "pints"),
    "pound": ("lb", "lbs", "pound", "pounds"),
    "ounce": ("oz", "ounce", "ounces", "fl oz", "fl. oz"),
    "sqft": ("sq ft", "sq. ft", "sqft", "square feet", "square foot", "sf"),
    "cuft": ("cu ft", "cu. ft", "cuft", "cubic feet", "cubic foot"),
    "mm": ("mm", "millimeter", "millimeters", "millimetre", "millimetres"),
    "cm": ("cm", "centimeter", "centimeters", "centimetre", "centimetres"),
    "volt": ("v", "volt", "volts"),
    "watt": ("w", "watt", "watts"),
    "amp": ("amp", "amps", "ampere", "amperes"),
    "gauge": ("ga", "gauge"),
    "ml": ("ml", "milliliter", "milliliters", "millilitre", "millilitres"),
    "liter": ("l", "liter", "liters", "litre", "litres"),
    "gb": ("gb", "gigabyte", "gigabytes"),
    "tb": ("tb", "terabyte", "terabytes"),
}
_SPELLING_TO_UNIT = {s: unit for unit, spellings in _UNITS.items() for s in spellings}
# Longest first, so "sq ft" wins over "ft" and "fl oz" over "oz".
_UNIT_ALTERNATION = "|".join(
    re.escape(s).replace(r"\ ", r"\.?\s*") for s in sorted(_SPELLING_TO_UNIT, key=len, reverse=True)
)
_NUMBER = r"\d+(?:\.\d+)?"
_NUMBER_UNIT = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*-?\s*({_UNIT_ALTERNATION})\.?(?![a-z0-9])", re.IGNORECASE
)
_MIXED = re.compile(r"(?<![\d./])(\d+)[\s-]+(\d+)/(\d+)(?![\d/])")
_FRACTION = re.compile(r"(?<![\d./])(\d+)/(\d+)(?![\d/])")
_LEADING_DOT = re.compile(r"(?<![\w.])\.(\d+)")
_WORD_FRACTIONS = {"half": "0.5", "quarter": "0.25", "three quarter": "0.75"}
_WORD_FRACTION = re.compile(
    r"\b(three[\s-]quarter|half|quarter)[\s-]+(?=(?:" + _UNIT_ALTERNATION + r")\b)",
    re.IGNORECASE,
)
_STANDALONE_UNITS = {
    "inches": "inch",
    "feet": "foot",
    "gal": "gallon",
    "gallons": "gallon",
    "lbs": "pound",
    "lb": "pound",
    "pounds": "pound",
    "oz": "ounce",
    "ounces": "ounce",
    "qt": "quart",
    "sqft": "sqft",
    "cuft": "cuft",
}


_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64, 10, 100})


def _decimal(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def _mixed(match: re.Match[str]) -> str:
    whole, num, den = int(match[1]), int(match[2]), int(match[3])
    if den == 0 or num >= den:
        return match[0]
    return _decimal(whole + num / den)


def _fraction(match: re.Match[str]) -> str:
    num, den = int(match[1]), int(match[2])
    if den not in _DENOMINATORS or num >= 4 * den:  # "24/7", "9/11": not a measurement
        return match[0]
    return _decimal(num / den)


def _number_unit(match: re.Match[str]) -> str:
    number = _decimal(float(match[1])) if "." in match[1] else match[1].lstrip("0") or "0"
    spelled = re.sub(r"[.\s]+", " ", match[2].lower()).strip()
    unit = _SPELLING_TO_UNIT.get(spelled) or _SPELLING_TO_UNIT.get(spelled.replace(" ", ""))
    if unit is None:
        return match[0]
    return f" {number} {unit} {number}{unit} "


def normalise_units(text: str) -> str:
    """Rewrite numbers and units in (lower-cased) ``text`` into canonical tokens.

    >>> normalise_units('3/4 in. copper pipe')
    ' 0.75 inch 0.75inch  copper pipe'
    >>> normalise_units("half gallon") == normalise_units("1/2-gal.")
    True
    """
    text = _WORD_FRACTION.sub(lambda m: _WORD_FRACTIONS[re.sub(r"[\s-]+", " ", m[1])] + " ", text)
    text = _MIXED.sub(_mixed, text)
    text = _FRACTION.sub(_fraction, text)
    text = _LEADING_DOT.sub(r"0.\1", text)
    return _NUMBER_UNIT.sub(_number_unit, text)


def canonical_unit_word(word: str) -> str:
    """A unit spelled out on its own ("gallons", "lbs") as its canonical word."""
    return _STANDALONE_UNITS.get(word, word)
