"""Colour words in English and Chinese: which words name a colour, and every name a
catalogue may give one colour ("red", "红色", "红")."""

from __future__ import annotations

COLOURS = frozenset(
    [
        "red",
        "blue",
        "green",
        "yellow",
        "orange",
        "purple",
        "pink",
        "black",
        "white",
        "grey",
        "gray",
        "brown",
        "beige",
        "navy",
        "silver",
        "gold",
        "teal",
        "maroon",
        "olive",
        "cream",
        "ivory",
        "tan",
        "charcoal",
        "khaki",
        "turquoise",
    ]
)
# Catalogue colour (English) -> its Chinese names, the longest first so "粉红色" wins
# over "红色".
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


def english_colour(word: str) -> str | None:
    """The catalogue colour an English word names ("Gray" → "grey"), or None."""
    bare = word.lower()
    if bare not in COLOURS:
        return None
    return "grey" if bare == "gray" else bare


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
