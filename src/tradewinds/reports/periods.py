"""Reporting periods: whole days in the shop's time zone, their previous period, and the
clock that turns an instant into the shop's calendar day.

A period is ``first`` to ``last``, both included, counted in the shop's time zone
(``tenants.timezone``): "the last 30 days" on 7 December are 8 November to 7 December
(today, so far, included), and its previous period the 30 days before, 9 October to
7 November. A custom period is any ``from``-``to`` of at most :data:`MAX_DAYS` days.

>>> period = read_period(date(2026, 12, 7), "7", "", "")
>>> period.first, period.last, period.days
(datetime.date(2026, 12, 1), datetime.date(2026, 12, 7), 7)
>>> period.previous().first, period.previous().last
(datetime.date(2026, 11, 24), datetime.date(2026, 11, 30))
>>> read_period(date(2026, 12, 7), "", "2026-12-05", "2026-12-01")
Traceback (most recent call last):
...
tradewinds.reports.periods.InvalidPeriod: to: before_start
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tradewinds.core.errors import InvalidFields

PRESETS = ("7", "30", "90")
DEFAULT_PRESET = "30"
CUSTOM = "custom"
MAX_DAYS = 3660  # ten years: the demo store's longest history
# Dates a form may name: late enough that a previous period stays after 1970 (SQL's Unix
# seconds are then positive, so integer division floors on every database).
EARLIEST, LATEST = date(1990, 1, 1), date(2999, 12, 31)


class InvalidPeriod(InvalidFields):
    """The date-range form is wrong; ``errors`` maps ``from``/``to`` to ``required``,
    ``invalid`` (not a date such as 2026-12-01), ``out_of_range`` (before
    :data:`EARLIEST` or after :data:`LATEST`), ``before_start`` (to before from) or
    ``too_long`` (over :data:`MAX_DAYS` days)."""


@dataclass(frozen=True)
class Period:
    """Whole days ``first`` to ``last`` (included) in the shop's time zone."""

    first: date
    last: date
    preset: str = CUSTOM  # "7", "30", "90", or "custom"

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def dates(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def read_period(today: date, preset: str, start: str, end: str) -> Period:
    """The period a date-range form asks for: ``from``/``to`` when either is given (a
    custom period), else the preset (``7``, ``30`` or ``90`` days ending today; an unknown
    preset is the default, 30). Raises :class:`InvalidPeriod` naming the fields."""
    start, end = start.strip()[:40], end.strip()[:40]
    if preset != CUSTOM and not start and not end:
        days = int(preset if preset in PRESETS else DEFAULT_PRESET)
        chosen = preset if preset in PRESETS else DEFAULT_PRESET
        return Period(today - timedelta(days=days - 1), today, chosen)
    errors: dict[str, str] = {}
    first, last = _date(start), _date(end)
    for name, text, value in (("from", start, first), ("to", end, last)):
        if not text:
            errors[name] = "required"
        elif value is None:
            errors[name] = "invalid"
        elif not EARLIEST <= value <= LATEST:
            errors[name] = "out_of_range"
    if not errors and first is not None and last is not None:
        if last < first:
            errors["to"] = "before_start"
        elif (last - first).days + 1 > MAX_DAYS:
            errors["to"] = "too_long"
    if errors:
        raise InvalidPeriod(errors)
    assert first is not None and last is not None
    return Period(first, last)


def shop_zone(name: str) -> ZoneInfo:
    """The shop's time zone; UTC for an unknown name (never an error on a report)."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def shop_today(zone: ZoneInfo, now: datetime | None = None) -> date:
    """Today's date in the shop's time zone."""
    return (now or datetime.now(UTC)).astimezone(zone).date()


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant ``day`` starts in ``zone``."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class DayClock:
    """The shop's UTC offset over a span of time, as steps: ``offsets[0]`` seconds before
    ``changes[0]`` (a Unix time), ``offsets[1]`` from there until ``changes[1]``, … So
    SQL can name an instant's local day with integer arithmetic on every database:
    ``(unix_seconds + offset) // 86400`` days after 1970-01-01.

    >>> clock = day_clock(ZoneInfo("America/Los_Angeles"), date(2026, 3, 1), date(2026, 3, 31))
    >>> clock.offsets, [datetime.fromtimestamp(c, UTC).isoformat() for c in clock.changes]
    ((-28800, -25200), ['2026-03-08T10:00:00+00:00'])
    """

    offsets: tuple[int, ...]
    changes: tuple[int, ...]

    def offset_at(self, unix_seconds: int) -> int:
        """The offset in force at ``unix_seconds``."""
        return self.offsets[bisect.bisect_right(self.changes, unix_seconds)]


def day_clock(zone: ZoneInfo, first: date, last: date) -> DayClock:
    """The offsets of ``zone`` from the start of ``first`` to the end of ``last``."""
    offsets: list[int] = []
    changes: list[int] = []
    day = first
    start = local_midnight(first, zone)
    offsets.append(_offset(zone, start))
    while day <= last:
        following = local_midnight(day + timedelta(days=1), zone)
        if _offset(zone, following) != offsets[-1]:
            changes.append(_change_within(zone, start, following, offsets[-1]))
            offsets.append(_offset(zone, following))
        day, start = day + timedelta(days=1), following
    return DayClock(tuple(offsets), tuple(changes))


def _offset(zone: ZoneInfo, instant: datetime) -> int:
    delta = instant.astimezone(zone).utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def _change_within(zone: ZoneInfo, low: datetime, high: datetime, before: int) -> int:
    """The first Unix second in [low, high) whose offset is not ``before`` (bisection)."""
    lo, hi = int(low.timestamp()), int(high.timestamp())
    while lo < hi:
        mid = (lo + hi) // 2
        if _offset(zone, datetime.fromtimestamp(mid, UTC)) == before:
            lo = mid + 1
        else:
            hi = mid
    return lo


EPOCH_DAY = date(1970, 1, 1)


def day_of(number: int) -> date:
    """The date of a day number (days after 1970-01-01), as the SQL clock counts them."""
    return EPOCH_DAY + timedelta(days=int(number))
