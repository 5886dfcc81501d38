"""The usage page's bar chart as plain numbers for an inline SVG (no script, no library).

One bar per day of the range (days without requests are zero-height bars), scaled to the
busiest day. The template draws it; the same numbers are in the table beside it, which is
the chart's text alternative.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tradewinds.gateway import DayUsage

WIDTH, HEIGHT = 720, 200
MARGIN_LEFT, MARGIN_BOTTOM = 64, 24


@dataclass(frozen=True)
class Bar:
    day: date
    tokens: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    peak: int
    width: int = WIDTH
    height: int = HEIGHT
    left: int = MARGIN_LEFT
    bottom: int = HEIGHT - MARGIN_BOTTOM


def daily_chart(days: list[DayUsage], first: date, last: date) -> Chart:
    """Bars of total tokens for every day from ``first`` to ``last`` (inclusive)."""
    tokens = {d.day: d.total_tokens for d in days}
    span = (last - first).days + 1
    peak = max(tokens.values(), default=0)
    plot_w, plot_h = WIDTH - MARGIN_LEFT - 8, HEIGHT - MARGIN_BOTTOM - 8
    step = plot_w / max(span, 1)
    bars = []
    for i in range(span):
        day = first + timedelta(days=i)
        value = tokens.get(day, 0)
        height = 0.0 if peak == 0 else plot_h * value / peak
        bars.append(
            Bar(
                day,
                value,
                round(MARGIN_LEFT + i * step + step * 0.1, 1),
                round(HEIGHT - MARGIN_BOTTOM - height, 1),
                round(step * 0.8, 1),
                round(height, 1),
            )
        )
    return Chart(bars, peak)
