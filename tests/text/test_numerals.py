"""Numbers typed in words or shorthand read as digits, and only numbers."""

from __future__ import annotations

import pytest

from tradewinds.text import arabic_numerals, take_budget


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("三百以内的保温壶", "300以内的保温壶"),
        ("一千五左右", "1500左右"),
        ("两人帐篷", "2人帐篷"),
        ("容量四升", "容量4升"),
        ("under 2k", "under 2000"),
        ("2.5K budget", "2500 budget"),
        ("桌子1米5", "桌子1.5米"),
    ],
)
def test_numbers_become_digits(typed: str, digits: str) -> None:
    assert arabic_numerals(typed) == digits


@pytest.mark.parametrize(
    "words",
    [
        "一起买",
        "看一下",
        "万一坏了",
        "这一款",
        "一站式",
        "2kg bag",
        "3kW heater",
        "1米",
        "the RoadEye 4K dash cam",
        "a 4k tv",
    ],
)
def test_words_that_only_contain_a_numeral_stay(words: str) -> None:
    assert arabic_numerals(words) == words


def test_a_loose_chinese_budget_has_room() -> None:
    budget, rest = take_budget(arabic_numerals("三百左右的台灯"))
    assert budget.max_price == "375" and rest == "的台灯"
