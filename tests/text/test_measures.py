from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.text import measure_constraints, parse_quantities, quantity_of


@pytest.mark.parametrize(
    ("text", "dimension", "value"),
    [
        ("Weight: 1.2 kg", "mass", 1200.0),
        ("3 lb", "mass", 1360.776),
        ("18V", "voltage", 18.0),
        ("2,000 mAh", "charge", 2000.0),
        ("35 L", "volume", 35000.0),
        ("1/2 inch", "length", 12.7),
        ("6 ft", "length", 1828.8),
        ("8 hours", "duration", 480.0),
        ("65 Nm", "torque", 65.0),
        ("800 lumens", "luminous", 800.0),
        ("2-person", "people", 2.0),
        ("1.5公斤", "mass", 1500.0),
        ("3升", "volume", 3000.0),
    ],
)
def test_quantities_are_read_in_base_units(text: str, dimension: str, value: float) -> None:
    found = quantity_of(text, dimension)
    assert found is not None
    assert found.value == pytest.approx(value, rel=1e-4)


def test_words_that_are_also_units_need_the_number_beside_them() -> None:
    assert parse_quantities("a 2 in 1 tool") == []
    assert parse_quantities("5 in the box") == []
    assert quantity_of("a 5in blade", "length") is not None


def test_dimensions_give_one_quantity_each() -> None:
    assert [q.value for q in parse_quantities("30 x 20 x 10 cm")] == [300.0, 200.0, 100.0]


@pytest.mark.parametrize(
    ("text", "dimension", "low", "high"),
    [
        ("dog leash at least 6 feet long", "length", 1828.8, None),
        ("hose 75ft or longer", "length", 22860.0, None),
        ("cordless drill that weighs less than 1.5 kg", "mass", None, 1500.0),
        ("bike light with 800 lumens or more", "luminous", 800.0, None),
        ("重量不超过1.2公斤的锁", "mass", None, 1200.0),
        ("至少3升", "volume", 3000.0, None),
        ("2公斤以下的帐篷", "mass", None, 2000.0),
    ],
)
def test_measure_bounds(text: str, dimension: str, low: float | None, high: float | None) -> None:
    (bound,) = measure_constraints(text)
    assert bound.dimension == dimension
    assert bound.low == (pytest.approx(low) if low is not None else None)
    assert bound.high == (pytest.approx(high) if high is not None else None)


def test_a_bare_quantity_is_no_bound() -> None:
    assert measure_constraints("a 2-person tent") == []


@given(st.floats(min_value=0.1, max_value=5000, allow_nan=False), st.sampled_from(["kg", "g"]))
def test_kilograms_and_grams_agree(number: float, unit: str) -> None:
    text = f"{number:.1f} {unit}"
    found = quantity_of(text, "mass")
    assert found is not None
    factor = 1000.0 if unit == "kg" else 1.0
    assert found.value == pytest.approx(float(f"{number:.1f}") * factor)


def test_more_than_leaves_the_bound_out_and_at_least_keeps_it() -> None:
    from tradewinds.text import measure_constraints

    strict, inclusive = measure_constraints("大于3升")[0], measure_constraints("不少于3升")[0]
    assert strict.strict and not strict.admits(3000) and strict.admits(3500)
    assert not inclusive.strict and inclusive.admits(3000)
    assert not measure_constraints("under 2 kg")[0].admits(2000)
    assert measure_constraints("2公斤以下")[0].admits(2000)  # 以下 includes the bound
