"""Shopper sessions for the most recent days: searches, views, add-to-carts and purchases.

Every order gets the session that led to it (maybe a search, views of what was bought and
a few alternatives, add-to-cart, then one purchase event per line, at checkout time);
many more sessions only browse, from known customers or anonymous visitors, and some of
them leave something in the cart. So views outnumber carts, and carts purchases.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random
from zoneinfo import ZoneInfo

from tradewinds.demo._sampling import weighted_index
from tradewinds.demo.catalog import DemoProduct
from tradewinds.demo.demand import local_time
from tradewinds.demo.orders import DemoOrder
from tradewinds.demo.people import DemoCustomer

BROWSE_SESSIONS_PER_ORDER = 5.0
_GIFT_QUERIES = ("christmas gifts", "gifts for dad", "gift for mom", "stocking stuffers",
                 "gifts under 50", "secret santa gift")  # fmt: skip


@dataclass(slots=True)
class DemoEvent:
    at: datetime
    kind: str  # view | add_to_cart | purchase | search
    session: str
    customer: int | None = None
    product: int | None = None
    variant: int | None = None  # index into the product's variants
    order: int | None = None  # index into the orders
    query: str | None = None
    quantity: int | None = None


def simulate_events(rng: Random, products: list[DemoProduct], customers: list[DemoCustomer],
                    orders: list[DemoOrder], *, first_day: date, days: int, event_days: int,
                    as_of: datetime, tz: ZoneInfo) -> list[DemoEvent]:  # fmt: skip
    """Sessions for the last ``event_days`` days of the history, in time order."""
    shopper = _Shopper(rng, products, first_day)
    since = days - min(event_days, days)
    by_day: dict[int, list[int]] = {}
    for i, order in enumerate(orders):
        d = (order.created_at.astimezone(tz).date() - first_day).days
        if d >= since:
            by_day.setdefault(d, []).append(i)
    join_days = [c.join_day for c in customers]
    activity = list(itertools.accumulate(c.activity for c in customers))
    events: list[DemoEvent] = []
    for d in range(since, days):
        day = first_day + timedelta(days=d)
        todays = by_day.get(d, [])
        for i in todays:
            events += shopper.buying_session(orders[i], i, day)
        eligible = bisect.bisect_left(join_days, d)
        browsing = round(BROWSE_SESSIONS_PER_ORDER * len(todays) * rng.uniform(0.8, 1.2)) + 3
        for _ in range(browsing):
            start = local_time(rng, day, tz)
            customer = None
            if eligible and rng.random() < 0.55:
                customer = weighted_index(rng, activity, eligible)
            session = shopper.browsing_session(start, customer, d, day)
            events += [e for e in session if e.at <= as_of]
    order_of_kind = {"search": 0, "view": 1, "add_to_cart": 2, "purchase": 3}
    events.sort(key=lambda e: (e.at, e.session, order_of_kind[e.kind]))
    return events


class _Shopper:
    def __init__(self, rng: Random, products: list[DemoProduct], first_day: date) -> None:
        self.rng = rng
        self.first_day = first_day
        self.products = products
        # Views are flatter than sales: the long tail gets looked at, rarely bought.
        self.cum_views = list(itertools.accumulate(p.popularity**0.7 for p in products))
        members: dict[str, list[int]] = {}
        for i, p in enumerate(products):
            members.setdefault(p.category.code, []).append(i)
        self.by_category = {
            code: (ids, list(itertools.accumulate(products[i].popularity for i in ids)))
            for code, ids in members.items()
        }

    def _session_id(self) -> str:
        return f"s{self.rng.getrandbits(48):012x}"

    def buying_session(self, order: DemoOrder, index: int, day: date) -> list[DemoEvent]:
        rng, session = self.rng, self._session_id()
        plan: list[DemoEvent] = []
        first = order.lines[0].product
        if rng.random() < 0.55:
            plan.append(DemoEvent(order.created_at, "search", session, order.customer,
                                  query=self.query(first, day)))  # fmt: skip
        for line in order.lines:
            if rng.random() < 0.3:
                alternative = self._similar(line.product, (day - self.first_day).days)
                plan.append(DemoEvent(order.created_at, "view", session, order.customer,
                                      product=alternative))  # fmt: skip
            for _ in range(1 if rng.random() < 0.8 else 2):
                plan.append(DemoEvent(order.created_at, "view", session, order.customer,
                                      product=line.product))  # fmt: skip
            plan.append(DemoEvent(order.created_at, "add_to_cart", session, order.customer,
                                  product=line.product, variant=line.variant,
                                  quantity=line.quantity))  # fmt: skip
        gaps = [rng.randint(15, 150) for _ in plan]
        at = order.created_at - timedelta(seconds=sum(gaps) + 10)
        for event, gap in zip(plan, gaps, strict=True):
            at += timedelta(seconds=gap)
            event.at = at
        plan += [
            DemoEvent(order.created_at, "purchase", session, order.customer, product=line.product,
                      variant=line.variant, order=index, quantity=line.quantity)
            for line in order.lines
        ]  # fmt: skip
        return plan

    def browsing_session(self, start: datetime, customer: int | None, d: int,
                         day: date) -> list[DemoEvent]:  # fmt: skip
        rng, session = self.rng, self._session_id()
        product = self._viewed(d)
        if product is None:
            return []
        events: list[DemoEvent] = []
        at = start
        if rng.random() < 0.35:
            events.append(
                DemoEvent(at, "search", session, customer, query=self.query(product, day))
            )
        views = 1
        while views < 12 and rng.random() < 0.65:
            views += 1
        for n in range(views):
            if n:
                at += timedelta(seconds=rng.randint(10, 180))
                following = self._similar(product, d) if rng.random() < 0.6 else self._viewed(d)
                product = following if following is not None else product
            events.append(DemoEvent(at, "view", session, customer, product=product))
        if rng.random() < 0.1:
            at += timedelta(seconds=rng.randint(10, 120))
            variants = self.products[product].variants
            events.append(DemoEvent(at, "add_to_cart", session, customer, product=product,
                                    variant=rng.randrange(len(variants)), quantity=1))  # fmt: skip
        return events

    def _viewed(self, d: int) -> int | None:
        cum = self.cum_views
        for _ in range(20):
            i = weighted_index(self.rng, cum)
            if self.products[i].sells_on(d):
                return i
        return None

    def _similar(self, product: int, d: int) -> int:
        """Another product of the same category on sale that day, favouring popular ones."""
        siblings, cum = self.by_category[self.products[product].category.code]
        i = weighted_index(self.rng, cum)
        return siblings[i] if self.products[siblings[i]].sells_on(d) else product

    def query(self, product: int, day: date) -> str:
        """What a shopper typed before finding ``product``."""
        rng, p = self.rng, self.products[product]
        spec = p.category
        if p.language == "zh" and spec.zh is not None:
            return rng.choice(spec.zh.queries)
        roll = rng.random()
        if day.month in (11, 12) and roll < 0.1:
            return rng.choice(_GIFT_QUERIES)
        if roll < 0.5:
            text = rng.choice(spec.queries)
        elif roll < 0.65:
            text = p.vendor.lower()
        elif roll < 0.8 and "color" in p.attributes:
            text = f"{p.attributes['color']} {spec.product_type}".lower()
        else:
            model = p.title.split()[0].strip(":,")
            text = f"{model} {spec.product_type}".lower()
        if len(text) > 4 and rng.random() < 0.05:  # a typo
            i = rng.randrange(len(text) - 1)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text
