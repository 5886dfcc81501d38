"""Counts of named things, and bounds on them, in English and Chinese."""

from __future__ import annotations

from tradewinds.text import count_constraints, counts


def test_counts_read_number_noun_and_noun_number() -> None:
    found = [(c.noun, c.value, c.qualifier) for c in counts("A 12-Bottle cooler; Zones: 2")]
    assert found == [("bottl", 12.0, None), ("zone", 2.0, None)]
    assert [(c.noun, c.qualifier) for c in counts("2 clip points")] == [
        ("clip", None),
        ("point", "clip"),
    ]
    assert counts("16 in laptops, 300 g, 5.2:1 ratio, 3 years") == []


def test_bounds_on_counts_in_english() -> None:
    (bound,) = count_constraints("a wine fridge that holds at least 20 bottles")
    assert (bound.dimension, bound.noun, bound.low, bound.high) == ("count", "bottl", 20.0, None)
    assert bound.admits(24) and not bound.admits(12)
    (ports,) = count_constraints("a charger with 3 USB ports or more")
    assert (ports.noun, ports.low, ports.text) == ("port", 3.0, "3 USB ports or more")
    (most,) = count_constraints("a cooler that has no more than 3 zones")
    assert (most.low, most.high) == (None, 3.0)
    (plus,) = count_constraints("a rack for 20+ bottles")
    assert plus.low == 20.0
    strict = count_constraints("a stove with more than 2 burners")[0]
    assert strict.strict and not strict.admits(2)


def test_a_quantity_wanted_is_no_bound_on_the_product() -> None:
    assert count_constraints("do you have at least 4 chairs in stock?") == []
    assert count_constraints("I need 20+ bottles") == []
    assert count_constraints("at least 3 ports") == []


def test_measures_and_money_are_no_counts() -> None:
    assert count_constraints("at least 6 feet long") == []
    assert count_constraints("at least 20 dollars") == []
    assert count_constraints("at least 20 lb") == []


def test_bounds_on_counts_in_chinese() -> None:
    (bound,) = count_constraints("想买能放20瓶以上的酒柜")
    assert (bound.noun, bound.low, bound.text) == ("bottl", 20.0, "能放20瓶以上")
    (least,) = count_constraints("至少能放20瓶")
    assert least.low == 20.0 and least.noun == "bottl"
    assert count_constraints("至少20个") == []  # 个 counts nothing in particular
