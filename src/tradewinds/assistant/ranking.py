"""Superlatives and comparatives computed on data: "the lightest", "the two cheapest",
"which has the most torque", "the larger one", "最轻的", "哪个容量最大". The words say
which way to sort and by what: a price, a kind of quantity (weight, size, power…, read
with units normalised) or an attribute the shopper names."""

from __future__ import annotations

import re
from dataclasses import dataclass

# adjective -> (what it measures, which end is "most"): general English, any shop.
_SIZE = ("volume", "length", "people", "charge", "data")
_ADJECTIVES: dict[str, tuple[tuple[str, ...], str]] = {
    "light": (("mass",), "min"), "heavy": (("mass",), "max"),
    "cheap": (("price",), "min"), "inexpensive": (("price",), "min"),
    "affordable": (("price",), "min"), "expensive": (("price",), "max"),
    "pricey": (("price",), "max"), "costly": (("price",), "max"),
    "big": (_SIZE, "max"), "large": (_SIZE, "max"), "roomy": (_SIZE, "max"),
    "spacious": (_SIZE, "max"), "small": (_SIZE, "min"), "compact": (_SIZE, "min"),
    "long": (("length", "duration"), "max"), "short": (("length", "duration"), "min"),
    "tall": (("length",), "max"), "wide": (("length",), "max"),
    "powerful": (("power", "torque", "voltage"), "max"),
    "strong": (("torque", "power", "voltage"), "max"),
    "bright": (("luminous",), "max"), "quiet": (("sound",), "min"),
    "loud": (("sound",), "max"), "fast": (("speed", "power"), "max"),
    "high": ((), "max"), "low": ((), "min"), "much": ((), "max"), "many": ((), "max"),
    "little": ((), "min"), "few": ((), "min"),
    "thick": ((), "max"), "thin": ((), "min"), "deep": ((), "max"), "shallow": ((), "min"),
    "warm": ((), "max"),
}  # fmt: skip
# the property an adjective measures when no noun follows it ("the thickest" → thickness)
_PROPERTY_OF = {"thick": "thickness", "thin": "thickness", "deep": "depth",
                "shallow": "depth", "warm": "warmth", "wide": "width", "narrow": "width",
                "tall": "height"}  # fmt: skip
_IRREGULAR = {"most": "much", "more": "much", "least": "little", "less": "little",
              "fewest": "few", "fewer": "few"}  # fmt: skip
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_ZH_ADJECTIVES = {
    "轻": "light", "重": "heavy", "便宜": "cheap", "实惠": "cheap", "贵": "expensive",
    "大": "big", "小": "small", "长": "long", "短": "short", "高": "high", "低": "low",
    "强": "powerful", "亮": "bright", "安静": "quiet", "多": "much", "少": "little",
}  # fmt: skip
_ZH_ASKING = re.compile(r"^(?:[哪那这][一]?[个款把台只双件种]|里面|其中|当中|之中|中)+")
# words that name a measured property rather than a product ("续航最长", "功率最大")
_ZH_PROPERTY = re.compile(
    r"续航|容量|功率|重量|扭矩|扭力|亮度|尺寸|电池|噪音|价格|承重|电压|速度|长度|宽度|高度|"
    r"厚度|直径|面积|体积|流量|温度|转速|像素|分辨率|内存|存储|寿命|时间|时长|度$"
)
_ZH_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _base(word: str) -> str | None:
    """The adjective of a comparative or superlative ("heaviest" → "heavy"), or None."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("est", "er"):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            continue
        stem = word[: -len(suffix)]
        for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                          stem[:-1] + "y" if stem.endswith("i") else ""):  # fmt: skip
            if candidate in _ADJECTIVES:
                return candidate
    return None


@dataclass(frozen=True)
class Ranking:
    """Sort by ``dimensions`` (or the attribute named ``noun``), ``direction`` "max" or
    "min" first; keep ``count``. ``words`` is the text that said it (cut from the query);
    ``superlative`` is False for a comparative ("lighter")."""

    dimensions: tuple[str, ...]
    direction: str
    noun: str
    count: int
    words: str
    superlative: bool
    adjective: str
    said: str = ""  # the degree as the shopper wrote it ("lightest", "most powerful", "最轻")
    # words that may name the property, tried against attribute names before the
    # dimensions ("the widest field of view", "the thickest" → thickness)
    hint: str = ""

    @property
    def by_price(self) -> bool:
        return self.dimensions == ("price",)

    @classmethod
    def by_value(cls, by: str, direction: str, count: int = 1) -> Ranking:
        """A ranking a model or a tool call names: by price, or by the attribute ``by``
        ("weight", "battery life"), ``direction`` "max" or "min"."""
        by = by.strip().lower()[:60]
        price = by in ("price", "cost")
        return cls(dimensions=("price",) if price else (), direction=direction,
                   noun="" if price else by, count=count, words="", superlative=True,
                   adjective="")  # fmt: skip


_EN = re.compile(
    r"(?:\b(?:the\s+)?(?P<n>two|three|four|five|[2-5])\s+)?"
    r"\b(?P<deg>most|least|more|less)\s+(?!than\b)(?P<adj>[a-z]+)"
    r"|(?:\b(?:the\s+)?(?P<n2>two|three|four|five|[2-5])\s+)?\b(?P<form>[a-z]+(?:est|er))\b",
    re.I,
)
_NOUN = re.compile(
    r"\s*(?P<noun>[a-z][a-z -]{1,40}?)(?=\s*(?:[?.!,]|$|\b(?:of|in|among|"
    r"for|from|that|which|under|below|over|with|you|do|please)\b))",
    re.I,
)
# up to four words after the adjective, up to punctuation ("field of view")
_PHRASE = re.compile(r"\s+((?:[a-z]+\s*){1,4})(?=[?.!,;:]|$)", re.I)
_ZH = re.compile(
    r"(?:(?P<n>[两二三四五2-5])\s*(?:个|款|件|把|台|只|双)?\s*)?(?P<noun>[\u4e00-\u9fff]{0,4}?)"
    r"(?P<deg>最|更)(?P<adj>便宜|实惠|安静|轻|重|贵|大|小|长|短|高|低|强|亮|多|少)"
    r"(?:的?(?P<n2>[两二三四五2-5])\s*(?:个|款|件|把|台|只|双))?"
)


def parse_ranking(message: str) -> Ranking | None:
    """The ranking a message asks for, or None.

    >>> r = parse_ranking("compare the two cheapest 2-person tents")
    >>> r.dimensions, r.direction, r.count
    (('price',), 'min', 2)
    >>> parse_ranking("which drill has the most torque?").noun
    'torque'
    >>> parse_ranking("哪个最轻").dimensions
    ('mass',)
    >>> parse_ranking("哪个功率最大").noun
    '功率'
    >>> parse_ranking("哪个保温杯最轻").words
    '最轻'

    """
    for match in _EN.finditer(message):
        if match.group("deg"):
            adjective = match.group("adj").lower()
            degree = match.group("deg").lower()
            superlative = degree in ("most", "least")
            if adjective not in _ADJECTIVES:  # "most torque": a noun, not an adjective
                if adjective in _NOT_PROPERTIES or not (
                    superlative or re.search(r"\bwhich\b", message[: match.start()], re.I)
                ):
                    continue  # "tell me more about it", "more info"; "which is more secure"
                noun = adjective
                adjective = "much" if degree in ("most", "more") else "little"
                dims, direction = _ADJECTIVES[adjective]
                return Ranking(dims, direction, noun, _count(match.group("n")),
                               match.group(0), superlative, adjective, "")  # fmt: skip
            dims, direction = _ADJECTIVES[adjective]
            if degree in ("least", "less"):
                direction = "min" if direction == "max" else "max"
        else:
            adjective = _base(match.group("form")) or ""
            if not adjective:
                continue
            superlative = match.group("form").lower().endswith("est")
            if not superlative and not _comparing(message, match.end()):
                continue  # "a lighter for my stove", "cheaper than $50"
            dims, direction = _ADJECTIVES[adjective]
        noun = ""
        after = _NOUN.match(message, match.end())
        if after and dims != ("price",) and (not dims or not _is_product_word(after.group("noun"))):
            noun = after.group("noun").strip() if _content(after.group("noun")) else ""
        hint = ""
        if dims != ("price",) and not noun:
            phrase = _PHRASE.match(message, match.end())
            hint = phrase.group(1).strip() if phrase and _content(phrase.group(1)) else ""
            hint = hint or _PROPERTY_OF.get(adjective, "")
        if not dims and not noun and not hint:
            continue
        count = _count(match.group("n") or match.group("n2"))
        words = message[match.start() : after.end() if noun and after else match.end()]
        said = (f"{match.group('deg')} {match.group('adj')}" if match.group("deg")
                else match.group("form")).lower()  # fmt: skip
        return Ranking(dims, direction, noun, count, words, superlative, adjective, said, hint)
    zh = _ZH.search(message)
    if zh:
        adjective = _ZH_ADJECTIVES[zh.group("adj")]
        dims, direction = _ADJECTIVES[adjective]
        # "哪个功率最大": the property is 功率, not "which one's power"
        noun = _ZH_ASKING.sub("", zh.group("noun") or "")
        if not dims and not noun:
            return None
        count = _ZH_NUMBERS.get(zh.group("n") or zh.group("n2") or "", 1)
        said = zh.group("deg") + zh.group("adj") if dims else ""
        words = zh.group(0)
        if dims and noun and not _ZH_PROPERTY.search(noun):
            # "哪个保温杯最轻": 保温杯 is the product, the adjective says the property
            words, noun = message[zh.start("deg") : zh.end()], ""
        return Ranking(dims, direction, noun, count, words, zh.group("deg") == "最",
                       adjective, said)  # fmt: skip
    return None


def _comparing(message: str, end: int) -> bool:
    """Whether a comparative ends a request ("anything lighter?", "the bigger one",
    "which is lighter, A or B") rather than naming a thing ("a lighter for my stove") or
    a bound ("cheaper than $50", which budgets and measures read)."""
    after = message[end:]
    if re.match(r"\s+than\s*[$¥€£]?\s*\d", after):
        return False
    return bool(re.match(r"\s*(?:ones?\b|than\b|[?.!,;:]|$|or\b|please\b)", after, re.I)
                or re.search(r"\bwhich\b", message[:end], re.I))  # fmt: skip


_NOT_PROPERTIES = frozenset(
    ["about", "of", "the", "a", "an", "info", "information", "details", "detail", "options",
     "choices", "like", "similar", "popular", "recent", "important"]
)  # fmt: skip


_POINTING = frozenset(
    ["of", "these", "those", "them", "the", "one", "ones", "in", "among", "all", "your",
     "you", "have", "has", "do", "is", "are", "please", "two", "both", "here", "there"]
)  # fmt: skip


def _content(words: str) -> bool:
    """Whether ``words`` say more than "of those", "one", "of the two"."""
    return any(w.lower() not in _POINTING for w in words.split())


def _count(word: str | None) -> int:
    return _NUMBERS.get((word or "").lower(), 1)


def _is_product_word(words: str) -> bool:
    """Whether the words after an adjective name products ("the lightest tent"), not a
    measured property: a measured property is a word such as life, capacity or weight,
    which the caller matches against attribute names; here, anything goes as product
    words unless it is a known property noun."""
    head = words.split()[-1] if words.split() else ""  # "battery powered lawn mowers": mowers
    return not re.fullmatch(r"(life|capacity|weight|power|torque|size|runtime|range|"
                            r"volume|output|speed|battery)", head, re.I)  # fmt: skip
