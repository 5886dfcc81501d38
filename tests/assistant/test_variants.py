from __future__ import annotations

from tradewinds.assistant.facts import ProductCard, ProductDetails, VariantStock
from tradewinds.assistant.variants import asked_variants, asks_for_options, names_only_a_colour


def _harness() -> ProductDetails:
    card = ProductCard(1, "harness", "No-Pull Harness", 2999, "USD", 9, "/products/harness")
    variants = [
        VariantStock("H-M-RED", "M / Red", 2999, "USD", 4),
        VariantStock("H-XL-RED", "XL / Red", 2999, "USD", 0),
        VariantStock("H-XL-BLUE", "XL / Blue", 2999, "USD", 5),
    ]
    return ProductDetails(card, "", "", "", {}, variants)


def test_the_variant_named_by_its_option_values() -> None:
    details = _harness()
    assert [v.sku for v in asked_variants(details, "do you have it in XL red?")] == ["H-XL-RED"]
    assert [v.sku for v in asked_variants(details, "in xl")] == ["H-XL-RED", "H-XL-BLUE"]
    assert [v.sku for v in asked_variants(details, "有红色的吗")] == ["H-M-RED", "H-XL-RED"]
    assert asked_variants(details, "is it comfortable?") == []


def test_sizes_with_units_match_however_written() -> None:
    card = ProductCard(2, "food", "Dog Food", 1999, "USD", 29, "/products/food")
    bags = [
        VariantStock("F4", "4 lb", 1999, "USD", 18),
        VariantStock("F24", "24 lb", 5999, "USD", 0),
    ]
    details = ProductDetails(card, "", "", "", {}, bags)
    assert [v.sku for v in asked_variants(details, "24磅装有货吗")] == ["F24"]
    assert [v.sku for v in asked_variants(details, "the 24 pound bag")] == ["F24"]


def test_option_questions_and_colour_only() -> None:
    assert asks_for_options("which sizes can I get right now")
    assert not asks_for_options("a bike for a 5 year old")
    details = _harness()
    assert names_only_a_colour(details.variants[0], "the harness in red")
    assert not names_only_a_colour(details.variants[1], "the harness in XL red")
