"""Shopper events: funnel shape, consistency with orders, time order."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from zoneinfo import ZoneInfo

from tradewinds.demo import DemoData

TZ = ZoneInfo("America/Los_Angeles")


def test_views_outnumber_carts_which_outnumber_purchases(small_store: DemoData) -> None:
    kinds = Counter(e.kind for e in small_store.events)
    assert kinds["view"] > 3 * kinds["add_to_cart"] > 3 * kinds["purchase"] > 0
    assert kinds["search"] > 0


def test_purchases_match_the_order_lines(small_store: DemoData) -> None:
    params = small_store.params
    since = params.end_date - timedelta(days=params.event_days - 1)  # local calendar days
    purchases = Counter(
        (e.order, e.product, e.variant, e.quantity)
        for e in small_store.events
        if e.kind == "purchase"
    )
    expected = Counter(
        (i, line.product, line.variant, line.quantity)
        for i, order in enumerate(small_store.orders)
        if order.created_at.astimezone(TZ).date() >= since
        for line in order.lines
    )
    assert purchases == expected
    for e in small_store.events:
        if e.kind == "purchase":
            assert e.order is not None
            order = small_store.orders[e.order]
            assert e.at == order.created_at and e.customer == order.customer


def test_events_are_in_time_order_before_the_demo_now(small_store: DemoData) -> None:
    times = [e.at for e in small_store.events]
    assert times == sorted(times)
    assert times[-1] <= small_store.as_of
    first_day = small_store.as_of - timedelta(days=small_store.params.event_days + 1)
    assert times[0] >= first_day


def test_sessions_lead_to_purchases_and_searches_look_real(small_store: DemoData) -> None:
    by_session: dict[str, list[str]] = {}
    for e in small_store.events:
        by_session.setdefault(e.session, []).append(e.kind)
    buying = [kinds for kinds in by_session.values() if "purchase" in kinds]
    assert buying and all(k.index("add_to_cart") < k.index("purchase") for k in buying)
    assert len(by_session) > 2 * len(buying)  # most sessions only browse
    queries = [e.query for e in small_store.events if e.kind == "search"]
    assert all(q and q.strip() == q for q in queries)
    assert len(set(queries)) > 50
    anonymous = sum(1 for e in small_store.events if e.customer is None)
    assert 0 < anonymous < len(small_store.events)
