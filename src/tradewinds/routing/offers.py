"""Delivery windows a shopper can choose before ordering, from the shop's own fleet.

:func:`delivery_windows` cuts the hours the fleet delivers on each of the next days (each
active vehicle's shift inside its depot's opening hours, in the shop's time zone) into
windows of ``width``; a window is offered until ``lead`` before it starts (the time to
pick, pack and plan the route). The chosen window becomes the order's requested window,
which :func:`~tradewinds.routing.plan_routes` plans that day's routes within.

This is an offer, not a reservation: it knows when the fleet works, not how full it is.
Planning may still leave an order unassigned (too many orders for the vehicles), and
:func:`~tradewinds.routing.delivery_promise` then says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.store import current_tenant_id
from tradewinds.store.tables import Depot, Tenant, Vehicle


@dataclass(frozen=True)
class DeliveryWindow:
    """A window an order placed before ``order_by`` can be delivered in (UTC times)."""

    start: datetime
    end: datetime
    order_by: datetime

    @property
    def key(self) -> str:
        """A stable name for forms: the start and end as UTC ISO times."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _hours(depot: Depot, vehicle: Vehicle) -> tuple[time, time] | None:
    start, end = max(depot.opens, vehicle.shift_start), min(depot.closes, vehicle.shift_end)
    return (start, end) if start < end else None


def delivery_windows(
    session: Session,
    now: datetime,
    *,
    days: int = 3,
    width: timedelta = timedelta(hours=2),
    lead: timedelta = timedelta(hours=3),
) -> list[DeliveryWindow]:
    """The windows still open to an order placed at ``now``, earliest first, over today and
    the next ``days - 1`` days (shop time). No depot or no active vehicle: none.

    Raises
    ------
    InvalidInput
        ``days`` not in 1..14, ``width`` not in (0, 12 h], or ``lead`` negative.
    """
    if not 1 <= days <= 14:
        raise InvalidInput(f"days: expected 1 to 14, got {days}")
    if not timedelta(0) < width <= timedelta(hours=12) or lead < timedelta(0):
        raise InvalidInput("expected 0 < width <= 12 h and lead >= 0")
    tenant = session.get(Tenant, current_tenant_id(session))
    zone = ZoneInfo(tenant.timezone if tenant is not None else "UTC")
    depots = {d.id: d for d in session.scalars(select(Depot))}
    spans = [
        hours
        for v in session.scalars(select(Vehicle).where(Vehicle.active))
        if v.depot_id in depots and (hours := _hours(depots[v.depot_id], v)) is not None
    ]
    if not spans:
        return []
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    today = now.astimezone(zone).date()
    offered = []
    for offset in range(days):
        day = today + timedelta(days=offset)
        for start, end in _cut(day, first, last, zone, width):
            if any(_covers(day, s, e, zone, start, end) for s, e in spans):
                order_by = start - lead
                if now <= order_by:
                    offered.append(DeliveryWindow(start, end, order_by))
    return offered


def _cut(
    day: date, first: time, last: time, zone: ZoneInfo, width: timedelta
) -> list[tuple[datetime, datetime]]:
    start = datetime.combine(day, first, zone)
    close = datetime.combine(day, last, zone)
    windows = []
    while start + width <= close:
        windows.append((start.astimezone(UTC), (start + width).astimezone(UTC)))
        start += width
    return windows


def _covers(day: date, s: time, e: time, zone: ZoneInfo, start: datetime, end: datetime) -> bool:
    """Whether one vehicle's hours on ``day`` hold the whole window."""
    return datetime.combine(day, s, zone) <= start and end <= datetime.combine(day, e, zone)


def find_window(windows: list[DeliveryWindow], key: str) -> DeliveryWindow | None:
    """The offered window named ``key`` (:attr:`DeliveryWindow.key`), or None."""
    return next((w for w in windows if w.key == key), None)
