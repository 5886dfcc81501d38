"""The simulated order history: seasonality, popularity, intermittency, money, statuses."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from tradewinds.demo import DemoData
from tradewinds.demo.orders import FREE_SHIPPING_FROM_MINOR, SHIPPING_MINOR

TZ = ZoneInfo("America/Los_Angeles")
OPEN = {"pending", "paid", "packed", "out_for_delivery"}


def _local_day(store: DemoData, i: int) -> date:
    return store.orders[i].created_at.astimezone(TZ).date()


def test_weekends_have_more_orders_than_weekdays(small_store: DemoData) -> None:
    per_day = Counter(o.created_at.astimezone(TZ).date() for o in small_store.orders)
    days = [small_store.params.first_day + timedelta(days=i) for i in range(365)]
    weekend = statistics.mean(per_day[d] for d in days if d.weekday() >= 5)
    weekday = statistics.mean(per_day[d] for d in days if d.weekday() < 5)
    assert weekend > 1.25 * weekday  # designed ratio about 1.45


def test_the_holiday_season_is_the_peak(small_store: DemoData) -> None:
    per_month = Counter(o.created_at.astimezone(TZ).strftime("%m") for o in small_store.orders)
    assert per_month["12"] == max(per_month.values())
    assert per_month["12"] > 1.4 * statistics.mean(per_month.values())


def test_summer_lifts_outdoor_categories(small_store: DemoData) -> None:
    outdoor = {"TNT", "SLB", "BPK", "HLM"}
    by_month: Counter[int] = Counter()
    for order in small_store.orders:
        for line in order.lines:
            if small_store.products[line.product].category.code in outdoor:
                by_month[order.created_at.month] += line.quantity
    assert by_month[6] + by_month[7] > 2 * (by_month[1] + by_month[2])


def test_popularity_is_heavy_tailed_and_demand_intermittent(small_store: DemoData) -> None:
    units: Counter[int] = Counter()
    sale_days: defaultdict[tuple[int, int], set[date]] = defaultdict(set)
    for order in small_store.orders:
        day = order.created_at.astimezone(TZ).date()
        for line in order.lines:
            units[line.product] += line.quantity
            sale_days[(line.product, line.variant)].add(day)
    ranked = sorted(units.values(), reverse=True)
    top_tenth = ranked[: len(small_store.products) // 10]
    assert sum(top_tenth) / sum(ranked) > 0.5
    variants = sum(len(p.variants) for p in small_store.products)
    zero_share = [1 - len(sale_days.get((p, v), ())) / small_store.params.days
                  for p, product in enumerate(small_store.products)
                  for v in range(len(product.variants))]  # fmt: skip
    assert len(zero_share) == variants
    assert statistics.median(zero_share) > 0.95
    assert max(len(days) for days in sale_days.values()) > 60  # the head sells most days


def test_money_adds_up(small_store: DemoData) -> None:
    for order in small_store.orders:
        subtotal = sum(line.quantity * line.price_minor for line in order.lines)
        assert order.subtotal_minor == subtotal
        assert order.total_minor == subtotal - order.discount_minor + order.shipping_minor
        free = subtotal - order.discount_minor >= FREE_SHIPPING_FROM_MINOR
        assert order.shipping_minor == (0 if free else SHIPPING_MINOR)
        assert all(isinstance(x, int) for x in (order.total_minor, order.discount_minor))
        assert (order.discount_code is None) == (order.discount_minor == 0)
        for line in order.lines:
            variant = small_store.products[line.product].variants[line.variant]
            assert line.price_minor == variant.price_minor and line.quantity > 0


def test_promotions_are_used_inside_their_dates(small_store: DemoData) -> None:
    by_code = defaultdict(list)
    for promo in small_store.promotions:
        by_code[promo.code].append(promo)
    used = Counter(o.discount_code for o in small_store.orders if o.discount_code)
    assert used["WELCOME10"] > 0 and len(used) >= 3
    for order in small_store.orders:
        if order.discount_code:
            day = order.created_at.astimezone(TZ).date()
            assert any(p.active_on(day) for p in by_code[order.discount_code])


def test_customers_come_back(small_store: DemoData) -> None:
    per_customer = Counter(o.customer for o in small_store.orders)
    repeat = sum(1 for n in per_customer.values() if n > 1)
    assert repeat > 0.5 * len(per_customer)
    for order in small_store.orders:
        assert small_store.customers[order.customer].created_at < order.created_at


def test_statuses_follow_the_history_up_to_the_demo_now(small_store: DemoData) -> None:
    as_of = small_store.as_of
    for order in small_store.orders:
        times = [at for _, at, _ in order.history]
        assert times == sorted(times) and times[-1] <= as_of
        assert order.history[0][0] == "pending" and order.history[-1][0] == order.status
        assert order.window_end - order.window_start == timedelta(hours=2)
        assert order.window_start > order.created_at
    old = [o for o in small_store.orders if o.created_at < as_of - timedelta(days=5)]
    assert {o.status for o in old} <= {"delivered", "returned", "cancelled"}
    assert Counter(o.status for o in old).most_common(1)[0][0] == "delivered"
    recent = {o.status for o in small_store.orders if o.created_at > as_of - timedelta(days=2)}
    assert len(recent & OPEN) >= 2
    assert all(o.created_at <= as_of for o in small_store.orders)
    assert [o.number for o in small_store.orders] == list(
        range(1001, 1001 + len(small_store.orders))
    )
