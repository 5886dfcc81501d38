# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Materials, yes/no features, certifications, age ranges, warranties and measured
properties, in English and Chinese."""

from __future__ import annotations

import math

import pytest

from tradewinds.text.ages import age_ranges
from tradewinds.text.certifications import certifications_in
from tradewinds.text.features import feature_mentions
from tradewinds.text.materials import materials_agree, materials_in
from tradewinds.text.numerals import english_numerals
from tradewinds.text.properties import properties_in
from tradewinds.text.warranties import warranties_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aluminum body with a stainless lid", ["aluminium", "stainless steel"]),
        ("BPA-free, PVC-free, no plastic parts", []),
        ("不锈钢内胆，铝合金外壳", ["stainless steel", "aluminium"]),
        ("坐地铁去买", []),
        ("cotton candy scent", []),
        ("vegan leather strap", ["faux leather"]),
    ],
)
def test_materials_in(text: str, expected: list[str]) -> None:
    assert [m.material for m in materials_in(text)] == expected


def test_materials_agree_by_family() -> None:
    assert materials_agree("metal", "copper") and materials_agree("steel", "stainless steel")
    assert not materials_agree("copper", "stainless steel")


@pytest.mark.parametrize(
    ("text", "feature", "present"),
    [
        ("Dishwasher safe.", "dishwasher_safe", True),
        ("Not dishwasher safe.", "dishwasher_safe", False),
        ("Dishwasher safe: No", "dishwasher_safe", False),
        ("It won't mind the dishwasher.", "dishwasher_safe", True),
        ("Hand wash only.", "dishwasher_safe", False),
        ("请勿放入洗碗机", "dishwasher_safe", False),
        ("不锈钢杯身可放入洗碗机", "dishwasher_safe", True),
        ("Corded for unlimited runtime", "cordless", False),
        ("无线吸尘器", "cordless", True),
        ("No assembly required", "assembly_required", False),
        ("不怕水，完全防水", "waterproof", True),
    ],
)
def test_feature_mentions(text: str, feature: str, present: bool) -> None:
    said = {(m.feature, m.present) for m in feature_mentions(text)}
    assert (feature, present) in said
    assert (feature, not present) not in said


def test_waterproof_says_water_resistant_too_but_not_the_other_way() -> None:
    said = {(m.feature, m.present) for m in feature_mentions("waterproof")}
    assert ("water_resistant", True) in said
    assert "waterproof" not in {m.feature for m in feature_mentions("water-resistant")}


def test_certifications_held_and_denied() -> None:
    found = [(c.name, c.held) for c in certifications_in("CE and FCC certified; not UL listed")]
    assert found == [("CE", True), ("FCC", True), ("UL", False)]
    assert [c.name for c in certifications_in("通过3C认证")] == ["CCC"]
    assert certifications_in("a nice cell phone case") == []  # lower-case "ce" is no mark


def test_age_ranges_in_months() -> None:
    assert [(a.low, a.high) for a in age_ranges("Ages 8-12")] == [(96.0, 144.0)]
    assert [(a.low, a.high) for a in age_ranges("18 months and up")] == [(18.0, None)]
    assert [(a.low, a.high) for a in age_ranges("适合3岁以上儿童")] == [(36.0, None)]
    assert age_ranges("Battery lasts 8-10 hours") == []


def test_warranties_in_months() -> None:
    assert [w.months for w in warranties_in("Backed by a two-year limited warranty.")] == [24.0]
    assert [w.months for w in warranties_in("Warranty: 18 months")] == [18.0]
    assert [w.months for w in warranties_in("两年质保，终身保修")] == [24.0, math.inf]


def test_english_numerals_and_properties() -> None:
    assert english_numerals("a two-year warranty and a dozen pegs") == (
        "a 2-year warranty and 12 pegs"
    )
    assert properties_in("runs for 8 hours, weighs 2 kg") == {"battery", "weight"}


def test_shades_have_base_colours() -> None:
    from tradewinds.text.colours import base_colours

    assert base_colours("Slate") == {"grey"} and base_colours("cobalt") == {"blue"}
    assert {"green", "blue"} <= base_colours("Teal") and base_colours("Bunny") == frozenset()
