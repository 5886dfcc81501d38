"""The demand model: weekly and yearly seasonality, holidays and promotions.

Every factor multiplies a baseline order rate; a category's share of a day's orders is its
catalogue popularity times its own seasonal curve times any promotion uplift.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from zoneinfo import ZoneInfo

from tradewinds.demo._spec import Season

# Monday .. Sunday: weekend peaks (people shop for the week ahead on Saturday and Sunday).
WEEKDAY_FACTOR = (0.86, 0.82, 0.88, 0.95, 1.06, 1.34, 1.24)
# Shopping by local hour: a lunch-break bump and an evening peak.
HOUR_WEIGHTS = (
    0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.1, 1.3,
    1.5, 1.3, 1.1, 1.0, 1.0, 1.1, 1.3, 1.6, 1.8, 1.6, 1.0, 0.5,
)  # fmt: skip
_HOUR_CUM = list(itertools.accumulate(HOUR_WEIGHTS))


@dataclass(frozen=True)
class Promotion:
    """A discount code valid over a date range, lifting demand for the categories it covers."""

    code: str
    percent: int
    categories: tuple[str, ...]  # category codes; empty means the whole store
    start: date
    end: date  # inclusive
    uplift: float  # demand multiplier on the covered categories while it runs
    usage: float  # share of eligible orders in the window that use the code
    first_order_only: bool = False

    def active_on(self, day: date) -> bool:
        return self.start <= day <= self.end

    def covers(self, category_code: str) -> bool:
        return not self.categories or category_code in self.categories


def black_friday(year: int) -> date:
    """The day after the fourth Thursday of November."""
    first = date(year, 11, 1)
    first_thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + timedelta(days=22)


def promotions(first: date, last: date) -> list[Promotion]:
    """The store's promotion calendar for the days ``first`` .. ``last``."""
    found = [
        Promotion("WELCOME10", 10, (), first, last, 1.0, 0.5, first_order_only=True),
    ]
    for year in range(first.year - 1, last.year + 1):
        bf = black_friday(year)
        found += [
            Promotion("COZY15", 15, ("BLK", "CND", "SCK", "TEA"), date(year, 1, 12),
                      date(year, 1, 26), 1.6, 0.55),
            Promotion("SPRING15", 15, ("GDN",), date(year, 4, 5), date(year, 4, 25),
                      1.9, 0.6),
            Promotion("TRAIL20", 20, ("TNT", "SLB", "BPK", "HLM"), date(year, 6, 14),
                      date(year, 6, 30), 1.9, 0.65),
            Promotion("SCHOOL15", 15, ("TSH", "BPK", "HPH", "RUN"), date(year, 8, 15),
                      date(year, 8, 31), 1.4, 0.5),
            Promotion("BFCM25", 25, (), bf, bf + timedelta(days=3), 1.8, 0.7),
        ]  # fmt: skip
    return [p for p in found if p.end >= first and p.start <= last]


def season_factor(season: Season, day: date) -> float:
    """How much a category with this ``season`` sells on ``day`` relative to its average."""
    doy = day.timetuple().tm_yday
    angle = 2 * math.pi / 365.25
    if season == "summer":
        return math.exp(0.55 * math.cos(angle * (doy - 190)))
    if season == "spring":
        return math.exp(0.7 * math.cos(angle * (doy - 120)))
    if season == "winter":
        return math.exp(0.5 * math.cos(angle * (doy - 5)))
    if season == "holiday":
        return (
            0.8
            + 2.6 * math.exp(-(((doy - 352) / 11) ** 2))
            + 0.5 * math.exp(-(((doy - 330) / 14) ** 2))
        )
    return 1.0


def calendar_factor(day: date) -> float:
    """Store-wide effects of the calendar: the gift season, and days nobody shops."""
    bf = black_friday(day.year)
    if day == bf - timedelta(days=1):
        return 0.6  # Thanksgiving
    if bf <= day <= bf + timedelta(days=3):
        return 1.4
    if day.month == 12 and day.day <= 21:
        return 1.25
    quiet = {(12, 24): 0.7, (12, 25): 0.3, (12, 26): 0.8, (1, 1): 0.5, (7, 4): 0.6}
    return quiet.get((day.month, day.day), 1.0)


def weekday_factor(day: date) -> float:
    return WEEKDAY_FACTOR[day.weekday()] / (sum(WEEKDAY_FACTOR) / 7)


def local_time(rng: Random, day: date, tz: ZoneInfo) -> datetime:
    """A moment of ``day`` (local) drawn from :data:`HOUR_WEIGHTS`, as an aware UTC datetime."""
    hour = rng.choices(range(24), cum_weights=_HOUR_CUM)[0]
    clock = time(hour, rng.randrange(60), rng.randrange(60))
    return datetime.combine(day, clock, tz).astimezone(UTC)
