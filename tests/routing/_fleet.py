"""Small named delivery data for routing tests: depots, vehicles, sized products, orders.

Everything is around a Seattle-like centre; ``DAY`` in ``TZ`` is the delivery day.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    Depot,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Variant,
    Vehicle,
)

DAY = date(2026, 3, 10)
TZ = "America/Los_Angeles"
CENTRE = (47.62, -122.33)


def local(hour: float, day: date = DAY, tz: str = TZ) -> datetime:
    h, m = int(hour), round((hour % 1) * 60)
    return datetime.combine(day, time(h, m), ZoneInfo(tz))


def add_depot(
    db: Database,
    tenant_id: int,
    code: str,
    lat: float = CENTRE[0],
    lon: float = CENTRE[1],
    *,
    opens: time = time(6),
    closes: time = time(22),
) -> int:
    with tenant_session(db, tenant_id) as s:
        depot = Depot(
            code=code, name=f"Depot {code}", latitude=lat, longitude=lon, opens=opens, closes=closes
        )
        s.add(depot)
        s.flush()
        return depot.id


def add_vehicle(
    db: Database,
    tenant_id: int,
    depot_id: int,
    code: str,
    *,
    kind: str = "van",
    weight_grams: int = 1_400_000,
    volume_cm3: int = 9_500_000,
    shift: tuple[time, time] = (time(8), time(18)),
    max_duration_minutes: int | None = None,
    active: bool = True,
) -> int:
    with tenant_session(db, tenant_id) as s:
        vehicle = Vehicle(
            depot_id=depot_id,
            code=code,
            name=f"Vehicle {code}",
            kind=kind,
            capacity_weight_grams=weight_grams,
            capacity_volume_cm3=volume_cm3,
            shift_start=shift[0],
            shift_end=shift[1],
            fixed_cost_minor=5_000,
            cost_per_km_minor=50,
            cost_per_hour_minor=3_000,
            max_duration_minutes=max_duration_minutes,
            active=active,
        )
        s.add(vehicle)
        s.flush()
        return vehicle.id


def add_sized_variant(
    db: Database, tenant_id: int, sku: str, weight_grams: int | None, volume_cm3: int | None
) -> int:
    with tenant_session(db, tenant_id) as s:
        product = Product(handle=sku.lower(), title=sku)
        product.variants = [
            Variant(
                sku=sku,
                price_minor=1000,
                currency="USD",
                weight_grams=weight_grams,
                volume_cm3=volume_cm3,
            )
        ]
        s.add(product)
        s.flush()
        return product.variants[0].id


def add_delivery(
    db: Database,
    tenant_id: int,
    name: str,
    lat: float | None,
    lon: float | None,
    window: tuple[float, float] = (9, 17),
    *,
    lines: Sequence[tuple[int | None, int]] = (),
    status: OrderStatus = OrderStatus.PAID,
    day: date = DAY,
) -> int:
    """An order to deliver on ``day`` between the local hours ``window``."""
    with tenant_session(db, tenant_id) as s:
        order = Order(
            name=name,
            currency="USD",
            status=status,
            ship_name=f"Customer {name}",
            ship_street="1 Pine St",
            ship_city="Seattle",
            ship_zip="98101",
            ship_latitude=lat,
            ship_longitude=lon,
            window_start=local(window[0], day),
            window_end=local(window[1], day),
        )
        order.lines = [
            OrderLine(variant_id=v, sku=f"L{i}", title=f"Line {i}", quantity=q, price_minor=100)
            for i, (v, q) in enumerate(lines)
        ]
        s.add(order)
        s.flush()
        return order.id


def scatter(
    db: Database,
    tenant_id: int,
    count: int,
    *,
    seed: int = 1,
    variant_id: int | None = None,
    prefix: str = "#",
    spread: float = 0.04,
) -> list[int]:
    """``count`` orders scattered around the centre with 2-hour windows from 9 to 17."""
    rng = random.Random(seed)
    ids = []
    for k in range(count):
        start = rng.choice([9, 11, 13, 15])
        ids.append(
            add_delivery(
                db,
                tenant_id,
                f"{prefix}{1000 + k}",
                CENTRE[0] + rng.uniform(-spread, spread),
                CENTRE[1] + rng.uniform(-spread, spread),
                (start, start + 2),
                lines=[(variant_id, rng.randint(1, 3))],
            )
        )
    return ids
