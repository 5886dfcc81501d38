"""Shop-shelf prices in integer cents: $4.99, $24.99, $249.99, $250.00 — never $23.17."""

from __future__ import annotations

import math
from random import Random


def shelf_price(dollars: float, rng: Random) -> int:
    """Round a raw price to what a merchant would print, in cents (USD minor units).

    Below $20 prices end in .99 on the whole dollar ($4.99); up to $100 mostly on a
    multiple of five ($24.99, $29.99); above, on a multiple of ten, and now and then a
    round premium price ($250.00).
    """
    dollars = max(dollars, 2.0)
    if dollars < 20:
        return int(dollars) * 100 + 99
    if dollars < 100:
        if rng.random() < 0.7:
            return round(dollars / 5) * 500 - 1
        return int(dollars) * 100 + 99
    tens = max(round(dollars / 10), 10)
    if rng.random() < 0.2:
        return tens * 1000
    return tens * 1000 - 1


def compare_at_price(price_minor: int, markup: float, rng: Random) -> int:
    """A struck-through "was" price at least a dollar above ``price_minor``."""
    was = shelf_price(price_minor / 100 * markup, rng)
    return max(was, (price_minor // 100 + 1) * 100 + 99)


def log_uniform(low: float, high: float, position: float) -> float:
    """The value at ``position`` (0..1) on a logarithmic scale from ``low`` to ``high``."""
    position = min(max(position, 0.0), 1.0)
    return low * math.exp(math.log(high / low) * position) if low > 0 else high * position


def upc_a(rng: Random) -> str:
    """A made-up 12-digit UPC-A barcode with a valid check digit (number system 0)."""
    digits = [0] + [rng.randrange(10) for _ in range(10)]
    odd = sum(digits[0::2])
    even = sum(digits[1::2])
    check = (10 - (odd * 3 + even) % 10) % 10
    return "".join(map(str, digits)) + str(check)
