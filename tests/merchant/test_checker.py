# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""The fact checker on our own products: each kind flagged when the copy is wrong, and
not flagged when it is a faithful paraphrase, conversion or omission."""

from __future__ import annotations

import pytest

from tests.merchant._products import BLOCKS, CHARGER, JACKET, KETTLE
from tradewinds.core.errors import InvalidInput
from tradewinds.merchant import KINDS, CopyPolicy, ProductFacts, check_copy

WRONG = [
    (KETTLE, "Crafted from solid copper.", "material"),
    (KETTLE, "Holds 2.5 gallons of water.", "number_unit"),
    (KETTLE, "A powerful 2000 W element.", "number_unit"),
    (KETTLE, "Dishwasher safe for easy cleaning.", "feature"),
    (KETTLE, "Backed by a 5-year warranty.", "warranty"),
    (KETTLE, "FDA approved materials.", "certification"),
    (KETTLE, "Available in red and black.", "colour_variant"),
    (KETTLE, "I'm sorry, but I can't fulfill this request.", "refusal"),
    (KETTLE, "The [Product Name] is a great kettle. Lorem ipsum.", "placeholder"),
    (KETTLE, "Now only $39.99 — in stock and ready to ship!", "price_stock"),
    (KETTLE, "容量3升，大容量。", "number_unit"),
    (KETTLE, "可放入洗碗机清洗。", "feature"),
    (KETTLE, "整机三年质保。", "warranty"),
    (KETTLE, "红色款热销。", "colour_variant"),
    (KETTLE, "作为一个AI语言模型，我无法完成这个请求。", "refusal"),
    (KETTLE, "【产品名称】是一款好水壶，待补充。", "placeholder"),
    (KETTLE, "现货包邮，仅售199元！", "price_stock"),
    (KETTLE, "买二送一，今日最后50件！", "price_stock"),
    (KETTLE, "容量XX升，适合XX人使用。", "placeholder"),
    (KETTLE, "I'm unable to verify the wattage, so I've left it out.", "refusal"),
    (BLOCKS, "适合1岁以上的宝宝。", "age"),
    (BLOCKS, "For ages 1 and up.", "age"),
    (BLOCKS, "Solid pine blocks.", "material"),
    (BLOCKS, "塑料材质，轻巧安全。", "material"),
    (BLOCKS, "A 100-piece set.", "number_unit"),
    (JACKET, "Fully waterproof for downpours.", "feature"),
    (JACKET, "完全防水，暴雨无忧。", "feature"),
    (JACKET, "Dry clean only.", "feature"),
    (JACKET, "Available in sizes XS to XL.", "colour_variant"),
    (JACKET, "Choose green or navy.", "colour_variant"),
    (CHARGER, "Compatible with Pixel 8 phones.", "compatibility"),
    (CHARGER, "兼容Pixel 8手机。", "compatibility"),
]

FAITHFUL = [
    (KETTLE, "Holds about 85 oz and weighs nearly 2 kg."),
    (KETTLE, "Stainless body with a 1.5 kW element; boils in about five minutes."),
    (KETTLE, "Hand wash only to keep the finish bright."),
    (KETTLE, "Covered by a two-year limited warranty; CE and UL certified."),
    (KETTLE, "Choose black or sage green."),
    (KETTLE, "Works on induction, gas and electric hobs."),
    (KETTLE, "A calm morning ritual, poured with precision."),
    (KETTLE, "容量2.5升，不锈钢材质，1500瓦。"),
    (KETTLE, "请勿放入洗碗机。两年质保。"),
    (KETTLE, "黑色和鼠尾草绿两种颜色可选。"),
    (BLOCKS, "适合3岁以上儿童，共50块榉木积木。"),
    (BLOCKS, "Beech wood blocks for ages 3+, 50 pieces."),
    (BLOCKS, "Wooden blocks with a foldable storage box."),
    (JACKET, "Water-resistant nylon shell that shrugs off showers."),
    (JACKET, "防泼水面料，可机洗。"),
    (JACKET, "Sizes S to L, in navy or red."),
    (CHARGER, "Works with iPhone 13 and Samsung Galaxy S22; charges at up to 15 W."),
    (CHARGER, "兼容iPhone 14。"),
]


@pytest.mark.parametrize(("facts", "text", "kind"), WRONG)
def test_contradicted_copy_is_flagged_with_its_kind(
    facts: ProductFacts, text: str, kind: str
) -> None:
    result = check_copy(facts, text)
    assert result.verdict == "contradiction", text
    assert kind in result.kinds, (text, result.findings)


@pytest.mark.parametrize(("facts", "text"), FAITHFUL)
def test_faithful_copy_is_not_flagged(facts: ProductFacts, text: str) -> None:
    result = check_copy(facts, text)
    assert result.verdict == "ok", (text, result.findings)
    assert result.findings == ()


def test_every_kind_is_covered_by_a_wrong_copy() -> None:
    covered = {kind for _, _, kind in WRONG}
    assert covered == set(KINDS) - {"near_duplicate"}  # near_duplicate: test_duplicates


def test_a_finding_names_the_claim_the_fact_and_its_source() -> None:
    (finding,) = check_copy(KETTLE, "Holds 2.5 gallons.").findings
    assert finding.claim.startswith("2.5 gallons")
    assert finding.fact == "capacity: 2.5 L"
    assert finding.source == "attribute capacity"
    (feature,) = check_copy(KETTLE, "Dishwasher safe.", "en").findings
    assert feature.source == "attribute dishwasher_safe"


def test_a_fact_not_stated_is_no_contradiction() -> None:
    bare = ProductFacts("bare", "Mug")
    text = "Copper mug, 2 L, dishwasher safe, 5-year warranty, CE certified, ages 3+, red."
    assert check_copy(bare, text).verdict == "ok"


def test_the_policy_decides_what_blocks() -> None:
    result = check_copy(KETTLE, "Only $39.99!", policy=CopyPolicy(blocking=frozenset()))
    assert result.verdict == "ok"
    assert [f.severity for f in result.findings] == ["warn"]
    with pytest.raises(ValueError, match="Unknown kinds"):
        CopyPolicy(blocking=frozenset({"typo"}))


def test_an_unsupported_language_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(InvalidInput, match="supported: en, zh"):
        check_copy(KETTLE, "Bonjour", "fr")
