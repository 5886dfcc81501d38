"""Money as integer minor units plus an ISO 4217 currency. Never float.

``Money(1999, "USD")`` is $19.99; ``Money(500, "JPY")`` is ¥500 (JPY has no minor unit).
Parsing accepts what merchants type ("19.99", "$1,299.00", "19,99" is rejected as
ambiguous) and refuses more decimals than the currency has, rather than rounding
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tradewinds.core.errors import InvalidInput

# ISO 4217 minor-unit exponents that differ from the default of 2.
_EXPONENTS: dict[str, int] = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "UYI": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_AMOUNT_RE = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_SYMBOLS = "$€£¥￥"


def currency_exponent(currency: str) -> int:
    """Number of decimal places of ``currency`` (ISO 4217); 2 unless listed."""
    return _EXPONENTS.get(check_currency(currency), 2)


def check_currency(currency: str) -> str:
    """Return ``currency`` if it looks like an ISO 4217 code, else raise ``InvalidInput``."""
    if not isinstance(currency, str) or not _CURRENCY_RE.match(currency):
        raise InvalidInput(f"currency {currency!r} is not an ISO 4217 code (expected e.g. USD)")
    return currency


@dataclass(frozen=True, order=True)
class Money:
    """An amount in integer minor units of ``currency``."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise InvalidInput(f"Money.minor must be an int, got {type(self.minor).__name__}")
        check_currency(self.currency)

    @classmethod
    def from_decimal(cls, amount: Decimal | str | int, currency: str) -> Money:
        """Exact conversion; raises if ``amount`` has more decimals than the currency."""
        exp = currency_exponent(currency)
        try:
            value = Decimal(amount)
        except (InvalidOperation, ValueError) as exc:
            raise InvalidInput(f"{amount!r} is not a number (expected e.g. 19.99)") from exc
        if not value.is_finite():
            raise InvalidInput(f"{amount!r} is not a finite amount")
        scaled = value.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise InvalidInput(
                f"{amount} has more than {exp} decimal places, which {currency} does not allow"
            )
        return cls(int(scaled), currency)

    @property
    def amount(self) -> Decimal:
        """The amount as an exact ``Decimal`` in major units."""
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))

    def format_plain(self) -> str:
        """``"19.99"``: the decimal string with exactly the currency's decimals."""
        exp = currency_exponent(self.currency)
        return f"{self.amount:.{exp}f}"

    def __str__(self) -> str:
        return f"{self.format_plain()} {self.currency}"

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise InvalidInput(f"cannot combine {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __mul__(self, quantity: int) -> Money:
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            raise InvalidInput("Money can only be multiplied by an integer quantity")
        return Money(self.minor * quantity, self.currency)

    __rmul__ = __mul__


def parse_money(text: str, currency: str) -> Money:
    """Parse a typed price such as ``"19.99"``, ``"$1,299.00"`` or ``"-5"``.

    Raises ``InvalidInput`` with the expected form when ``text`` is not a price.
    """
    cleaned = text.strip()
    for symbol in _SYMBOLS:
        cleaned = cleaned.replace(symbol, "")
    cleaned = cleaned.strip()
    if not _AMOUNT_RE.match(cleaned):
        raise InvalidInput(f"{text!r} is not a number (expected e.g. 19.99)")
    return Money.from_decimal(cleaned.replace(",", ""), currency)
