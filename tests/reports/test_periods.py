"""Reading the dashboard's date-range form; the shop's clock around daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tradewinds.reports import InvalidPeriod, Period, read_period, shop_today, shop_zone
from tradewinds.reports.periods import day_clock

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("preset", "first"), [("7", date(2026, 12, 1)), ("30", date(2026, 11, 8)),
                                               ("90", date(2026, 9, 9)), ("", date(2026, 11, 8)),
                                               ("365", date(2026, 11, 8))])  # fmt: skip
def test_presets_end_today(preset: str, first: date) -> None:
    period = read_period(TODAY, preset, "", "")
    assert (period.first, period.last) == (first, TODAY)
    assert period.previous().days == period.days and period.previous().last < first


def test_a_custom_range_and_its_previous_period() -> None:
    period = read_period(TODAY, "custom", " 2026-02-01 ", "2026-02-28")
    assert period == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert period.previous() == Period(date(2026, 1, 4), date(2026, 1, 31))
    assert read_period(TODAY, "30", "2026-02-01", "2026-02-01").days == 1  # dates win


@pytest.mark.parametrize(("start", "end", "errors"), [
    ("2026-12-05", "2026-12-01", {"to": "before_start"}),
    ("yesterday", "2026-12-01", {"from": "invalid"}),
    ("2026-02-30", "", {"from": "invalid", "to": "required"}),
    ("1900-01-01", "2026-12-01", {"from": "out_of_range"}),
    ("2000-01-01", "2026-12-01", {"to": "too_long"}),
])  # fmt: skip
def test_bad_ranges_name_their_fields(start: str, end: str, errors: dict[str, str]) -> None:
    with pytest.raises(InvalidPeriod) as raised:
        read_period(TODAY, "custom", start, end)
    assert raised.value.errors == errors


def test_today_and_the_clock_in_the_shops_zone() -> None:
    la = shop_zone("America/Los_Angeles")
    assert shop_today(la, datetime(2026, 3, 8, 7, 59, tzinfo=UTC)) == date(2026, 3, 7)
    assert shop_zone("Not/AZone").key == "UTC"
    clock = day_clock(la, date(2026, 11, 1), date(2026, 11, 1))
    assert clock.offsets == (-25200, -28800)
    assert clock.offset_at(clock.changes[0] - 1) == -25200
    assert clock.offset_at(clock.changes[0]) == -28800
