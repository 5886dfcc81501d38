"""The dashboard's aggregates against figures worked out by hand (``tests/reports/_sales.py``),
on SQLite and PostgreSQL: the previous period, cancellations and refunds, another
currency, days in the shop's time zone, an empty range, another shop's orders."""

from __future__ import annotations

from datetime import date

from tests.reports._sales import seed_sales
from tradewinds.reports import Comparison, Period, Rate, sales_dashboard
from tradewinds.store import Database

MARCH = Period(date(2026, 3, 1), date(2026, 3, 7))


def test_the_period_against_the_previous_one(db: Database) -> None:
    acme, ids = seed_sales(db)
    report = sales_dashboard(db, acme.id, MARCH)
    assert report.previous == Period(date(2026, 2, 22), date(2026, 2, 28))
    assert (report.currency, report.timezone) == ("USD", "America/Los_Angeles")
    assert report.revenue_minor == Comparison(14500 + 20500, 2500)
    assert report.revenue_minor.change == 32500 and report.revenue_minor.percent == 1300.0
    assert report.orders == Comparison(2, 1)
    assert report.average_order_minor == Comparison(17500, 2500)
    assert report.undone_orders == Comparison(2, 0)  # cancelled and refunded, not revenue
    assert report.undone_revenue_minor == Comparison(5500 + 4000, 0)
    assert report.other_currency_orders == 1
    assert report.sessions == Comparison(3, 1)  # a and b on 03-02, a again on 03-03; c
    assert report.converted_sessions == Comparison(1, 0)
    assert report.conversion == Rate(1 / 3, 0.0)
    assert report.conversion.points is not None and round(report.conversion.points, 1) == 33.3
    top = [(r.title, r.revenue_minor, r.units) for r in report.top_by_revenue]
    assert top == [("Dome Tent", Comparison(30000, 0), Comparison(3, 0)),
                   ("Red Kite", Comparison(4000, 2000), Comparison(4, 2))]  # fmt: skip
    assert [r.product_id for r in report.top_by_units] == [ids["kite"], ids["tent"]]


def test_days_are_the_shops_calendar_days(db: Database) -> None:
    acme, _ = seed_sales(db)
    days = {d.day: (d.orders, d.revenue_minor, d.sessions) for d in
            sales_dashboard(db, acme.id, MARCH).days}  # fmt: skip
    assert list(days) == MARCH.dates()
    assert days[date(2026, 3, 1)] == (1, 14500, 0)  # 08:30 UTC is 00:30 in Los Angeles
    assert days[date(2026, 3, 7)] == (1, 20500, 0)  # 06:59 UTC on the 8th is the 7th there
    assert days[date(2026, 3, 2)] == (0, 0, 2) and days[date(2026, 3, 3)] == (0, 0, 1)
    one_day = sales_dashboard(db, acme.id, Period(date(2026, 3, 8), date(2026, 3, 8)))
    assert one_day.orders == Comparison(1, 1)  # #7 at local midnight; #3 the day before


def test_an_empty_range(db: Database) -> None:
    acme, _ = seed_sales(db)
    report = sales_dashboard(db, acme.id, Period(date(2030, 1, 1), date(2030, 1, 7)))
    assert report.revenue_minor == Comparison(0, 0) and report.revenue_minor.percent is None
    assert report.average_order_minor == Comparison(0, 0)
    assert report.conversion == Rate(None, None) and report.conversion.points is None
    assert report.top_by_revenue == [] and report.top_by_units == []
    assert [(d.orders, d.revenue_minor, d.sessions) for d in report.days] == [(0, 0, 0)] * 7


def test_a_range_across_a_daylight_saving_change(db: Database) -> None:
    acme, _ = seed_sales(db)
    report = sales_dashboard(db, acme.id, Period(date(2026, 3, 7), date(2026, 3, 9)))
    days = {d.day: d.orders for d in report.days}
    assert days == {date(2026, 3, 7): 1, date(2026, 3, 8): 1, date(2026, 3, 9): 0}


def test_each_shop_sees_its_own(db: Database) -> None:
    seed_sales(db)
    from tradewinds.store import resolve_tenant

    globex = sales_dashboard(db, resolve_tenant(db, "globex").id, MARCH)
    assert globex.revenue_minor.current == 10 * 99900 + 500
    assert globex.sessions == Comparison(3, 0) and globex.converted_sessions == Comparison(3, 0)
    assert [r.title for r in globex.top_by_revenue] == ["Globex Gadget"]
