"""The shopper's language (English or Simplified Chinese) and the colour names of both.

A message is Chinese when it has Chinese characters and they are not a small part of
mostly Latin text ("tell me about 红茶" stays English); a message with no letters at all
("#1001", "$30?") says nothing, and the session keeps the language it had.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

# Catalogue colour (English, as search's parse_query names it) -> its Chinese names, the
# longest first so "粉红色" wins over "红色".
COLOUR_NAMES: dict[str, tuple[str, ...]] = {
    "red": ("红色",),
    "blue": ("蓝色",),
    "green": ("绿色",),
    "yellow": ("黄色",),
    "orange": ("橙色", "桔色"),
    "purple": ("紫色",),
    "pink": ("粉红色", "粉色", "粉红"),
    "black": ("黑色",),
    "white": ("白色",),
    "grey": ("灰色",),
    "brown": ("棕色", "咖啡色", "褐色"),
    "beige": ("米色", "米白色"),
    "navy": ("藏青色", "海军蓝", "藏青"),
    "silver": ("银色",),
    "gold": ("金色",),
    "khaki": ("卡其色",),
}
_ZH_TO_COLOUR = sorted(
    ((zh, en) for en, names in COLOUR_NAMES.items() for zh in names),
    key=lambda pair: -len(pair[0]),
)


def detect_language(text: str) -> str | None:
    """``zh``, ``en``, or ``None`` when the text has no letters to tell by.

    >>> [detect_language(t) for t in ("200元以下的红色外套", "rain jacket", "#1001")]
    ['zh', 'en', None]
    """
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk and cjk * 2 >= latin:
        return "zh"
    if latin:
        return "en"
    return None


def has_chinese(text: str) -> bool:
    """Whether ``text`` contains a Chinese character."""
    return _CJK.search(text) is not None


def colour_names(colour: str) -> frozenset[str]:
    """Every lower-case name a catalogue may give ``colour``: English and Chinese.

    >>> sorted(colour_names("red"))
    ['red', '红', '红色']
    """
    colour = colour.lower()
    english = dict(_ZH_TO_COLOUR).get(colour, colour)
    chinese = COLOUR_NAMES.get(english, ())
    short = {zh[0] for zh in chinese if len(zh) == 2 and zh.endswith("色")}  # 红色 -> 红
    names = {colour, english, *chinese, *short}
    if english == "grey":
        names.add("gray")
    return frozenset(names)


def chinese_colour(text: str) -> tuple[str, str] | None:
    """The first Chinese colour name in ``text``: (the name as written, the English one)."""
    best: tuple[int, str, str] | None = None
    for zh, en in _ZH_TO_COLOUR:
        at = text.find(zh)
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(zh) > len(best[1]))):
            best = (at, zh, en)
    return (best[1], best[2]) if best else None
