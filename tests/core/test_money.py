from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import Money, currency_exponent, parse_money

currencies = st.sampled_from(["USD", "EUR", "CNY", "JPY", "KWD", "GBP"])


@given(minor=st.integers(min_value=-(10**15), max_value=10**15), currency=currencies)
def test_plain_format_parses_back_exactly(minor: int, currency: str) -> None:
    money = Money(minor, currency)
    assert parse_money(money.format_plain(), currency) == money
    assert Money.from_decimal(money.amount, currency) == money


@given(
    a=st.integers(min_value=0, max_value=10**12),
    b=st.integers(min_value=0, max_value=10**12),
    qty=st.integers(min_value=1, max_value=1000),
)
def test_arithmetic_is_exact_in_minor_units(a: int, b: int, qty: int) -> None:
    x, y = Money(a, "USD"), Money(b, "USD")
    assert (x + y).minor == a + b
    assert (x - y).minor == a - b
    assert (x * qty).amount == Decimal(a * qty) / 100
    assert qty * x == x * qty


def test_exponents_follow_iso_4217() -> None:
    assert currency_exponent("USD") == 2
    assert currency_exponent("JPY") == 0
    assert currency_exponent("KWD") == 3
    assert Money.from_decimal("500", "JPY").minor == 500
    assert Money.from_decimal("1.234", "KWD").minor == 1234


@pytest.mark.parametrize(
    ("text", "minor"),
    [("19.99", 1999), ("$1,299.00", 129900), (" 0.5 ", 50), ("-5", -500), ("¥3", 300)],
)
def test_parse_accepts_what_merchants_type(text: str, minor: int) -> None:
    assert parse_money(text, "USD").minor == minor


@pytest.mark.parametrize("text", ["abc", "", "19,99", "1.2.3", "NaN", "1e5", "12,34,567"])
def test_parse_rejects_non_prices_with_the_expected_form(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"expected e\.g\. 19\.99"):
        parse_money(text, "USD")


def test_more_decimals_than_the_currency_allows_is_an_error_not_rounding() -> None:
    with pytest.raises(InvalidInput, match="more than 2 decimal places"):
        parse_money("19.999", "USD")
    with pytest.raises(InvalidInput, match="more than 0 decimal places"):
        Money.from_decimal("1.5", "JPY")


def test_mixing_currencies_and_floats_is_refused() -> None:
    with pytest.raises(InvalidInput, match="cannot combine USD and EUR"):
        Money(1, "USD") + Money(1, "EUR")
    with pytest.raises(InvalidInput, match="must be an int"):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="ISO 4217"):
        Money(1, "usd")
    with pytest.raises(InvalidInput, match="integer quantity"):
        Money(100, "USD") * 1.5  # type: ignore[operator]


def test_str_shows_amount_and_currency() -> None:
    assert str(Money(1999, "USD")) == "19.99 USD"
    assert str(Money(500, "JPY")) == "500 JPY"
