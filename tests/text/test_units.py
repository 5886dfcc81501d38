from __future__ import annotations

import pytest

from tradewinds.text import analyse, normalise_units


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("3/4 in", '3/4"'),
        ("3/4 in.", "0.75 inch"),
        ("1/2-gal.", "half gallon"),
        ("1/2 gallon", "0.5 gal"),
        ("1-1/2 in.", "1.5 inches"),
        ("10 sq. ft.", "10 square feet"),
        ("5'", "5 ft"),
        (".5 in", "0.5 inch"),
    ],
)
def test_equivalent_spellings_give_the_same_tokens(a: str, b: str) -> None:
    assert analyse(a) == analyse(b)


def test_number_and_unit_yield_a_joined_token() -> None:
    assert "0.75inch" in analyse("3/4 in. copper pipe")


def test_things_that_only_look_like_fractions_are_left_alone() -> None:
    assert "0.0417" not in normalise_units("24/7 support")
    assert analyse("24/7") == ["24", "7"]


def test_dimensions_stay_one_token() -> None:
    assert analyse("2x4 stud") == ["2x4", "stud"]
