# ruff: noqa: RUF002 - Chinese text is written with full-width punctuation
"""Which measured property a phrase speaks of ("weighs", "重量" → weight; "runtime",
"续航" → battery), in English and Chinese, so a number in one text can be matched with
the number in another that measures the same thing."""

from __future__ import annotations

import re

_PROPERTIES: dict[str, str] = {
    "weight": r"weigh\w*|heavy|heavier|light(?:weight|er)?|mass|net wt|重量?|轻|净重|克重",
    "length": r"long|length|长度?",
    "width": r"wide|width|宽度?",
    "height": r"tall|taller|towering|height|high|高度?",
    "lifespan": r"lifespan|life span|lifetime|rated for|寿命",
    "depth": r"deep|depth|深度?",
    "diameter": r"diameter|across|直径|口径",
    "thickness": r"thick\w*|厚度?",
    "size": r"size|dimensions?|measures?|尺寸|规格|大小",
    "capacity": r"capacity|holds?|volume|容量|容积|装",
    "load": r"load|supports?|bears?|holds?|lifts?|max(?:imum)? weight|承重|载重",
    "insulation": r"keeps? (?:\w+ )?(?:cold|hot|warm)|cold|hot|insulat\w*|保冷|保温",
    "range": r"range|distance|reach|距离|射程|范围",
    "cutting": r"cut(?:s|ting)?|剪切|切割",
    # time on one charge (battery) and time to charge (charging) are different properties
    "battery": r"batter(?:y|ies)|runtime|run[- ]time|run(?:s|ning)? for|lasts?|playtime|"
    r"play time|(?:a|per|one|each|single|full|every) (?:full )?charge|续航|电池|待机|播放|"
    r"charg(?:ing)? case|一次充电|单次充电|充一次电|充电盒|充电仓",
    "charging": r"charg(?:es|ing|ed|ers?)?(?! case)|recharg\w*|fully charged|full charge|"
    r"充满|充电|快充",
    "power": r"power|output|wattage|功率|输出",
    "cable": r"cable|cord|wire|线长|电源线|数据线",
    "screen": r"screen|display|屏幕?|显示",
    "burn": r"burn\w*|燃烧",
    "speed": r"speed|rpm|转速",
    "temperature": r"temperature|heat|oven|°|degrees?|温度|耐温|耐热",
    "people": r"people|persons?|person|sleeps|seats|players?|人",
    "pieces": r"pieces?|pcs|set of|pack|count|件|片|只装|个装",
    "brightness": r"bright\w*|lumens?|亮度",
    "noise": r"noise|quiet|loud|db|噪音|分贝",
    "storage": r"storage|memory|存储|内存",
}
_PATTERNS = {
    # Latin word boundaries only around Latin words: "USB充电" speaks of charging
    name: re.compile(
        rf"(?:(?<![A-Za-z])|(?=[^\x00-\x7f]))(?:{words})(?:(?![A-Za-z])|(?<=[^\x00-\x7f]))",
        re.I,
    )
    for name, words in _PROPERTIES.items()
}


def properties_in(text: str) -> frozenset[str]:
    """The measured properties ``text`` speaks of.

    >>> sorted(properties_in("weighs just 2 kg, battery runs for 8 h"))
    ['battery', 'weight']
    >>> sorted(properties_in("续航8小时，重量1.2公斤"))
    ['battery', 'weight']
    """
    return frozenset(name for name, pattern in _PATTERNS.items() if pattern.search(text))
