from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.text import take_budget


@pytest.mark.parametrize(
    ("text", "low", "high", "rest"),
    [
        ("rain jacket under $80", None, "80", "rain jacket"),
        ("fleece, dont want to spend more than 50 bucks", None, "50", "fleece,"),
        ("between 20 and 40 dollars", "20", "40", ""),
        ("$20-$40 mugs", "20", "40", "mugs"),
        ("200元以下的外套", None, "200", "的外套"),
        ("50到100元之间的耳机", "50", "100", "的耳机"),
        ("不超过50元的杯子", None, "50", "的杯子"),
        ("waterproof jacket under $80 in blue", None, "80", "waterproof jacket in blue"),
    ],
)
def test_budgets(text: str, low: str | None, high: str | None, rest: str) -> None:
    budget, left = take_budget(text)
    assert (budget.min_price, budget.max_price, left) == (low, high, rest)


@pytest.mark.parametrize(
    "text",
    ["a ladder at least 6 feet long", "under 2 kg", "over 500 W drill", "不超过2公斤",
     "at least 20 inch cutting width", "under 50 pcs"],
)  # fmt: skip
def test_a_number_with_a_unit_is_never_a_budget(text: str) -> None:
    budget, left = take_budget(text)
    assert (budget.min_price, budget.max_price) == (None, None)
    assert left == text


@given(st.integers(min_value=1, max_value=99_999))
def test_any_amount_under(amount: int) -> None:
    assert take_budget(f"tent under ${amount}")[0].max_price == str(amount)


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("bluetooth earbuds under 250 yuan?", "bluetooth earbuds ?"),
        ("a lamp under 300 rmb", "a lamp"),
        ("boots under 50 euros", "boots"),
    ],
)
def test_the_currency_word_goes_with_its_amount(message: str, rest: str) -> None:
    budget, left = take_budget(message)
    assert budget.max_price is not None
    assert left == rest
