# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Yes/no product features said in English or Chinese, with their polarity:
"Dishwasher safe." and "won't mind the dishwasher" say yes, "Not dishwasher safe.",
"Hand wash only." and "请勿放入洗碗机" say no.

A feature is found by its words (any phrasing that names the dishwasher speaks of
dishwasher safety); a denial in the same clause before it ("do not put in the
dishwasher", "不可机洗"), or right after it ("Dishwasher safe: No"), turns it to no. Some
phrases say no by themselves ("hand wash only", "corded", "有线"). Phrases that look like
denials but are not ("won't mind", "no worries", "不怕", "不锈钢") are read as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# feature -> (words that name it: yes unless denied, phrases that say no by themselves)
_FEATURES: dict[str, tuple[str, str]] = {
    "dishwasher_safe": (
        r"dish[- ]?washers?|洗碗机",
        r"hand[- ]?wash(?:ing)?\s+only|仅限?手洗|只能手洗",
    ),
    "machine_washable": (
        r"machine[- ]wash(?:able|ed|ing)?|washing machine|(?<!dish)(?<!dish )washer\b|"
        r"(?<!hand )(?<!hand-)(?<!hand)\bwashable\b|机洗|可水洗",
        r"hand[- ]?wash(?:ing)?\s+(?:only|recommended)|care[^:]{0,20}:\s*hand[- ]?wash\b|"
        r"(?:spot|wipe)[- ]clean(?:ing)?(?:\s+only)?|dry[- ]clean(?:ing)?\s+only|仅可擦拭|不可水洗|"
        r"仅限?手洗|只能手洗|仅限?干洗|只能干洗",
    ),
    "microwave_safe": (r"microwaves?(?:[- ]safe)?|微波炉|可微波", ""),
    "oven_safe": (r"oven[- ]?(?:safe|proof)|in(?:to)? the oven|可进烤箱|烤箱可用", ""),
    "freezer_safe": (r"freezer[- ]safe|冷冻室", ""),
    "nonstick": (r"non[- ]?stick|不粘", r"uncoated|无涂层"),
    "waterproof": (
        r"water[- ]?proof|submersible|ipx[78]|ip6[78]|完全防水|全防水|可浸水|可浸没",
        "",
    ),
    "water_resistant": (
        r"water[- ]?(?:resistant|repellent)|splash[- ]?(?:proof|resistant)|shower[- ]?proof|"
        r"weather[- ]?(?:proof|resistant)|ipx[4-8]|ip[56][4-8]|防泼水|防溅|防雨|拒水|防水",
        "",
    ),
    "cordless": (
        r"cordless|cord[- ]free|battery[- ]powered|无绳|无线",
        r"\bcorded|plug[- ]in|mains[- ]powered|插电式?|有线",
    ),
    "wireless": (r"wireless|bluetooth|无线|蓝牙", r"\bwired\b|有线"),
    "rechargeable": (
        r"rechargeable|recharges?|可充电|充电式",
        r"non[- ]rechargeable|disposable batter(?:y|ies)|一次性电池",
    ),
    "bpa_free": (
        r"bpa[- ]free|free (?:of|from) bpa|no bpa|不含\s*bpa|无\s*bpa",
        r"contains bpa|含有\s*bpa",
    ),
    "foldable": (r"fold(?:able|s|ing)?\b|collapsible|可折叠|折叠", r"non[- ]folding|不可折叠"),
    "adjustable": (r"adjustable|可调节|可调", r"non[- ]adjustable|fixed[- ]length|不可调"),
    "insulated": (
        r"insulated|double[- ]wall(?:ed)?|keeps? (?:drinks? )?(?:hot|cold)|保温|隔热",
        r"uninsulated|non[- ]insulated",
    ),
    "breathable": (r"breathable|透气", ""),
    "windproof": (r"wind[- ]?(?:proof|resistant)|防风", ""),
    "dimmable": (r"dimmable|dimmer|dims?\b|可调光|调光", r"non[- ]dimmable"),
    "solar_powered": (
        r"solar[- ]?(?:powered|panel|charg\w*)|太阳能",
        r"plug[- ]in|mains[- ]powered|插电式?",
    ),
    "dual_voltage": (r"dual[- ]voltage|双电压|全球通用电压|宽电压", ""),
    "supervision_required": (r"adult supervision|成人监护|家长陪同|大人陪同", ""),
    "noise_cancelling": (r"noise[- ]cancell?(?:ing|ation)|\banc\b|降噪", ""),
    "non_slip": (r"non[- ]?slip|anti[- ]?slip|slip[- ]resistant|防滑", ""),
    "hypoallergenic": (r"hypo[- ]?allergenic|低敏|防过敏", ""),
    "fragrance_free": (
        r"fragrance[- ]free|unscented|无香精|无香味|无香",
        r"\bscented|fragranced|含香精",
    ),
    "gluten_free": (r"gluten[- ]free|无麸质", r"contains gluten|含麸质"),
    "uv_protection": (r"\buv[- ]?(?:protection|resistant|blocking)|\bupf\s*\d*|防紫外线|防晒", ""),
    "assembly_required": (
        r"assembly (?:is )?required|requires? (?:some )?assembly|needs? assembly|self[- ]assembly|"
        r"easy assembly|\d+[- ]minutes? assembly|assembles in|需要?组装|需安装|自行组装|自己组装",
        r"no assembly|assembly[- ]free|(?:fully|comes|arrives) (?:pre-?)?assembled|"
        r"no tools? (?:needed|required)|免安装|无需组装|免组装|无需安装",
    ),
    "induction_compatible": (r"induction|电磁炉", ""),
    "battery_included": (
        r"batter(?:y|ies) (?:are )?included|含电池|附带电池",
        r"batter(?:y|ies) not included|不含电池",
    ),
}
# "waterproof" says water resistant too; "water resistant" alone says nothing of waterproof
IMPLIES: dict[str, tuple[str, ...]] = {"waterproof": ("water_resistant",)}

_FLAGS = re.IGNORECASE
_POSITIVE = {k: re.compile(v[0], _FLAGS) for k, v in _FEATURES.items()}
_NEGATIVE = {k: re.compile(v[1], _FLAGS) for k, v in _FEATURES.items() if v[1]}
# A clause ends at these marks (and "but"/"但"): a denial reaches no further.
_CLAUSE = re.compile(r"[.;!?。；！？，,、:：\n()（）]|\bbut\b|\bwhile\b|\band\b|但|而且|并且|且")
_DENIAL = re.compile(
    r"\b(?:not|never|no|non|without|avoid|cannot|can't|don't|doesn't|isn't|aren't|shouldn't|"
    r"won't|mustn't|nor|neither|"
    r"(?:keep|kept|store|stay) (?:it |them |this )?(?:out of|away from|off)|"
    r"unsuitable|unsafe)\b|n't\b|"
    r"不|勿|禁止|避免|无法|切勿|未|别|非",
    re.I,
)
_DENIAL_AFTER = re.compile(
    r"^(?:[\s-]*(?:safe|proof|friendly|compatible|washable|use))?\s*[:：=-]?\s*(?:no\b|false\b|not\b|✗|×|n/a\b|否|不可|不能|不适用|不建议|不宜|禁用)"
    r"|^\s*(?:is|are)?\s*not (?:recommended|safe|suitable|advised)|^\s*(?:use )?not recommended",
    re.I,
)
# Phrases that hold a denial word but deny nothing the feature depends on
_NOT_DENIALS = re.compile(
    r"won't mind|will not mind|no problem|no worries|no need to (?:worry|hand[- ]?wash\w*|scrub)|"
    r"not only|no matter|never (?:worry|fear)|without (?:worry|fuss|a second thought)|"
    r"不锈钢|不粘|不怕|不惧|无惧|不用担心|不必担心|不用手洗|不再|不变形|不褪色|不起球|非常|并非只|"
    r"无级",
    re.I,
)


_DENIED_RIGHT_BEFORE = re.compile(r"(?:\b(?:not|non|never)[\s-]+|不|非|无)$", re.I)
_PART_AFTER = re.compile(
    r"\s*(?:内衬|衬垫|收纳袋|包|袋|罩|套|涂层|liner|lining|case|bag|pouch|cover|coating|"
    r"spray|membrane)(?![A-Za-z])",
    re.I,
)


@dataclass(frozen=True)
class FeatureMention:
    """A yes/no feature a text speaks of: which, yes or no, as written, and where."""

    feature: str
    present: bool
    text: str
    start: int
    end: int


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _CLAUSE.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE.search(text, end)
    return left, after.start() if after else len(text)


def _denied(text: str, start: int, end: int) -> bool:
    left, right = _clause_bounds(text, start, end)
    before = _NOT_DENIALS.sub(" ", text[max(left, start - 40) : start])
    if _DENIAL.search(before):
        return True
    return bool(_DENIAL_AFTER.match(text[end : max(right, end + 24)]))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def feature_mentions(text: str) -> list[FeatureMention]:
    """Every yes/no feature ``text`` speaks of, with yes or no, in order of place.

    >>> [(m.feature, m.present) for m in feature_mentions("Not dishwasher safe. 可机洗")]
    [('dishwasher_safe', False), ('machine_washable', True)]
    >>> [(m.feature, m.present) for m in feature_mentions("It won't mind the dishwasher")]
    [('dishwasher_safe', True)]
    """
    found: list[FeatureMention] = []
    for feature, pattern in _POSITIVE.items():
        said_no: list[tuple[int, int]] = []
        if feature in _NEGATIVE:
            for match in _NEGATIVE[feature].finditer(text):
                said_no.append(match.span())
                # a phrase that says no, itself denied, says yes ("不含香精", "not corded")
                twice = _DENIED_RIGHT_BEFORE.search(text, 0, match.start())
                found.append(FeatureMention(feature, bool(twice), match[0], *match.span()))
        for match in pattern.finditer(text):
            if _overlaps(said_no, *match.span()) or _PART_AFTER.match(text, match.end()):
                continue  # "防水内衬", "waterproof case": said of a part, not the product
            present = not _denied(text, *match.span())
            found.append(FeatureMention(feature, present, match[0], *match.span()))
            for implied in IMPLIES.get(feature, ()) if present else ():
                found.append(FeatureMention(implied, True, match[0], *match.span()))
    return _shared_denials(sorted(found, key=lambda m: (m.start, m.feature)), text)


# Items joined into one list share the denial before the first: "keep it out of the
# dishwasher and microwave", "not for induction or ceramic hobs"
_JOINED = re.compile(r"\s*(?:and|or|nor|&|/|和|或|及|与|、)\s*(?:the |a |an |your )?$", re.I)


def _shared_denials(found: list[FeatureMention], text: str) -> list[FeatureMention]:
    shared = list(found)
    for index, mention in enumerate(shared):
        if not mention.present:
            continue
        earlier = [m for m in shared[:index] if m.end <= mention.start]
        if not earlier:
            continue
        last = max(earlier, key=lambda m: m.end)
        denied_before = _DENIAL.search(
            _NOT_DENIALS.sub(" ", text[max(0, last.start - 40) : last.start])
        )
        if not last.present and denied_before and _JOINED.fullmatch(text[last.end : mention.start]):
            shared[index] = FeatureMention(mention.feature, False, mention.text,
                                           mention.start, mention.end)  # fmt: skip
    return shared


def feature_words(feature: str) -> str:
    """A feature's name as words ("dishwasher_safe" → "dishwasher safe")."""
    return feature.replace("_", " ")


FEATURES = tuple(_FEATURES)


# Items said to come in the box or not: "bulb included", "Bulb: E26 (not included)",
# "fuel canister sold separately", "遥控器电池已随附", "不含电池和充电器".
_NOT_INCLUDED_EN = re.compile(
    r"([a-z][a-z -]{1,30}?)[\s(]*(?:is |are )?(?:not included|sold separately)|"
    r"(?:does not|doesn't|do not|don't) (?:come with|include) (?:a |an |the |any )?"
    r"([a-z][a-z -]{1,30})",
    re.I,
)
_INCLUDED_EN = re.compile(
    r"([a-z][a-z -]{1,30}?)\s+(?:is |are )?(?:included|in the box)\b|"
    r"(?:comes with|includes?|plus) (?:a |an |the |two |\d+ )?([a-z][a-z -]{1,30})",
    re.I,
)
_NOT_INCLUDED_ZH = re.compile(
    r"([\u4e00-\u9fff]{1,8})[(（]\s*不含\s*[)）]|不含([\u4e00-\u9fff]{1,10})|([\u4e00-\u9fff]{1,8})(?:需另购|另购|未附带|不包含)"
)
_INCLUDED_ZH = re.compile(
    r"([\u4e00-\u9fff]{1,8}?)(?:已随附|随附|附带|已包含|已含|配送)|(?:含|附赠|附带|配)([\u4e00-\u9fff]{1,6})"
)
_NOT_INCLUDED_ALONE = re.compile(
    r"[(（]\s*(?:not included|sold separately|不含|需另购)\s*[)）]", re.I
)


@dataclass(frozen=True)
class Inclusion:
    """An item said to be in the box (``included``) or not, as written."""

    item: str
    included: bool
    text: str


def inclusions(text: str, key: str = "") -> list[Inclusion]:
    """Items ``text`` says come with the product or not. A bare "(not included)" in an
    attribute's value is said of the attribute (``key``).

    >>> [(i.item, i.included) for i in inclusions("Bulb included; batteries not included")]
    [('Bulb', True), ('batteries', False)]
    >>> [(i.item, i.included) for i in inclusions("不含电池和充电器")]
    [('电池和充电器', False)]
    """
    found: list[tuple[int, Inclusion]] = []
    taken: list[tuple[int, int]] = []
    for pattern, included in ((_NOT_INCLUDED_EN, False), (_NOT_INCLUDED_ZH, False),
                              (_INCLUDED_EN, True), (_INCLUDED_ZH, True)):  # fmt: skip
        for match in pattern.finditer(text):
            if _overlaps(taken, *match.span()):
                continue
            item = next((g for g in match.groups() if g), "").strip(" -")
            if item:
                taken.append(match.span())
                found.append((match.start(), Inclusion(item, included, match[0])))
    if key and not found and (alone := _NOT_INCLUDED_ALONE.search(text)):
        found.append((alone.start(), Inclusion(key.replace("_", " "), False, alone[0])))
    return [i for _, i in sorted(found, key=lambda pair: pair[0])]
