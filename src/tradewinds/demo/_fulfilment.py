"""What happens to an order after checkout: delivery window, status timeline, Shopify statuses.

Each order gets a full planned timeline (pending, paid, packed, out for delivery,
delivered, sometimes returned or cancelled); only the steps before the demo's "now"
(``as_of``) are kept, so the last days hold a realistic mix of open orders.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from random import Random
from zoneinfo import ZoneInfo

# Two-hour delivery slots (local start hour) and how popular each is.
SLOT_HOURS = (9, 11, 13, 15, 17, 19)
_SLOT_WEIGHTS = (0.8, 0.9, 1.0, 1.0, 1.3, 1.2)
_RETURNING_CATEGORIES = {"JKT", "TSH", "SCK", "RUN", "BOT"}  # apparel and shoes: 8% returned

# Platform status -> (Shopify financial status, Shopify fulfillment status).
SHOPIFY_STATUS = {
    "pending": ("pending", "unfulfilled"),
    "paid": ("paid", "unfulfilled"),
    "packed": ("paid", "unfulfilled"),
    "out_for_delivery": ("paid", "fulfilled"),
    "delivered": ("paid", "fulfilled"),
    "returned": ("refunded", "fulfilled"),
}

Step = tuple[str, datetime, str]  # (status, at, note)


def delivery_window(rng: Random, created: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A two-hour window: same day for early orders now and then, else next day or the one after."""
    local = created.astimezone(tz)
    day = local.date()
    earliest = local.hour + 3
    same_day = [h for h in SLOT_HOURS if h >= earliest]
    if local.hour < 11 and same_day and rng.random() < 0.3:
        hour = rng.choices(same_day, _SLOT_WEIGHTS[-len(same_day) :])[0]
    else:
        day += timedelta(days=1 if rng.random() < 0.75 else 2)
        hour = rng.choices(SLOT_HOURS, _SLOT_WEIGHTS)[0]
    start = _local(day, hour, tz)
    return start, start + timedelta(hours=2)


def _local(day: date, hour: int, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour), tz).astimezone(UTC)


def timeline(rng: Random, created: datetime, window: tuple[datetime, datetime],
             category_codes: set[str]) -> list[Step]:  # fmt: skip
    """The full planned life of an order, whether or not it has happened yet."""
    start, _ = window
    steps: list[Step] = [("pending", created, "order placed")]
    roll = rng.random()
    if roll < 0.025:
        steps.append(("cancelled", created + timedelta(hours=24), "payment not received"))
        return steps
    # Most cards clear in minutes; pay-later and bank transfers take hours.
    delay = rng.randint(1, 15) if rng.random() < 0.93 else rng.randint(60, 1200)
    paid = created + timedelta(minutes=delay)
    steps.append(("paid", paid, "payment captured"))
    packed = max(start - timedelta(minutes=rng.randint(90, 240)), paid + timedelta(minutes=5))
    if roll < 0.04:
        at = paid + (packed - paid) * rng.random()
        steps.append(("cancelled", at, "cancelled by customer; refunded"))
        return steps
    out = max(start - timedelta(minutes=rng.randint(5, 45)), packed + timedelta(minutes=5))
    delivered = max(start + timedelta(minutes=rng.randint(5, 125)), out + timedelta(minutes=5))
    steps += [
        ("packed", packed, "picked and packed"),
        ("out_for_delivery", out, "loaded for delivery"),
        ("delivered", delivered, "left with customer"),
    ]
    return_rate = 0.08 if category_codes & _RETURNING_CATEGORIES else 0.02
    if rng.random() < return_rate:
        returned = delivered + timedelta(days=rng.randint(2, 14), hours=rng.randint(1, 8))
        steps.append(("returned", returned, rng.choice(_RETURN_REASONS)))
    return steps


_RETURN_REASONS = (
    "returned: wrong size",
    "returned: not as described",
    "returned: changed mind",
    "returned: arrived damaged",
)


def status_as_of(steps: list[Step], as_of: datetime) -> tuple[list[Step], str, str, str]:
    """Cut the timeline at ``as_of``: the steps so far, the status, Shopify's two statuses."""
    happened = [s for s in steps if s[1] <= as_of]
    status = happened[-1][0]
    if status == "cancelled":
        paid = any(s[0] == "paid" for s in happened)
        return happened, status, "refunded" if paid else "voided", "unfulfilled"
    financial, fulfillment = SHOPIFY_STATUS[status]
    return happened, status, financial, fulfillment
