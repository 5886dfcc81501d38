"""The demand model's calendar: Black Friday, promotions, seasonal curves."""

from __future__ import annotations

from datetime import date

from tradewinds.demo.demand import (
    black_friday,
    calendar_factor,
    promotions,
    season_factor,
    weekday_factor,
)


def test_black_friday_is_the_day_after_the_fourth_thursday_of_november() -> None:
    assert black_friday(2024) == date(2024, 11, 29)
    assert black_friday(2025) == date(2025, 11, 28)
    assert black_friday(2026) == date(2026, 11, 27)


def test_promotions_fall_inside_the_history_and_repeat_yearly() -> None:
    first, last = date(2024, 11, 1), date(2026, 10, 31)
    promos = promotions(first, last)
    assert all(p.end >= first and p.start <= last for p in promos)
    assert all(0 < p.percent < 100 and p.start <= p.end for p in promos)
    codes = [p.code for p in promos]
    assert codes.count("TRAIL20") == 2 and codes.count("BFCM25") == 2  # 2024 and 2025
    assert codes.count("WELCOME10") == 1


def test_seasonal_curves_peak_where_they_should() -> None:
    july, january, april = date(2025, 7, 10), date(2025, 1, 10), date(2025, 4, 30)
    assert season_factor("summer", july) > 1.5 > 0.7 > season_factor("summer", january)
    assert season_factor("winter", january) > 1 > season_factor("winter", july)
    assert season_factor("spring", april) > 1.8
    assert season_factor("holiday", date(2025, 12, 18)) > 2.5 * season_factor("holiday", july)
    assert season_factor("flat", july) == season_factor("flat", january) == 1.0


def test_weekends_and_the_gift_season_sell_more() -> None:
    saturday, tuesday = date(2025, 6, 7), date(2025, 6, 3)
    assert weekday_factor(saturday) > 1.2 * weekday_factor(tuesday)
    assert calendar_factor(black_friday(2025)) > 1 > calendar_factor(date(2025, 12, 25))
