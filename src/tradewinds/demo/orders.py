"""Simulating two years of orders from the demand model.

Each day draws a Poisson number of orders whose rate grows with the customer base and
follows the weekly, yearly and promotional factors of :mod:`tradewinds.demo.demand`.
Each order picks a customer (Pareto activity: a few regulars order a lot), a category
by that day's mix, and products by Zipf popularity, so most SKUs sell on few days.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random
from zoneinfo import ZoneInfo

from tradewinds.demo._fulfilment import Step, delivery_window, status_as_of, timeline
from tradewinds.demo._sampling import poisson, weighted_index
from tradewinds.demo.catalog import CATEGORIES, DemoProduct
from tradewinds.demo.demand import (
    Promotion,
    calendar_factor,
    local_time,
    season_factor,
    weekday_factor,
)
from tradewinds.demo.people import DemoCustomer

ORDERS_PER_CUSTOMER_DAY = 0.03
FREE_SHIPPING_FROM_MINOR = 5000
SHIPPING_MINOR = 599
FIRST_ORDER_NUMBER = 1001


@dataclass(slots=True)
class DemoLine:
    product: int  # index into the catalogue
    variant: int  # index into the product's variants
    quantity: int
    price_minor: int  # unit price


@dataclass(slots=True)
class DemoOrder:
    number: int
    customer: int  # index into the customers
    created_at: datetime
    lines: list[DemoLine]
    subtotal_minor: int
    discount_minor: int
    discount_code: str | None
    shipping_minor: int
    total_minor: int
    window_start: datetime
    window_end: datetime
    status: str
    financial_status: str
    fulfillment_status: str
    history: list[Step]

    @property
    def name(self) -> str:
        return f"#{self.number}"


def simulate_orders(rng: Random, products: list[DemoProduct], customers: list[DemoCustomer], *,
                    first_day: date, days: int, as_of: datetime, tz: ZoneInfo,
                    promos: list[Promotion]) -> list[DemoOrder]:  # fmt: skip
    """Simulate the order history, oldest first, numbered from ``#1001``.

    Parameters
    ----------
    rng
        The generator's own random stream.
    products, customers
        The catalogue and the customers (sorted by sign-up day).
    first_day, days
        The local calendar days of the history.
    as_of
        The demo's "now": nothing happens after it, and open orders are cut there.
    tz
        The store's time zone (order times, delivery windows).
    promos
        The promotion calendar.
    """
    basket = _BasketMaker(products)
    join_days = [c.join_day for c in customers]
    activity = list(itertools.accumulate(c.activity for c in customers))
    has_ordered: set[int] = set()
    orders: list[DemoOrder] = []
    for d in range(days):
        day = first_day + timedelta(days=d)
        eligible = bisect.bisect_left(join_days, d)
        if eligible == 0:
            continue
        today = [p for p in promos if p.active_on(day)]
        mix = basket.start_day(d, day, today)
        rate = ORDERS_PER_CUSTOMER_DAY * eligible * weekday_factor(day) * calendar_factor(day)
        drafts: list[tuple[datetime, int, list[DemoLine]]] = []
        for _ in range(poisson(rng, rate * mix)):
            created = local_time(rng, day, tz)
            customer = weighted_index(rng, activity, eligible)
            lines = basket.fill(rng)
            if created <= as_of and lines:
                drafts.append((created, customer, lines))
        drafts.sort(key=lambda o: (o[0], o[1]))
        for created, customer, lines in drafts:
            first_order = customer not in has_ordered
            has_ordered.add(customer)
            number = FIRST_ORDER_NUMBER + len(orders)
            orders.append(_order(rng, products, number, customer, created, lines, today,
                                 first_order, as_of, tz))  # fmt: skip
    return orders


def _order(rng: Random, products: list[DemoProduct], number: int, customer: int,
           created: datetime, lines: list[DemoLine], promos: list[Promotion], first_order: bool,
           as_of: datetime, tz: ZoneInfo) -> DemoOrder:  # fmt: skip
    subtotal = sum(line.quantity * line.price_minor for line in lines)
    code, discount = _discount(rng, products, lines, promos, first_order)
    shipping = 0 if subtotal - discount >= FREE_SHIPPING_FROM_MINOR else SHIPPING_MINOR
    window = delivery_window(rng, created, tz)
    codes = {products[line.product].category.code for line in lines}
    history, status, financial, fulfillment = status_as_of(
        timeline(rng, created, window, codes), as_of
    )
    return DemoOrder(
        number=number, customer=customer, created_at=created, lines=lines,
        subtotal_minor=subtotal, discount_minor=discount, discount_code=code,
        shipping_minor=shipping, total_minor=subtotal - discount + shipping,
        window_start=window[0], window_end=window[1], status=status,
        financial_status=financial, fulfillment_status=fulfillment, history=history,
    )  # fmt: skip


def _discount(rng: Random, products: list[DemoProduct], lines: list[DemoLine],
              promos: list[Promotion], first_order: bool) -> tuple[str | None, int]:  # fmt: skip
    """The best code the shopper remembered to use, and what it took off."""
    best: tuple[str | None, int] = (None, 0)
    for promo in promos:
        if promo.first_order_only and not first_order:
            continue
        eligible = sum(
            line.quantity * line.price_minor
            for line in lines
            if promo.covers(products[line.product].category.code)
        )
        if eligible and rng.random() < promo.usage:
            amount = eligible * promo.percent // 100
            if amount > best[1]:
                best = (promo.code, amount)
    return best


class _BasketMaker:
    """Draws baskets: a category by the day's mix, then products by Zipf popularity."""

    def __init__(self, products: list[DemoProduct]) -> None:
        self.products = products
        index = {spec.code: i for i, spec in enumerate(CATEGORIES)}
        members: list[list[int]] = [[] for _ in CATEGORIES]
        for i, product in enumerate(products):
            if product.status != "draft":
                members[index[product.category.code]].append(i)
        self.members = members
        self.cum_popularity = [
            list(itertools.accumulate(products[i].popularity for i in m)) for m in members
        ]
        self.mass = [c[-1] if c else 0.0 for c in self.cum_popularity]
        self.cum_variant = [
            list(itertools.accumulate(v.share for v in p.variants)) for p in products
        ]
        self.day = 0
        self.cum_category: list[float] = []

    def start_day(self, d: int, day: date, promos: list[Promotion]) -> float:
        """Set the day's category mix; returns total demand relative to an average day."""
        self.day = d
        weights = []
        for spec, mass in zip(CATEGORIES, self.mass, strict=True):
            uplift = math.prod(p.uplift for p in promos if p.covers(spec.code))
            weights.append(mass * season_factor(spec.season, day) * uplift)
        self.cum_category = list(itertools.accumulate(weights))
        return self.cum_category[-1] / sum(self.mass)

    def fill(self, rng: Random) -> list[DemoLine]:
        category = self._category(rng)
        count = 1
        while count < 6 and rng.random() < 0.42:
            count += 1
        picked: dict[tuple[int, int], int] = {}
        for i in range(count):
            if i > 0 and rng.random() >= 0.35:
                category = self._category(rng)
            product = self._product(rng, category)
            if product is None:
                continue
            variant = weighted_index(rng, self.cum_variant[product])
            key = (product, variant)
            picked[key] = picked.get(key, 0) + self._quantity(rng, product)
        return [
            DemoLine(p, v, qty, self.products[p].variants[v].price_minor)
            for (p, v), qty in picked.items()
        ]

    def _category(self, rng: Random) -> int:
        return weighted_index(rng, self.cum_category)

    def _product(self, rng: Random, category: int) -> int | None:
        cum, members = self.cum_popularity[category], self.members[category]
        for _ in range(20):  # rejection: skip products not launched yet or retired
            i = weighted_index(rng, cum)
            if self.products[members[i]].sells_on(self.day):
                return members[i]
        return None

    def _quantity(self, rng: Random, product: int) -> int:
        most = self.products[product].category.max_qty
        if most > 1:
            return 1 if rng.random() < 0.6 else rng.randint(2, most)
        return 1 if rng.random() < 0.95 else 2


def stock_levels(rng: Random, products: list[DemoProduct], orders: list[DemoOrder],
                 as_of: datetime) -> None:  # fmt: skip
    """Set each variant's inventory from its last four weeks of sales: a few days' to a few
    weeks' cover, some SKUs sold out, retired products at zero."""
    recent: dict[tuple[int, int], int] = {}
    since = as_of - timedelta(days=28)
    for order in reversed(orders):
        if order.created_at < since:
            break
        for line in order.lines:
            key = (line.product, line.variant)
            recent[key] = recent.get(key, 0) + line.quantity
    for p, product in enumerate(products):
        for v, variant in enumerate(product.variants):
            if product.status == "archived" or rng.random() < 0.06:
                variant.inventory = 0
                continue
            sold = recent.get((p, v), 0)
            variant.inventory = round(sold * rng.uniform(0.3, 2.5)) + rng.randint(0, 6)
