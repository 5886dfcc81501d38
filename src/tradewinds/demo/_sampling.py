"""Two draws the simulations make millions of times, kept fast and in one place."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from random import Random


def weighted_index(rng: Random, cumulative: Sequence[float], count: int | None = None) -> int:
    """An index drawn in proportion to weights given as running totals (``itertools.accumulate``).

    With ``count``, only the first ``count`` entries take part (customers signed up so far).
    """
    n = len(cumulative) if count is None else count
    return min(bisect.bisect_right(cumulative, rng.random() * cumulative[n - 1]), n - 1)


def poisson(rng: Random, mean: float) -> int:
    """A Poisson draw: Knuth's method for small means, a rounded normal above 30."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k
