"""Read one delivery day from the store: the orders to deliver, the depots, the fleet.

All times become aware UTC datetimes; shift and depot hours (local wall-clock times) are
placed on the day in the tenant's time zone, so daylight-saving days come out right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.routing.travel import GeoPoint
from tradewinds.store.tables import Depot, Order, OrderStatus, Variant, Vehicle

#: Orders in these states are not delivered (again).
CLOSED = (OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED)


@dataclass(frozen=True)
class DeliveryOrder:
    id: int
    name: str
    point: GeoPoint | None  # None: no coordinates at all
    window: tuple[datetime, datetime]
    promised: tuple[datetime, datetime] | None
    weight_grams: int
    volume_cm3: int
    estimated_items: int  # lines whose size was unknown and defaulted
    ship_name: str
    address: str


@dataclass(frozen=True)
class FleetDepot:
    id: int
    code: str
    name: str
    point: GeoPoint
    opens: datetime
    closes: datetime


@dataclass(frozen=True)
class FleetVehicle:
    id: int
    code: str
    name: str
    kind: str
    depot_id: int
    capacity: tuple[int, int]  # grams, cm3
    shift: tuple[datetime, datetime]
    fixed_cost_minor: int
    cost_per_km_minor: int
    cost_per_hour_minor: int
    max_duration_s: int | None

    @property
    def profile(self) -> str:
        return "cycling" if self.kind == "cargo_bike" else "driving"


@dataclass(frozen=True)
class DeliveryDay:
    day: date
    timezone: str
    origin: datetime  # local midnight, UTC; plan times are seconds from here
    orders: tuple[DeliveryOrder, ...]
    depots: tuple[FleetDepot, ...]
    vehicles: tuple[FleetVehicle, ...]


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tz)


def _on_day(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tz)


def load_day(
    session: Session,
    day: date,
    timezone: str,
    *,
    depot_code: str | None = None,
    exclude_orders: frozenset[int] = frozenset(),
    default_weight_grams: int = 1000,
    default_volume_cm3: int = 5000,
) -> DeliveryDay:
    """The orders whose requested window starts on ``day`` (tenant time) and are not yet
    delivered, cancelled or returned, and the depots and active vehicles in scope.

    Raises
    ------
    NotFound
        ``depot_code`` names no depot.
    InvalidInput
        No depot, or no active vehicle, in scope.
    """
    tz = ZoneInfo(timezone)
    origin = local_midnight(day, tz)
    depots = list(session.scalars(select(Depot).order_by(Depot.code)))
    if depot_code:
        chosen = [d for d in depots if d.code == depot_code]
        if not chosen:
            known = ", ".join(d.code for d in depots) or "none"
            raise NotFound(f"no depot {depot_code!r} (depots: {known})")
        depots = chosen
    if not depots:
        raise InvalidInput(
            "no depot to deliver from: add a depot (code, name, latitude, longitude) first"
        )
    depot_ids = {d.id for d in depots}
    vehicles = [
        v
        for v in session.scalars(select(Vehicle).where(Vehicle.active).order_by(Vehicle.code))
        if v.depot_id in depot_ids
    ]
    if not vehicles:
        scope = f"depot {depot_code}" if depot_code else "any depot"
        raise InvalidInput(f"no active vehicles at {scope}: add or activate a vehicle first")

    end = local_midnight(day + timedelta(days=1), tz)
    orders = [
        o
        for o in session.scalars(
            select(Order)
            .where(Order.window_start >= origin, Order.window_start < end)
            .where(Order.status.not_in(CLOSED))
            .order_by(Order.window_start, Order.id)
        )
        if o.id not in exclude_orders and o.window_end is not None
    ]
    sizes = _variant_sizes(session, {ln.variant_id for o in orders for ln in o.lines})
    return DeliveryDay(
        day=day,
        timezone=timezone,
        origin=origin,
        orders=tuple(_order(o, sizes, default_weight_grams, default_volume_cm3) for o in orders),
        depots=tuple(
            FleetDepot(
                d.id,
                d.code,
                d.name,
                GeoPoint(d.latitude, d.longitude),
                _on_day(day, d.opens, tz),
                _on_day(day, d.closes, tz),
            )
            for d in depots
        ),
        vehicles=tuple(
            FleetVehicle(
                id=v.id,
                code=v.code,
                name=v.name,
                kind=v.kind,
                depot_id=v.depot_id,
                capacity=(v.capacity_weight_grams, v.capacity_volume_cm3),
                shift=(_on_day(day, v.shift_start, tz), _on_day(day, v.shift_end, tz)),
                fixed_cost_minor=v.fixed_cost_minor,
                cost_per_km_minor=v.cost_per_km_minor,
                cost_per_hour_minor=v.cost_per_hour_minor,
                max_duration_s=v.max_duration_minutes * 60
                if v.max_duration_minutes is not None
                else None,
            )
            for v in vehicles
        ),
    )


def _variant_sizes(
    session: Session, ids: set[int | None]
) -> dict[int, tuple[int | None, int | None]]:
    wanted = sorted(i for i in ids if i is not None)
    sizes: dict[int, tuple[int | None, int | None]] = {}
    for chunk in range(0, len(wanted), 500):
        rows = session.execute(
            select(Variant.id, Variant.weight_grams, Variant.volume_cm3).where(
                Variant.id.in_(wanted[chunk : chunk + 500])
            )
        )
        sizes.update({vid: (w, v) for vid, w, v in rows})
    return sizes


def _order(
    o: Order,
    sizes: dict[int, tuple[int | None, int | None]],
    default_weight: int,
    default_volume: int,
) -> DeliveryOrder:
    weight = volume = estimated = 0
    for line in o.lines:
        w, v = sizes.get(line.variant_id, (None, None)) if line.variant_id else (None, None)
        if w is None or v is None:
            estimated += 1
        weight += line.quantity * (w if w is not None else default_weight)
        volume += line.quantity * (v if v is not None else default_volume)
    point = None
    if o.ship_latitude is not None and o.ship_longitude is not None:
        point = GeoPoint(o.ship_latitude, o.ship_longitude)
    assert o.window_start is not None and o.window_end is not None
    promised = None
    if o.promised_start is not None and o.promised_end is not None:
        promised = (o.promised_start, o.promised_end)
    address = ", ".join(p for p in (o.ship_street, o.ship_zip, o.ship_city) if p)
    return DeliveryOrder(
        id=o.id,
        name=o.name,
        point=point,
        window=(o.window_start, o.window_end),
        promised=promised,
        weight_grams=weight,
        volume_cm3=volume,
        estimated_items=estimated,
        ship_name=o.ship_name,
        address=address,
    )
