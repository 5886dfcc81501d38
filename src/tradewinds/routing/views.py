"""A route plan as people and programs read it: routes, stops, ETAs, promises, reasons."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class PlannedStop:
    order_id: int
    order_name: str
    sequence: int  # 1-based position on the route
    latitude: float
    longitude: float
    arrival: datetime
    service_start: datetime
    departure: datetime
    promised_start: datetime | None
    promised_end: datetime | None
    requested_start: datetime | None
    requested_end: datetime | None
    weight_grams: int
    volume_cm3: int
    ship_name: str
    address: str


@dataclass(frozen=True)
class PlannedRoute:
    vehicle_id: int | None
    vehicle_code: str
    vehicle_name: str
    depot_code: str
    depot_latitude: float
    depot_longitude: float
    start: datetime
    end: datetime
    distance_m: int
    duration_s: int
    load_weight_grams: int
    load_volume_cm3: int
    capacity_weight_grams: int
    capacity_volume_cm3: int
    cost_minor: int
    stops: tuple[PlannedStop, ...]


@dataclass(frozen=True)
class UnassignedOrder:
    order_id: int
    order_name: str
    reason: str  # invalid_coordinates | too_heavy | window_unreachable | no_capacity
    detail: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class DepotSite:
    code: str
    name: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class RoutePlanView:
    id: int
    date: date
    depot_code: str  # "" = every depot
    status: str
    created_at: datetime
    timezone: str
    currency: str
    solver: str
    seed: int
    time_limit_s: float
    solve_seconds: float
    iterations: int
    matrix_provider: str
    replanned_from_id: int | None
    depots: tuple[DepotSite, ...]
    routes: tuple[PlannedRoute, ...]
    unassigned: tuple[UnassignedOrder, ...]
    warnings: tuple[str, ...] = ()

    @property
    def distance_m(self) -> int:
        return sum(r.distance_m for r in self.routes)

    @property
    def cost_minor(self) -> int:
        return sum(r.cost_minor for r in self.routes)

    @property
    def planned_orders(self) -> int:
        return sum(len(r.stops) for r in self.routes)

    def route_for(self, vehicle_code: str) -> PlannedRoute | None:
        return next((r for r in self.routes if r.vehicle_code == vehicle_code), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (datetimes as ISO 8601 strings) with totals added."""
        data: dict[str, Any] = jsonable(asdict(self))
        data["totals"] = {
            "routes": len(self.routes),
            "planned_orders": self.planned_orders,
            "unassigned_orders": len(self.unassigned),
            "distance_m": self.distance_m,
            "cost_minor": self.cost_minor,
        }
        return data


def jsonable(value: Any) -> Any:
    """``value`` with dates and datetimes as ISO 8601 strings, tuples as lists."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
