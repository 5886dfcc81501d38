"""The sales dashboard's figures for a period and the period before it, aggregated by the
database (``GROUP BY`` the shop's calendar day), never by reading orders into Python.

* **Revenue** is net: the order totals (what customers were charged: after discounts, with
  shipping) of the orders placed in the period, less the orders since cancelled or
  returned or whose payment was refunded or voided; those are counted apart
  (``undone_orders``, ``undone_revenue``). A partial refund is not subtracted yet:
  the console's refunds are recorded (``order_refunds``) but not read here. Orders in
  another currency than the shop's are left out and counted (``other_currency_orders``).
* **Orders** are the orders that count; the **average order value** is revenue ÷ orders.
* **Sessions** come from the storefront's interaction events (views, cart adds, searches,
  purchases): one session is one browser's activity (the event's ``session_id``, a hash
  of the storefront's session cookie) on one day in the shop's time zone. **Conversion**
  is the share of sessions with a purchase. Events recorded without a ``session_id``
  (a customer id only, from the API) are not sessions.
* **Top products** rank order lines' price x quantity (before order discounts) and units
  by the product of the line's variant; lines whose variant was deleted since are one row
  (``product_id`` None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tradewinds.reports._queries import (
    orders_by_day,
    product_sales,
    product_titles,
    sessions_by_day,
    top_products,
)
from tradewinds.reports.periods import Period, day_clock, day_of, local_midnight, shop_zone
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant

TOP_PRODUCTS = 10


@dataclass(frozen=True)
class Comparison:
    """A figure in the period and in the previous one."""

    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        """The change in per cent of the previous figure; None when that was 0."""
        if self.previous == 0:
            return None
        return 100.0 * (self.current - self.previous) / abs(self.previous)


@dataclass(frozen=True)
class Rate:
    """A share (conversion) in the period and the previous one, as fractions 0-1."""

    current: float | None
    previous: float | None

    @property
    def points(self) -> float | None:
        """The change in percentage points; None when either period had no sessions."""
        if self.current is None or self.previous is None:
            return None
        return 100.0 * (self.current - self.previous)


@dataclass(frozen=True)
class DaySales:
    """One day of the period: orders that count, their revenue, sessions."""

    day: date
    orders: int
    revenue_minor: int
    sessions: int


@dataclass(frozen=True)
class ProductSales:
    product_id: int | None  # None: lines whose variant was deleted since
    title: str
    revenue_minor: Comparison
    units: Comparison


@dataclass(frozen=True)
class SalesDashboard:
    period: Period
    previous: Period
    currency: str
    timezone: str
    revenue_minor: Comparison
    orders: Comparison
    average_order_minor: Comparison
    sessions: Comparison
    converted_sessions: Comparison
    conversion: Rate
    undone_orders: Comparison
    undone_revenue_minor: Comparison
    other_currency_orders: int
    days: list[DaySales]
    top_by_revenue: list[ProductSales]
    top_by_units: list[ProductSales]


@dataclass
class _Totals:
    orders: int = 0
    revenue: int = 0
    undone_orders: int = 0
    undone_revenue: int = 0
    other_currency: int = 0
    sessions: int = 0
    converted: int = 0


def sales_dashboard(
    db: Database, tenant_id: int, period: Period, *, top: int = TOP_PRODUCTS
) -> SalesDashboard:
    """Revenue, orders, average order value, conversion and top products of ``period``
    against the previous period of the same length, and the period's days."""
    previous = period.previous()
    with tenant_session(db, tenant_id) as session:
        tenant = session.get(Tenant, tenant_id)
        currency = tenant.currency if tenant else "USD"
        zone_name = tenant.timezone if tenant else "UTC"
        zone = shop_zone(zone_name)
        clock = day_clock(zone, previous.first, period.last)
        before = (local_midnight(previous.first, zone), local_midnight(period.first, zone))
        during = (before[1], local_midnight(period.last + timedelta(days=1), zone))
        days: dict[date, list[int]] = {d: [0, 0, 0] for d in period.dates()}
        totals = {"current": _Totals(), "previous": _Totals()}

        def totals_of(day: date) -> _Totals:
            return totals["current" if day >= period.first else "previous"]

        for number, money, n, total, kept_n, kept_total in session.execute(
            orders_by_day(clock, db.dialect, (before[0], during[1]))
        ):
            t = totals_of(day_of(number))
            if money != currency:
                t.other_currency += int(n)
                continue
            t.orders += int(kept_n)
            t.revenue += int(kept_total)
            t.undone_orders += int(n) - int(kept_n)
            t.undone_revenue += int(total) - int(kept_total)
            if day_of(number) in days:
                days[day_of(number)][0] += int(kept_n)
                days[day_of(number)][1] += int(kept_total)
        for number, sessions, converted in session.execute(
            sessions_by_day(clock, db.dialect, (before[0], during[1]))
        ):
            t = totals_of(day_of(number))
            t.sessions += int(sessions)
            t.converted += int(converted)
            if day_of(number) in days:
                days[day_of(number)][2] += int(sessions)
        by_revenue, by_units = top_products(session, during, currency, top)
        wanted = {p for p, *_ in by_revenue} | {p for p, *_ in by_units}
        earlier = product_sales(session, before, currency, wanted)
        titles = product_titles(session, {p for p in wanted if p is not None})
    cur, prev = totals["current"], totals["previous"]
    return SalesDashboard(
        period=period,
        previous=previous,
        currency=currency,
        timezone=zone_name,
        revenue_minor=Comparison(cur.revenue, prev.revenue),
        orders=Comparison(cur.orders, prev.orders),
        average_order_minor=Comparison(_average(cur), _average(prev)),
        sessions=Comparison(cur.sessions, prev.sessions),
        converted_sessions=Comparison(cur.converted, prev.converted),
        conversion=Rate(_share(cur), _share(prev)),
        undone_orders=Comparison(cur.undone_orders, prev.undone_orders),
        undone_revenue_minor=Comparison(cur.undone_revenue, prev.undone_revenue),
        other_currency_orders=cur.other_currency,
        days=[DaySales(d, *values) for d, values in days.items()],
        top_by_revenue=[_row(r, earlier, titles) for r in by_revenue],
        top_by_units=[_row(r, earlier, titles) for r in by_units],
    )


def _average(t: _Totals) -> int:
    return round(t.revenue / t.orders) if t.orders else 0


def _share(t: _Totals) -> float | None:
    return t.converted / t.sessions if t.sessions else None


def _row(
    ranked: tuple[int | None, int, int],
    before: dict[int | None, tuple[int, int]],
    titles: dict[int, str],
) -> ProductSales:
    product_id, revenue, units = ranked
    was_revenue, was_units = before.get(product_id, (0, 0))
    title = titles.get(product_id, "") if product_id is not None else ""
    return ProductSales(
        product_id, title, Comparison(revenue, was_revenue), Comparison(units, was_units)
    )
