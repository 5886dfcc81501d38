"""Materials named in English or Chinese text, as one canonical name each ("stainless",
"stainless steel", "不锈钢" → ``stainless steel``), with the families they belong to
(stainless steel is a steel and a metal), so "stainless" in copy agrees with
"18/8 stainless steel" in a listing and "metal" agrees with any metal.

A material written with a denial ("PVC-free", "no plastic", "不含塑料") is not a claim
that the thing is made of it: :func:`materials_in` leaves it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# canonical name -> (families, spellings). English spellings are matched as whole words,
# case-insensitively; Chinese ones anywhere. Longest spelling wins at one place.
_MATERIALS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "stainless steel": (("steel", "metal"), ("stainless steel", "stainless", "inox", "不锈钢")),
    "carbon steel": (
        ("steel", "metal"),
        ("carbon steel", "high-carbon steel", "碳钢", "碳素钢", "高碳钢"),
    ),
    "chrome vanadium steel": (
        ("steel", "metal"),
        (
            "chrome vanadium steel",
            "chrome vanadium",
            "chrome-vanadium",
            "chromium vanadium",
            "cr-v",
            "crv",
            "铬钒钢",
            "铬钒",
        ),
    ),
    "steel": (("metal",), ("steel", "钢", "钢材", "钢制")),
    "cast iron": (("iron", "metal"), ("cast iron", "cast-iron", "铸铁")),
    "iron": (("metal",), ("wrought iron", "iron", "铁", "铁艺")),
    "aluminium": (("metal",), ("aluminium", "aluminum", "alu", "铝", "铝合金")),
    "copper": (("metal",), ("copper", "铜", "紫铜")),
    "brass": (("metal",), ("brass", "黄铜")),
    "bronze": (("metal",), ("bronze", "青铜")),
    "titanium": (("metal",), ("titanium", "钛", "钛合金")),
    "zinc": (("metal",), ("zinc alloy", "zinc", "锌合金")),
    "sterling silver": (("metal",), ("sterling silver", "925 silver", "纯银", "925银")),
    "metal": ((), ("metal", "metallic", "金属")),
    "cotton": (("natural fibre",), ("organic cotton", "cotton", "纯棉", "棉", "全棉", "棉质")),
    "linen": (("natural fibre",), ("linen", "flax", "亚麻")),
    "wool": (("natural fibre",), ("merino wool", "merino", "wool", "羊毛", "美利奴")),
    "cashmere": (("natural fibre",), ("cashmere", "羊绒")),
    "silk": (("natural fibre",), ("silk", "mulberry silk", "真丝", "蚕丝")),
    "hemp": (("natural fibre",), ("hemp", "大麻纤维")),
    "down": (("natural fibre",), ("down fill", "羽绒")),
    "goose down": (("down", "natural fibre"), ("goose down", "鹅绒", "白鹅绒")),
    "duck down": (("down", "natural fibre"), ("duck down", "鸭绒", "白鸭绒")),
    "polyester": (("synthetic",), ("polyester", "涤纶", "聚酯纤维", "聚酯")),
    "nylon": (("synthetic",), ("nylon", "polyamide", "尼龙", "锦纶")),
    "spandex": (("synthetic",), ("spandex", "elastane", "lycra", "氨纶", "莱卡")),
    "acrylic": (("synthetic", "plastic"), ("acrylic", "亚克力", "腈纶")),
    "fleece": (("synthetic",), ("fleece", "sherpa", "抓绒", "摇粒绒", "羊羔绒")),
    "leather": (
        ("animal",),
        ("full-grain leather", "genuine leather", "leather", "cowhide", "真皮", "牛皮", "皮革"),
    ),
    "faux leather": (
        ("synthetic",),
        (
            "faux leather",
            "vegan leather",
            "pu leather",
            "leatherette",
            "composite leather",
            "复合皮革",
            "复合皮",
            "bonded leather",
            "synthetic leather",
            "合成革",
            "人造革",
            "pu皮",
            "仿皮",
        ),
    ),
    "suede": (("animal",), ("suede", "麂皮", "绒面革")),
    "faux suede": (("synthetic",), ("microsuede", "faux suede", "micro suede", "超细纤维绒")),
    "wood": ((), ("wood", "wooden", "hardwood", "木", "木质", "木制")),
    "solid wood": (("wood",), ("solid wood", "实木", "全实木", "原木")),
    "engineered wood": (
        ("wood",),
        (
            "engineered wood",
            "particleboard",
            "particle board",
            "chipboard",
            "laminated board",
            "刨花板",
            "颗粒板",
            "多层板",
            "板材",
            "人造板",
        ),
    ),
    "oak": (("solid wood", "wood"), ("oak", "橡木")),
    "walnut": (("solid wood", "wood"), ("walnut", "胡桃木")),
    "beech": (("solid wood", "wood"), ("beech", "榉木")),
    "pine": (("solid wood", "wood"), ("pine", "松木")),
    "acacia": (("solid wood", "wood"), ("acacia", "相思木")),
    "teak": (("solid wood", "wood"), ("teak", "柚木")),
    "maple": (("solid wood", "wood"), ("maple", "枫木")),
    "bamboo": (("wood",), ("bamboo", "竹", "竹子", "竹制")),
    "rattan": (("wood",), ("rattan", "wicker", "藤", "藤编")),
    "cork": (("wood",), ("cork", "软木")),
    "plywood": (("engineered wood", "wood"), ("plywood", "胶合板")),
    "mdf": (("engineered wood", "wood"), ("mdf", "fibreboard", "fiberboard", "密度板")),
    "glass": ((), ("tempered glass", "borosilicate glass", "borosilicate", "glass", "玻璃")),
    "ceramic": ((), ("ceramic", "ceramics", "陶瓷")),
    "porcelain": (("ceramic",), ("porcelain", "bone china", "瓷", "白瓷", "骨瓷")),
    "clay": (("ceramic",), ("clay", "terracotta", "zisha", "紫砂", "朱泥", "陶土")),
    "stoneware": (("ceramic",), ("stoneware", "earthenware", "炻器", "粗陶")),
    "stone": ((), ("marble", "granite", "stone", "大理石", "花岗岩", "石材")),
    "plastic": ((), ("plastic", "塑料", "塑胶")),
    "polypropylene": (("plastic",), ("polypropylene", "聚丙烯")),
    "abs": (("plastic",), ("abs", "abs plastic")),
    "polycarbonate": (("plastic",), ("polycarbonate", "聚碳酸酯")),
    "pvc": (("plastic",), ("pvc", "vinyl", "聚氯乙烯")),
    "tritan": (("plastic",), ("tritan",)),
    "tpe": (("plastic",), ("tpe", "tpu", "thermoplastic elastomer", "热塑性弹性体")),
    "silicone": ((), ("silicone", "food-grade silicone", "硅胶", "硅橡胶")),
    "rubber": ((), ("natural rubber", "rubber", "橡胶")),
    "latex": (("rubber",), ("latex", "乳胶")),
    "foam": ((), ("memory foam", "foam", "eva", "泡沫", "记忆棉", "海绵")),
    "paper": ((), ("paper", "cardboard", "kraft", "纸", "纸质", "牛皮纸")),
    "canvas": (("natural fibre",), ("canvas", "帆布")),
    "denim": (("natural fibre",), ("denim", "牛仔布")),
    "carbon fibre": ((), ("carbon fibre", "carbon fiber", "碳纤维")),
    "fibreglass": (
        (),
        ("fibreglass", "fiberglass", "g10", "glass fibre", "glass fiber", "玻璃纤维"),
    ),
    "soy wax": (("wax",), ("soy wax", "大豆蜡")),
    "beeswax": (("wax",), ("beeswax", "蜂蜡")),
    "paraffin": (("wax",), ("paraffin", "石蜡")),
    "wax": ((), ("wax", "蜡")),
}
_SPELLING = {s.lower(): name for name, (_, spellings) in _MATERIALS.items() for s in spellings}
_SPELLING |= {" ".join(k.replace("-", " ").split()): v for k, v in _SPELLING.items() if "-" in k}
_ENGLISH = sorted((s for s in _SPELLING if s.isascii()), key=len, reverse=True)
_CHINESE = sorted((s for s in _SPELLING if not s.isascii()), key=len, reverse=True)
# An English compound names its material last ("rubberwood", "silnylon", "pakkawood"):
# spellings of four letters or more are also read at the end of a longer word.
_NOT_SUFFIX = frozenset({"pine", "teak", "wool", "iron", "silk", "cork", "wax", "down", "poly"})
_PATTERN = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in _ENGLISH)
    + r")(?![A-Za-z])|" + "|".join(re.escape(s) for s in _CHINESE)
    + r"|(?<=[a-z])(?:" + "|".join(re.escape(s) for s in _ENGLISH if len(s) >= 4
                                   and s.isalpha() and s not in _NOT_SUFFIX) + r")(?![A-Za-z])",
    re.IGNORECASE,
)  # fmt: skip
# A material denied: "PVC-free", "free of plastic", "no plastic", "不含塑料", "无塑料"
_DENIED_AFTER = re.compile(r"^[\s-]*(?:free|less\b)", re.I)
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|non|not|free\s+(?:of|from)|without|zero|never|instead\s+of|rather\s+than|"
    r"unlike|replaces?)[\s-]+(?:\w+[\s-]+)?|不含|无|非|不是|不用|免|零)\s*$",
    re.I,
)
# Words after a material that make it something else: "cotton candy", "glass of water",
# "paper towel", "iron-on", "wood stove": not what the product is made of.
_NOT_A_MATERIAL_AFTER = re.compile(
    r"^[\s-]*(?:candy|of\s+(?:water|wine)|towels?|-on\b|on\b|stoves?|burning|cookware|grain|"
    r"effect|look|finish(?:ed)?|tone|toned|plated|colou?r(?:ed)?|print(?:ed)?|pattern|"
    r"pans?\b(?=\s+(?:and|or)\b)|tops?\b|hobs?\b|surfaces?|countertops?|floors?|fiber\s+optic)",
    re.I,
)
# Chinese characters that are materials only in compounds ("木" in "木质"; "铁" not in
# "地铁"); single characters are skipped unless followed or preceded by a material cue.
_ZH_SINGLE_OK = re.compile(
    r"^(?:制|质|製|材|料|面|壳|身|架|柄|框|锅|壶|杯|盒|板|管|罐|盆|碗|勺|筷|椅|桌|柜|底|芯)"
)


_ZH_HEAD = re.compile(r"^(?:木|炭|纤维)")
# A finish or coating is put on a surface, not what the thing is made of: "finished in
# natural wood wax oil", "coated with beeswax", "wax oil", "木蜡油涂装", "清漆"
_FINISH_BEFORE = re.compile(
    r"\b(?:finish(?:ed|es)?|coat(?:ed|ing|s)?|treat(?:ed|ment)|seal(?:ed|s)?|oil(?:ed|s)?|"
    r"wax(?:ed|es)?|polish(?:ed)?|paint(?:ed)?|lacquer(?:ed)?|varnish(?:ed)?|stain(?:ed)?|"
    r"rubbed|glaze[ds]?|dipped|sprayed|plated)\s+(?:in|with|by)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_FINISH_AFTER = re.compile(
    r"^[\s-]*(?:oil|finish|coat(?:ing)?|sealant|sealer|polish|varnish|lacquer|paint|glaze|"
    r"stain)\b|^[\u4e00-\u9fff]?(?:蜡油|油涂装|漆|涂装|涂层|涂料|镀层)",
    re.I,
)


@dataclass(frozen=True)
class MaterialMention:
    """A material named in a text: its canonical name, as written, and where."""

    material: str
    text: str
    start: int
    end: int


def canonical_material(word: str) -> str | None:
    """The canonical material a word names ("aluminum" → "aluminium"), or None."""
    lowered = word.lower()
    return _SPELLING.get(lowered) or _SPELLING.get(" ".join(lowered.replace("-", " ").split()))


def material_families(material: str) -> frozenset[str]:
    """A canonical material with every family it belongs to.

    >>> sorted(material_families("stainless steel"))
    ['metal', 'stainless steel', 'steel']
    """
    families, _ = _MATERIALS.get(material, ((), ()))
    found = {material, *families}
    for family in families:
        found |= set(_MATERIALS.get(family, ((), ()))[0])
    return frozenset(found)


def materials_agree(claimed: str, stated: str) -> bool:
    """Whether a claimed material is true of a stated one: the same, or a family of it
    ("steel" for stainless steel, "metal" for copper), or a kind of it that the listing
    left general ("oak" for wood is not known, so it does not agree).

    >>> materials_agree("steel", "stainless steel"), materials_agree("copper", "steel")
    (True, False)
    """
    return claimed in material_families(stated)


def materials_in(text: str) -> list[MaterialMention]:
    """The materials ``text`` says something is made of, in order (denied ones left out).

    >>> [m.material for m in materials_in("Aluminum body, BPA-free, no plastic parts; 不锈钢内胆")]
    ['aluminium', 'stainless steel']
    """
    found: list[MaterialMention] = []
    for match in _PATTERN.finditer(text):
        written = match.group(0)
        name = canonical_material(written)
        if name is None:
            continue
        before, after = text[max(0, match.start() - 24) : match.start()], text[match.end() :]
        if _DENIED_AFTER.match(after) or _DENIED_BEFORE.search(before):
            continue
        if written.isascii() and _NOT_A_MATERIAL_AFTER.match(after):
            continue
        if _FINISH_BEFORE.search(before) or _FINISH_AFTER.match(after):
            continue  # a finish or coating, not the material
        if not written.isascii() and len(written) == 1 and not _ZH_SINGLE_OK.match(after):
            continue
        if not written.isascii() and _ZH_HEAD.match(after):
            continue  # 橡胶木 is a wood, 竹炭 no bamboo: the last part of a compound names it
        found.append(MaterialMention(name, written, match.start(), match.end()))
    return found


# Chinese names that add a claim (purity, genuineness) the English name does not make.
_CLAIMING = re.compile(r"^[纯全真]")


def chinese_material(value: str) -> str | None:
    """The Chinese name of a material when ``value`` is exactly its canonical English name
    ("Stainless steel" → 不锈钢); None for anything more specific ("Organic cotton",
    "Recycled nylon"), which a translation would change.

    >>> chinese_material("Stainless steel"), chinese_material("Cotton"), chinese_material("Merino")
    ('不锈钢', '棉', None)
    """
    name = " ".join(value.lower().split())
    if name not in _MATERIALS:
        return None
    for spelling in _MATERIALS[name][1]:
        if not spelling.isascii() and not _CLAIMING.match(spelling):
            return spelling
    return None
