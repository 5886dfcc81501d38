# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Quantities with units ("2.4 kg", "18V", "35 L", "8 hours", "6 ft", "1.5公斤") read into
one base unit per dimension, so values written differently compare: 3 lb < 1.5 kg,
6 ft > 1.5 m. Also the measure constraints a shopper types ("at least 6 feet long",
"under 2 kg", "2公斤以下"), which are never budgets.

Base units: length mm, mass g, volume ml, power W, voltage V, current A, charge mAh,
energy Wh, duration minutes, torque N·m, data GB, frequency Hz, speed rpm, people, pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# spelling -> (dimension, factor to the base unit). Lower case; matched longest first.
_UNITS: dict[str, tuple[str, float]] = {}


def _add(dimension: str, factor: float, *spellings: str) -> None:
    for spelling in spellings:
        _UNITS[spelling] = (dimension, factor)


_add("length", 1, "mm", "millimeter", "millimeters", "millimetre", "millimetres", "毫米")
_add("length", 10, "cm", "centimeter", "centimeters", "centimetre", "centimetres", "厘米", "公分")
_add("length", 1000, "m", "meter", "meters", "metre", "metres", "米")
_add("length", 1_000_000, "km", "kilometer", "kilometers", "kilometre", "kilometres", "公里")
# 寸 in product specs (20寸行李箱, 55寸电视) is the inch, not the traditional cun
_add("length", 25.4, "in", "inch", "inches", '"', "”", "″", "英寸", "寸")
_add("length", 304.8, "ft", "foot", "feet", "'", "’", "′", "英尺")
_add("length", 914.4, "yd", "yard", "yards", "码")
_add("length", 1_609_344, "mi", "mile", "miles", "英里")
_add("mass", 0.001, "mg", "milligram", "milligrams", "毫克")
_add("mass", 1, "g", "gram", "grams", "gramme", "grammes", "克")
_add("mass", 1000, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "千克", "公斤")
_add("mass", 500, "斤")
_add("mass", 453.592, "lb", "lbs", "pound", "pounds", "磅")
_add("mass", 28.3495, "oz", "ounce", "ounces", "盎司")
_add(
    "area",
    1,
    "m²",
    "m2",
    "sq m",
    "sqm",
    "square meter",
    "square meters",
    "square metre",
    "square metres",
    "平方米",
    "平米",
)
_add("area", 0.092903, "sq ft", "sqft", "square feet", "square foot", "ft²")
_add("volume", 1, "ml", "milliliter", "milliliters", "millilitre", "millilitres", "cc", "毫升")
_add("volume", 10, "cl")
_add("volume", 1000, "l", "liter", "liters", "litre", "litres", "ltr", "升", "公升")
_add("volume", 29.5735, "fl oz", "fl. oz", "fluid ounce", "fluid ounces")
_add("volume", 3785.41, "gal", "gallon", "gallons", "加仑")
_add("volume", 946.353, "qt", "quart", "quarts")
_add("volume", 473.176, "pt", "pint", "pints")
_add("volume", 28316.8, "cu ft", "cubic feet", "cubic foot")
_add("power", 1, "w", "watt", "watts", "瓦", "瓦特")
_add("power", 1000, "kw", "kilowatt", "kilowatts", "千瓦")
_add("power", 745.7, "hp", "horsepower", "马力")
_add("voltage", 1, "v", "volt", "volts", "伏", "伏特")
_add("current", 1, "amp", "amps", "ampere", "amperes", "安", "安培")
_add("charge", 1, "mah", "毫安", "毫安时")
_add("charge", 1000, "ah")
_add("energy", 1, "wh", "瓦时")
_add("bitrate", 1, "gbps", "gb/s")
_add("bitrate", 0.001, "mbps", "mb/s")
_add("energy", 1000, "kwh", "度")
_add("duration", 1 / 60, "s", "sec", "secs", "second", "seconds", "秒")
_add("duration", 1, "min", "mins", "minute", "minutes", "分钟")
_add("duration", 60, "h", "hr", "hrs", "hour", "hours", "小时", "个小时")
_add("duration", 1440, "day", "days", "天")
_add("duration", 10080, "week", "weeks", "wk", "wks", "周", "星期")
_add("duration", 43830, "month", "months", "个月")
_add("duration", 525960, "year", "years", "yr", "yrs", "年")
_add("torque", 1, "nm", "n·m", "n.m", "n-m", "newton meter", "newton meters", "牛米", "牛·米")
_add("torque", 0.112985, "in-lb", "in-lbs", "inch-pounds", "inch pounds", "英寸磅")
_add("torque", 1.35582, "ft-lb", "ft-lbs", "foot-pounds", "foot pounds", "英尺磅")
_add("data", 0.001, "mb", "megabyte", "megabytes")
_add("data", 1, "gb", "gigabyte", "gigabytes")
_add("data", 1000, "tb", "terabyte", "terabytes")
_add("frequency", 1, "hz", "hertz", "赫兹")
_add("frequency", 1000, "khz")
_add("frequency", 1_000_000, "mhz")
_add("frequency", 1_000_000_000, "ghz")
_add("speed", 1, "rpm", "转", "转/分")
_add("velocity", 1, "km/h", "kph", "kmh", "公里/小时", "公里每小时")
_add("velocity", 1.609344, "mph", "英里/小时")
_add("sound", 1, "db", "decibel", "decibels", "分贝")
_add("luminous", 1, "lm", "lumen", "lumens", "流明")
_add("people", 1, "person", "persons", "people", "人", "人用", "口人", "man")
_add("pieces", 1, "pc", "pcs", "piece", "pieces", "pack", "count", "ct", "件套", "片装")

# Spellings that are also ordinary words or marks: only right after the number, with no
# space ("18V", "2A" yes; "2 a day", "5 in the box" no).
_TIGHT = frozenset({"in", "a", "'", "’", "′", '"', "”", "″", "s", "man", "count", "pack",
                    "度", "年", "天", "周", "转", "人", "安"})  # fmt: skip
# A dimension word after a spaced unit makes it a measure ("61 in tall", "24 in wide")
_DIMENSION_AFTER = re.compile(
    r"\s+(?:tall|wide|long|deep|high|thick|across|square|(?:in\s+)?diameter|dia\b|"
    r"height|width|length|depth)\b",
    re.I,
)
_NUMBER = r"(\d+[ -]\d+/\d+|\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_ALTERNATION = "|".join(
    re.escape(s).replace(r"\ ", r"\s*") for s in sorted(_UNITS, key=len, reverse=True)
)
_QUANTITY = re.compile(
    rf"(?<![A-Za-z0-9_./]){_NUMBER}(?:\s*(?:x|×|\*)\s*{_NUMBER})*(\s*-?\s*)({_ALTERNATION})\.?"
    r"(?![a-z])",
    re.IGNORECASE,
)
_LOOSE = "|".join(
    re.escape(s).replace(r"\ ", r"\s*") for s in sorted(set(_UNITS) - _TIGHT, key=len, reverse=True)
)
_TIGHT_ALTERNATION = "|".join(re.escape(s) for s in sorted(_TIGHT, key=len, reverse=True))
# A unit word right after a number, for rules that must not read it as money ("6 ft",
# "18V"; "5 in" only written together: "$80 in blue" is money).
UNIT_AFTER_NUMBER = rf"(?:\s*-?\s*(?:{_LOOSE})|(?:{_TIGHT_ALTERNATION}))(?![a-z])"
BASE_UNITS = {
    "length": "mm", "mass": "g", "volume": "ml", "power": "W", "voltage": "V", "current": "A",
    "charge": "mAh", "energy": "Wh", "duration": "min", "torque": "N·m", "data": "GB",
    "frequency": "Hz", "speed": "rpm", "people": "people", "pieces": "pieces", "sound": "dB",
    "luminous": "lm", "area": "m²", "bitrate": "Gbps", "velocity": "km/h",
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number with a unit, in the dimension's base unit (``BASE_UNITS``)."""

    value: float
    dimension: str
    text: str  # as written ("6 ft")
    start: int = 0
    end: int = 0


def _number(text: str) -> float:
    if "/" in text and re.match(r"\d+[ -]\d", text):  # "1-1/4", "1 3/4"
        whole, fraction = re.split(r"[ -]", text, maxsplit=1)
        return float(whole) + _number(fraction)
    if "/" in text:
        top, bottom = text.split("/")
        return float(top) / float(bottom) if float(bottom) else 0.0
    return float(text.replace(",", ""))


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity with a unit in ``text``, in order. "30 x 20 x 10 cm" gives three.

    >>> [(q.value, q.dimension) for q in parse_quantities("Weighs 1.2 kg, 18V, 2,000 mAh")]
    [(1200.0, 'mass'), (18.0, 'voltage'), (2000.0, 'charge')]
    """
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        spelled = " ".join(match.group(match.lastindex or 0).lower().split())
        unit = _UNITS.get(spelled) or _UNITS.get(spelled.replace(" ", ""))
        gap = match.group((match.lastindex or 1) - 1) or ""
        if unit is None:
            continue
        if (
            spelled in _TIGHT
            and gap
            and "/" not in match.group(0)  # "1-3/4 in thick": a fraction is a measure
            and not re.match(r"\s*(?:$|[,.;:)\]/(（]|x\b)", text[match.end() :])
            and not _DIMENSION_AFTER.match(text[match.end() :])
        ):
            continue  # "5 in the box" is no length; "Height: 28-47 in" is
        dimension, factor = unit
        numbers = re.findall(_NUMBER, match.group(0)[: match.start(match.lastindex or 0)
                                                      - match.start()])  # fmt: skip
        for number in numbers:
            found.append(Quantity(_number(number) * factor, dimension, match.group(0).strip(),
                                  match.start(), match.end()))  # fmt: skip
    return found


def quantity_of(text: str, dimension: str | None = None) -> Quantity | None:
    """The first quantity in ``text`` (of ``dimension`` when given), or None.

    >>> round(quantity_of("about 3 lb (1.4 kg)", "mass").value, 1)
    1360.8
    """
    for quantity in parse_quantities(text):
        if dimension is None or quantity.dimension == dimension:
            return quantity
    return None


def unit_dimension(word: str) -> str | None:
    """The dimension a unit word measures ("kg" → "mass"), or None."""
    unit = _UNITS.get(" ".join(word.lower().split()))
    return unit[0] if unit else None


def format_quantity(quantity: Quantity) -> str:
    """A quantity as written, for answers (the shopper's or the catalogue's wording)."""
    return quantity.text


@dataclass(frozen=True)
class MeasureConstraint:
    """A bound on a measured property: ``low`` and/or ``high`` in the base unit."""

    dimension: str
    low: float | None
    high: float | None
    text: str  # the words that said it ("at least 6 feet")
    start: int
    end: int
    strict: bool = False  # "more than 3 L", "大于3升": the bound itself is out
    noun: str = ""  # for a count ("at least 20 bottles"): the counted noun's stem

    @property
    def aspect(self) -> str:
        """What the bound's words say is measured, as an attribute would name it ("160 cm
        tall" → "height"); "" when they do not say.

        >>> measure_constraints("at least 160 cm tall")[0].aspect
        'height'
        """
        said = _ASPECT.search(self.text)
        word = said.group(1) or said.group(2) if said else ""
        return _ASPECT_NOUNS.get(word.lower(), word.lower())

    def admits(self, value: float) -> bool:
        """Whether ``value`` (same dimension, base unit) is within the bound.

        >>> measure_constraints("more than 3 L")[0].admits(3000)
        False
        >>> measure_constraints("at least 3 L")[0].admits(3000)
        True
        """
        if self.strict and any(b is not None and abs(value - b) <= b * 0.001
                               for b in (self.low, self.high)):  # fmt: skip
            return False
        return (self.low is None or value >= self.low * 0.999) and (
            self.high is None or value <= self.high * 1.001
        )


_AT_LEAST = (
    r"at\s+least|no\s+less\s+than|not\s+less\s+than|minimum(?:\s+of)?|min\.?|over|above|"
    r"more\s+than|greater\s+than|longer\s+than|bigger\s+than|larger\s+than|heavier\s+than|"
    r"taller\s+than|wider\s+than|stronger\s+than|>=?|≥"
)
_AT_MOST = (
    r"at\s+most|no\s+more\s+than|not\s+more\s+than|maximum(?:\s+of)?|max\.?|under|below|"
    r"less\s+than|up\s+to|within|lighter\s+than|shorter\s+than|smaller\s+than|"
    r"narrower\s+than|<=?|≤"
)
_AFTER_MIN = (
    r"or\s+(?:more|longer|bigger|larger|heavier|higher|over|above)|\+|and\s+(?:up|over|above)"
)
_AFTER_MAX = r"or\s+(?:less|under|below|shorter|smaller|lighter|lower)|max(?:imum)?|tops"
_ZH_MIN_BEFORE = r"至少|最少|不少于|不低于|不小于|大于|超过|多于|高于|起码"
# bounds that leave the number itself out ("more than", "大于"; not "at least", "不超过")
_STRICT = re.compile(
    r"^(?:over|above|more\s+than|greater\s+than|longer\s+than|bigger\s+than|larger\s+than|"
    r"heavier\s+than|taller\s+than|wider\s+than|stronger\s+than|>|under|below|less\s+than|"
    r"lighter\s+than|shorter\s+than|smaller\s+than|narrower\s+than|<|大于|超过|多于|高于|"
    r"小于|低于|少于|轻于|不到)",
    re.I,
)
_ZH_MAX_BEFORE = r"不超过|不到|最多|小于|低于|少于|不大于|不高于|轻于"
_ZH_MIN_AFTER = r"以上|或以上|起"
_ASPECT = re.compile(
    r"\s*(?:(tall|long|wide|high|deep|thick|heavy)|in\s+(length|height|width|diameter))\b", re.I
)
_ASPECT_NOUNS = {"tall": "height", "high": "height", "long": "length", "wide": "width",
                 "deep": "depth", "thick": "thickness", "heavy": "weight"}  # fmt: skip
_ZH_MAX_AFTER = r"以下|以内|之内|或以下"


def _zh_bound_before(before: str) -> tuple[str, int] | None:
    """ "至少"/"不超过" … right before a number: ("min" or "max", where it starts). The
    longer match wins, so "不超过" (at most) is not read as "超过" (more than)."""
    found = [
        (kind, m.start())
        for kind, words in (("min", _ZH_MIN_BEFORE), ("max", _ZH_MAX_BEFORE))
        if (m := re.search(rf"(?:{words})\s*$", before))
    ]
    return min(found, key=lambda pair: pair[1]) if found else None


def measure_constraints(text: str) -> list[MeasureConstraint]:
    """The bounds on measured properties ``text`` states, English or Chinese.

    >>> c = measure_constraints("a ladder at least 6 feet long")[0]
    >>> c.dimension, round(c.low), c.high, c.text
    ('length', 1829, None, 'at least 6 feet long')
    >>> measure_constraints("2公斤以下的帐篷")[0].high
    2000.0
    """
    found: list[MeasureConstraint] = []
    for quantity in parse_quantities(text):
        before = text[max(0, quantity.start - 24) : quantity.start]
        after = text[quantity.end : quantity.end + 16]
        low = high = None
        start, end = quantity.start, quantity.end
        if m := re.search(rf"(?:{_AT_LEAST})(?:\s+an?)?\s*$", before, re.I):
            low, start = quantity.value, quantity.start - len(before) + m.start()
        elif m := re.search(rf"(?:{_AT_MOST})(?:\s+an?)?\s*$", before, re.I):
            high, start = quantity.value, quantity.start - len(before) + m.start()
        elif zh := _zh_bound_before(before):
            kind, at = zh
            low, high = (quantity.value, None) if kind == "min" else (None, quantity.value)
            start = quantity.start - len(before) + at
        elif m := re.match(rf"\s*(?:{_AFTER_MIN}|{_ZH_MIN_AFTER})", after, re.I):
            low, end = quantity.value, quantity.end + m.end()
        elif m := re.match(rf"\s*(?:{_AFTER_MAX}|{_ZH_MAX_AFTER})", after, re.I):
            high, end = quantity.value, quantity.end + m.end()
        else:
            continue
        if found and found[-1].start == quantity.start:  # "30 x 20 cm": one bound
            continue
        if m := _ASPECT.match(text, end):  # "160 cm tall": the word says what is measured
            end = m.end()
        said = text[start:end].strip()
        found.append(MeasureConstraint(quantity.dimension, low, high, said, start, end,
                                       strict=_STRICT.match(said) is not None))  # fmt: skip
    return found
