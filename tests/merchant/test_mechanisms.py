# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""The checker's general mechanisms, each on a small product of our own, both ways:
counts of named things, items in the box, lists of offered colours, bracketed
conversions, denied compatibility, part materials, solid vs engineered wood, standards
by code, warranty terms per part, ages from birth."""

from __future__ import annotations

import pytest

from tradewinds.merchant import ProductFacts, check_copy

HELMET = ProductFacts(
    "road-helmet",
    "Road Helmet",
    attributes=(("vents", "18"), ("certifications", "CPSC, EN 1078"), ("weight", "280 g")),
)
LAMP = ProductFacts(
    "arc-lamp",
    "Arc Floor Lamp",
    attributes=(("bulb", "E26, max 60 W (not included)"), ("material", "Brass-finish steel arm")),
    options=(("Color", ("Brass", "Black")),),
)
MAT = ProductFacts("yoga-mat", "Yoga Mat", options=(("Color", ("Lilac", "Teal", "Black")),))
POT = ProductFacts(
    "cast-pot", "Cast Iron Pot", options=(("Color", ("Cherry Red", "Cobalt", "Matte Black")),)
)
TAPE = ProductFacts("tape-25", "Tape Measure", attributes=(("length", "25 ft (7.5 m)"),))
GLASS = ProductFacts(
    "s24-glass",
    "Screen Protector",
    attributes=(("compatible_with", "Galaxy S24, Galaxy S24+ (not S24 Ultra)"),),
)
PHONE_LAMP = ProductFacts(
    "charging-lamp",
    "Charging Desk Lamp",
    attributes=(("compatible_with", "Qi phones (iPhone 8 and later)"),),
)
KNIFE = ProductFacts("gyuto", "Gyuto Knife", attributes=(("handle_material", "Pakkawood"),))
SHELF = ProductFacts(
    "shelf", "Bookshelf", description="Engineered wood (MDF) shelves with a wood-grain veneer."
)
DESK = ProductFacts(
    "desk", "Standing Desk", attributes=(("warranty", "5 years frame, 2 years motor"),)
)
BALL = ProductFacts(
    "ball", "Basketball", options=(("Size", ("Size 6 (28.5 in)", "Size 7 (29.5 in)")),)
)
LIGHTS = ProductFacts("string-lights", "String Lights", attributes=(("power", "Plug-in (corded)"),))
PRUNERS = ProductFacts("pruners", "Pruners", attributes=(("blade", "SK-5 high-carbon steel"),))
BALL_COVER = ProductFacts(
    "court-ball", "Court Ball", attributes=(("material", "Composite leather"),)
)
STACKER = ProductFacts("stacker", "Rainbow Stacker", attributes=(("pieces", "7"),))
TEETHER = ProductFacts("teether", "Teether", attributes=(("age_range", "3 months+"),))

CASES = [
    (HELMET, "24 vents keep you cool.", "Eighteen vents — 18 vents in all."),
    (HELMET, "Certified to EN 14988.", "Meets CPSC and EN 1078."),
    (HELMET, "24 large vents.", "18 large vents, 280 g."),
    (LAMP, "Bulb included, ready out of the box.", "Bulb sold separately."),
    (LAMP, "A solid brass arm.", "Brass or Black finish."),
    (MAT, "Lilac, Teal, Black or Coral.", "Lilac, Teal or Black."),
    (MAT, "6 colours to choose from.", "3 colours to choose from."),
    (POT, "樱桃红、钴蓝、奶油白三色可选。", "樱桃红、钴蓝、哑光黑三色可选。"),
    (TAPE, "25 ft (about 10 m) of blade.", "25 ft (about 7.6 m) of blade."),
    (GLASS, "Fits the Galaxy S24, S24+ and S24 Ultra.", "Fits the Galaxy S24 and S24+."),
    (PHONE_LAMP, "Charges your iPhone 7 wirelessly.", "Charges your iPhone 12 wirelessly."),
    (KNIFE, "G10 fiberglass handle.", "A VG-10 steel core with a pakkawood handle."),
    (SHELF, "Solid wood shelves.", "Wood shelves with a warm grain."),
    (DESK, "电机保修3年。", "车架保修五年，电机保修两年。"),
    (TEETHER, "Safe for newborns.", "For babies from 3 months."),
    (BALL, "另有5号儿童款。", "7号与6号可选。"),
    (BALL_COVER, "Genuine leather cover.", "A composite leather cover; rubber feet on the stand."),
    (STACKER, "A 12-piece rainbow.", "A 7-piece rainbow."),
    (BALL, "Sizes 5, 6 and 7.", "Size 7 is official; size 6 is smaller."),
    (LIGHTS, "太阳能供电，无需插电。", "插电使用，亮度稳定。"),
    (PRUNERS, "不锈钢刀片。", "高碳钢刀片，锋利耐用。"),
    (TEETHER, "新生儿即可使用。", "3个月以上宝宝适用。"),
]


@pytest.mark.parametrize(("facts", "wrong", "faithful"), CASES)
def test_wrong_is_flagged_and_faithful_is_not(
    facts: ProductFacts, wrong: str, faithful: str
) -> None:
    assert check_copy(facts, wrong).verdict == "contradiction", wrong
    result = check_copy(facts, faithful)
    assert result.verdict == "ok", (faithful, result.findings)
