# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Mechanisms that keep faithful copies from being flagged, each on a small product of
our own, both ways (a wrong copy still flagged, a faithful paraphrase passed): spaced
units before a dimension word, temperature ranges, durations per charge, time on a
charge vs time to charge, speeds written as distances, counts of people that are no
capacity, shipping weights, ratios, qualified counts, denied "no" phrases, a denial
shared by a list, finishes, organic standards, devices that run a stated platform,
measures and connections in compatibility claims."""

from __future__ import annotations

import pytest

from tradewinds.merchant import ProductFacts, check_copy

LADDER = ProductFacts("step-ladder", "Step Ladder", attributes=(("dimensions", "63 in tall"),))
KILN = ProductFacts("kiln", "Glass Kiln", attributes=(("temperature_range", "50–110°F"),))
SPEAKER = ProductFacts(
    "speaker",
    "Pocket Speaker",
    attributes=(("battery_life", "about 12 hours per charge"), ("charging", "USB-C, 3 hours")),
)
BOAT = ProductFacts("rc-boat", "RC Boat", attributes=(("speed", "30 km/h"), ("range", "100 m")))
BENCH = ProductFacts("bench", "Garden Bench", description="<ul><li>Seats 3</li></ul>")
RACK = ProductFacts("rack", "Shoe Rack", weights_grams=(9000,))
WINCH = ProductFacts("winch", "Hand Winch", attributes=(("gear_ratio", "4.1:1"),))
COLLAR = ProductFacts(
    "collar", "Dog Collar", description="Two D-rings, three adjustment holes, reflective trim."
)
SOAP = ProductFacts("soap", "香皂", description="<p>不含香精、不含色素。</p>")
BOWL = ProductFacts(
    "clay-bowl", "Clay Bowl", attributes=(("microwave_safe", "No"), ("dishwasher_safe", "No"))
)
STOOL = ProductFacts("stool", "Stool", attributes=(("material", "Solid oak"),))
TOWEL = ProductFacts(
    "towel",
    "Bath Towel",
    attributes=(("certifications", "OCS"), ("material", "Organic cotton")),
)
CAMERA = ProductFacts(
    "camera",
    "Home Camera",
    attributes=(("compatible_with", "Android 9+, macOS 12+"), ("connectivity", "5 GHz Wi-Fi")),
)
MATS = ProductFacts(
    "car-mats", "Car Mats", attributes=(("pieces", "4 (front pair + 2-piece rear)"),)
)

CASES = [
    (LADDER, "Under four feet tall.", "Over five feet of reach; about 160 cm tall."),
    (KILN, "Holds 5°C to 60°C.", "Set it anywhere from 10°C to 43°C."),
    (SPEAKER, "Plays about 20 hours per charge.", "Around 12 hours a charge; USB-C."),
    (SPEAKER, "Charges fully in 8 hours.", "Up to 12 hours on one charge."),
    (BOAT, "时速40公里。", "时速30公里，遥控距离约100米。"),
    (BENCH, None, "Seats three; two people can lift it."),
    (RACK, "Weighs 20 kg.", "Each shelf holds 12 kg of shoes."),
    (WINCH, None, "A 4.1:1 gear ratio."),
    (COLLAR, "Five adjustment holes.", "Two D-rings and 3 adjustment holes."),
    (SOAP, "含香精，香味持久。", "无香精无色素，敏感肌可用。"),
    (BOWL, "Microwave safe.", "Keep it out of the dishwasher and microwave."),
    (STOOL, "Made of pine.", "Solid oak, finished in beeswax and linseed oil."),
    (TOWEL, "Certified to GOTS.", "OCS-certified organic cotton."),
    (CAMERA, "Works with iPhone 14.", "Works with Android phones and a MacBook over 5 GHz Wi-Fi."),
    (MATS, "A 3-piece set.", "Four pieces: a front pair and a two-piece rear."),
]


@pytest.mark.parametrize(("facts", "wrong", "faithful"), CASES)
def test_wrong_is_flagged_and_faithful_is_not(
    facts: ProductFacts, wrong: str | None, faithful: str
) -> None:
    if wrong is not None:  # None: the checker does not judge that claim either way
        assert check_copy(facts, wrong).verdict == "contradiction", wrong
    result = check_copy(facts, faithful)
    assert result.verdict == "ok", (faithful, result.findings)


def test_a_chinese_word_after_latin_letters_names_its_property() -> None:
    from tradewinds.text.properties import properties_in

    assert "charging" in properties_in("USB充电约2小时")


def test_a_spaced_inch_before_a_dimension_word_is_a_length() -> None:
    from tradewinds.text import parse_quantities

    assert [q.dimension for q in parse_quantities("61 in tall")] == ["length"]
    assert parse_quantities("5 in the box") == []
