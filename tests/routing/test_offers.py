"""Delivery windows offered before ordering, from the shop's depots and fleet."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from tests.routing._fleet import DAY, TZ, add_depot, add_vehicle, local
from tradewinds.core.errors import InvalidInput
from tradewinds.routing import delivery_windows, find_window
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Tenant:
    with tenant_session(db, tenant.id) as session:
        row = session.get(Tenant, tenant.id)
        assert row is not None
        row.timezone = TZ
    return tenant


def _windows(db: Database, tenant: Tenant, now: datetime, **kw: object) -> list[tuple[int, int]]:
    """(day offset, local start hour) of each window offered at ``now``."""
    with tenant_session(db, tenant.id) as session:
        found = delivery_windows(session, now, **kw)  # type: ignore[arg-type]
    out = []
    for w in found:
        start = w.start.astimezone(local(0).tzinfo)
        assert w.end - w.start == timedelta(hours=2) and w.order_by == w.start - timedelta(hours=3)
        assert w.start.tzinfo is not None and w.start.utcoffset() == timedelta(0)
        out.append(((start.date() - DAY).days, start.hour))
    return out


def test_no_fleet_offers_nothing(db: Database, shop: Tenant) -> None:
    assert _windows(db, shop, local(7)) == []
    depot = add_depot(db, shop.id, "D1")
    assert _windows(db, shop, local(7)) == []  # a depot without vehicles
    add_vehicle(db, shop.id, depot, "V0", active=False)
    assert _windows(db, shop, local(7)) == []


def test_windows_follow_shifts_depot_hours_and_lead(db: Database, shop: Tenant) -> None:
    depot = add_depot(db, shop.id, "D1", opens=time(9), closes=time(20))
    add_vehicle(db, shop.id, depot, "V1", shift=(time(8), time(17)))  # 9-17 at this depot
    add_vehicle(db, shop.id, depot, "V2", shift=(time(13), time(22)))  # 13-20
    found = _windows(db, shop, local(8), days=2)
    # Today: 9-11 closed (ordering ended at 6:00); 11-13 still open at 8:00 sharp.
    assert found == [(0, 11), (0, 13), (0, 15), (0, 17), (1, 9), (1, 11), (1, 13), (1, 15), (1, 17)]
    assert _windows(db, shop, local(8, DAY) + timedelta(seconds=1), days=1) == [
        (0, 13), (0, 15), (0, 17)
    ]  # fmt: skip


def test_a_gap_between_shifts_is_not_offered(db: Database, shop: Tenant) -> None:
    depot = add_depot(db, shop.id, "D1")
    add_vehicle(db, shop.id, depot, "AM", shift=(time(8), time(12)))
    add_vehicle(db, shop.id, depot, "PM", shift=(time(14), time(18)))
    assert _windows(db, shop, local(0), days=1) == [(0, 8), (0, 10), (0, 14), (0, 16)]


def test_find_window_and_bad_input(db: Database, shop: Tenant) -> None:
    depot = add_depot(db, shop.id, "D1")
    add_vehicle(db, shop.id, depot, "V1")
    with tenant_session(db, shop.id) as session:
        offered = delivery_windows(session, local(0), days=1)
        assert find_window(offered, offered[1].key) == offered[1]
        assert find_window(offered, "2020-01-01T00:00:00+00:00/x") is None
        for bad in ({"days": 0}, {"days": 15}, {"width": timedelta(0)}, {"lead": timedelta(-1)}):
            with pytest.raises(InvalidInput):
                delivery_windows(session, datetime.now(UTC), **bad)  # type: ignore[arg-type]
