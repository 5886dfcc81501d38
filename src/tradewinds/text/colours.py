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
    "teal": ("蓝绿色",),
    "maroon": ("酒红色", "枣红色"),
    "olive": ("橄榄绿", "橄榄色"),
    "ivory": ("象牙白", "象牙色"),
    "cream": ("奶油色",),
    "charcoal": ("炭灰色",),
    "turquoise": ("青绿色", "松石绿"),
    "copper": ("铜色", "古铜色"),
    "rose gold": ("玫瑰金",),
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
    >>> "green" in colour_names("墨绿")
    True
    """
    colour = colour.lower()
    english = dict(_ZH_TO_COLOUR).get(colour) or _shade_of(colour) or colour
    chinese = COLOUR_NAMES.get(english, ())
    short = {zh[0] for zh in chinese if len(zh) == 2 and zh.endswith("色")}  # 红色 -> 红
    names = {colour, english, *chinese, *short}
    if english == "grey":
        names.add("gray")
    return frozenset(names)


# The base colour a Chinese shade ends with: 墨绿 (dark green) is green, 酒红 red.
_BASE_CHARS = {"红": "red", "橙": "orange", "黄": "yellow", "绿": "green", "蓝": "blue",
               "紫": "purple", "粉": "pink", "黑": "black", "白": "white", "灰": "grey",
               "棕": "brown", "褐": "brown", "金": "gold", "银": "silver"}  # fmt: skip


def _shade_of(colour: str) -> str | None:
    """The English base colour of a Chinese shade ("墨绿", "深灰色"), or None."""
    shade = colour.removesuffix("色")
    if 2 <= len(shade) <= 3 and shade[-1] in _BASE_CHARS:
        return _BASE_CHARS[shade[-1]]
    return None


def chinese_colour(text: str) -> tuple[str, str] | None:
    """The first Chinese colour name in ``text``: (the name as written, the English one)."""
    best: tuple[int, str, str] | None = None
    for zh, en in _ZH_TO_COLOUR:
        at = text.find(zh)
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(zh) > len(best[1]))):
            best = (at, zh, en)
    return (best[1], best[2]) if best else None


# English shade names shops give colours, with the base colours they are shades of
# (some are between two: teal is green and blue).
_SHADE_TEXT = {
    "grey": "slate charcoal graphite ash stone smoke pewter gunmetal steel silver cloud fog "
    "heather",
    "green": "forest sage olive mint emerald jade moss lime pine fern hunter seafoam teal "
    "pistachio",
    "blue": "navy cobalt sky azure denim indigo royal sapphire ocean teal turquoise cerulean "
    "steel midnight aqua",
    "orange": "coral peach apricot tangerine rust amber copper terracotta pumpkin",
    "pink": "coral salmon blush rose fuchsia magenta peach",
    "red": "cherry ruby crimson burgundy wine scarlet berry brick maroon cranberry",
    "purple": "lavender lilac plum violet mauve grape amethyst aubergine",
    "yellow": "mustard lemon honey butter canary sunflower gold",
    "white": "ivory cream snow pearl chalk glacier alabaster",
    "beige": "oat oatmeal sand taupe ecru linen natural nude camel khaki stone",
    "brown": "walnut chocolate coffee espresso mocha tan chestnut cognac caramel rust bronze oak",
    "black": "onyx jet ebony midnight obsidian",
}
SHADES: dict[str, frozenset[str]] = {}
for _base, _names in _SHADE_TEXT.items():
    for _name in _names.split():
        SHADES[_name] = SHADES.get(_name, frozenset()) | {_base}


def base_colours(word: str) -> frozenset[str]:
    """The base colours an English colour or shade name is ("Slate" → grey; "teal" →
    green and blue); empty when it names none.

    >>> sorted(base_colours("Coral")), sorted(base_colours("red"))
    (['orange', 'pink'], ['red'])
    """
    bare = word.lower()
    found = set(SHADES.get(bare, frozenset()))
    if (colour := english_colour(bare)) is not None:
        found.add(colour)
    return frozenset(found)
