from __future__ import annotations

import pytest

from tradewinds.assistant.facts import ProductCard, ProductDetails, VariantStock
from tradewinds.assistant.product_answers import rank
from tradewinds.assistant.ranking import parse_ranking


@pytest.mark.parametrize(
    ("message", "dimensions", "direction", "noun", "count"),
    [
        ("compare the two cheapest 2-person tents", ("price",), "min", "", 2),
        ("which drill has the most torque?", (), "max", "torque", 1),
        ("the lightest tent", ("mass",), "min", "", 1),
        ("which one is quieter", ("sound",), "min", "", 1),
        ("哪个最轻", ("mass",), "min", "", 1),  # 哪个 asks; it names nothing
        ("最便宜的两个帐篷", ("price",), "min", "", 2),
    ],
)
def test_rankings_are_read(
    message: str, dimensions: tuple[str, ...], direction: str, noun: str, count: int
) -> None:
    ranking = parse_ranking(message)
    assert ranking is not None
    assert (ranking.dimensions, ranking.direction, ranking.noun, ranking.count) == (
        dimensions, direction, noun, count,
    )  # fmt: skip


@pytest.mark.parametrize(
    "message",
    ["a lighter for my camping stove", "cheaper than $50", "no more than 50 bucks",
     "tell me more about the first one", "I want the best one", "a heater"],
)  # fmt: skip
def test_words_that_only_look_like_rankings(message: str) -> None:
    assert parse_ranking(message) is None


def _details(pid: int, title: str, price: int, **attributes: str) -> ProductDetails:
    card = ProductCard(pid, f"p{pid}", title, price, "USD", 1, f"/products/p{pid}")
    return ProductDetails(
        card, "", "", "", dict(attributes), [VariantStock(None, "", price, "USD", 1)]
    )


def test_ranking_normalises_units_and_says_what_decided() -> None:
    items = [
        _details(1, "Trail Tent", 20000, weight="2.1 kg"),
        _details(2, "Ultra Tent", 30000, weight="3 lb"),  # 1.36 kg: the lightest
        _details(3, "Base Tent", 10000),  # states no weight: not ranked
    ]
    ranking = parse_ranking("the lightest tent")
    assert ranking is not None
    ranked = rank(ranking, items, "en")
    assert [r.details.card.id for r in ranked] == [2, 1]
    assert (ranked[0].by, ranked[0].text) == ("Weight", "3 lb")


def test_a_named_attribute_decides() -> None:
    items = [
        _details(1, "Drill A", 9900, torque="40 Nm"),
        _details(2, "Drill B", 8900, torque="65 Nm"),
    ]
    ranking = parse_ranking("which drill has the most torque?")
    assert ranking is not None
    assert [r.details.card.id for r in rank(ranking, items, "en")] == [2, 1]


def test_a_chinese_product_before_the_ranking_stays_the_query() -> None:
    from tradewinds.assistant import parse_message

    plan = parse_message("哪个保温杯最轻")
    assert plan.intent == "rank" and plan.query == "保温杯"
    assert plan.ranking is not None and plan.ranking.dimensions == ("mass",)
    assert parse_message("最便宜的两款猫砂是哪两个").query == "猫砂"  # 哪 asks
    assert parse_ranking("哪个续航最长").noun == "续航"  # a property, not a product


@pytest.mark.parametrize(
    ("message", "hint"),
    [
        ("which dash cam has the widest field of view", "field of view"),  # not a length
        ("which of your mats is the thickest", "thickness"),  # no table entry: its noun
        ("the thickest of those", "thickness"),  # "of those" names no property
    ],
)
def test_a_property_the_words_name_is_tried_first(message: str, hint: str) -> None:
    ranking = parse_ranking(message)
    assert ranking is not None
    assert ranking.hint == hint


def test_the_named_property_outranks_the_adjectives_dimension() -> None:
    items = [
        _details(1, "Cam A", 8900, screen_size="3 in", field_of_view="140°"),
        _details(2, "Cam B", 12900, screen_size="2 in", field_of_view="170°"),
    ]
    ranking = parse_ranking("which dash cam has the widest field of view")
    assert ranking is not None
    ranked = rank(ranking, items, "en")
    assert [r.details.card.id for r in ranked] == [2, 1]
    assert ranked[0].by == "Field of view"


def test_the_plainest_attribute_states_a_products_weight() -> None:
    items = [  # "Child weight" is what it carries, "Weight" what it weighs
        _details(1, "Breeze Stroller", 18900, child_weight="22 kg", weight="6.2 kg"),
        _details(2, "Pocket Stroller", 12900, child_weight="15 kg", weight="7.1 kg"),
    ]
    ranking = parse_ranking("which is lighter, the breeze or the pocket stroller?")
    assert ranking is not None
    ranked = rank(ranking, items, "en")
    assert [r.details.card.id for r in ranked] == [1, 2]
    assert ranked[0].text == "6.2 kg"


def test_a_brand_or_line_name_names_its_product() -> None:
    from tradewinds.assistant.product_answers import coined_names, names_product

    card = ProductCard(1, "vb", "VoltBoost 2000A Jump Starter", 11900, "USD", 3, "/products/vb")
    assert coined_names(card.title) == frozenset(["voltboost"])  # no dictionary knows it
    assert names_product("mAh voltboost 2000A", card)  # one word of three, but its name
    assert coined_names("Sonaro Buds Pro ANC Earbuds") == frozenset(["sonaro"])  # first only
    assert coined_names("Cast Iron Kettlebell") == frozenset()  # an English word
    assert not names_product("cast", ProductCard(2, "k", "Cast Iron Kettlebell", 3900, "USD",
                                                 1, "/products/k"))  # fmt: skip
