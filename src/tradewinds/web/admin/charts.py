"""The dashboard's chart as numbers for an inline SVG: bars per day (per week over long
periods), a rounded scale and its grid lines. No script draws anything; the template
writes the ``<rect>`` elements, and the same buckets fill the table beside the chart.

>>> scale_top(0), scale_top(7), scale_top(1234), scale_top(90_000)
(1, 10, 2000, 100000)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tradewinds.reports import DaySales

WIDTH, HEIGHT = 600, 160  # the SVG's viewBox; it scales to the page
DAILY_UP_TO = 92  # longer periods are drawn (and tabled) by week


@dataclass(frozen=True)
class Bucket:
    """A day, or 7 days from ``first`` (the last one may be shorter), of the period."""

    first: date
    last: date
    orders: int
    revenue_minor: int
    sessions: int


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    bucket: Bucket


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    top: int  # the value at the top grid line
    grid: list[tuple[float, int]]  # (y, value) of each grid line, bottom first


def buckets(days: list[DaySales]) -> list[Bucket]:
    """The period's days, or its weeks when it is longer than :data:`DAILY_UP_TO` days."""
    size = 1 if len(days) <= DAILY_UP_TO else 7
    found = []
    for start in range(0, len(days), size):
        group = days[start : start + size]
        found.append(
            Bucket(
                group[0].day,
                group[-1].day,
                sum(d.orders for d in group),
                sum(d.revenue_minor for d in group),
                sum(d.sessions for d in group),
            )
        )
    return found


def scale_top(value: int) -> int:
    """The smallest of 1, 2, 5 x 10ⁿ at or above ``value`` (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def bar_chart(groups: list[Bucket], value: str) -> Chart:
    """Bars of ``value`` (``revenue_minor`` or ``orders``) of each bucket."""
    values = [int(getattr(g, value)) for g in groups]
    top = scale_top(max(values, default=0))
    slot = WIDTH / max(len(groups), 1)
    gap = slot * 0.2 if slot >= 3 else 0.0
    bars = []
    for i, (group, amount) in enumerate(zip(groups, values, strict=True)):
        height = HEIGHT * amount / top
        bars.append(Bar(round(i * slot + gap / 2, 2), round(HEIGHT - height, 2),
                        round(slot - gap, 2), round(height, 2), group))  # fmt: skip
    grid = [(round(HEIGHT - HEIGHT * half / 2, 2), top * half // 2) for half in (0, 1, 2)]
    return Chart(bars, top, grid)
