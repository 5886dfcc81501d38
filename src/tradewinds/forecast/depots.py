"""Which depot each order was (or would be) served from, for SKU x depot forecasts.

Orders carry no depot column, so the depot is derived, in this order:

1. ``route_plan``: the depot of the route that serves the order in the newest route plan
   that is not superseded (what the routing capability actually decided);
2. ``nearest_ship_to``: else the depot nearest (great-circle) to the order's shipping
   coordinates;
3. ``nearest_customer``: else the depot nearest to its customer's home coordinates;
4. ``unknown``: else no depot (:data:`NO_DEPOT`), reported as a per-series issue.

Rule 2 and 3 assume a shop serves each customer from the closest depot, which is what a
routing plan over several depots usually does; a store that ships some regions from a
farther depot should route its orders so that rule 1 applies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.tables import Customer, Depot, Order, PlanRoute, RoutePlan, RouteStop

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: Depot code of orders whose depot cannot be determined (no route, no coordinates).
NO_DEPOT = "-"
#: Separator of ``SKU@depot-code`` series ids.
SEPARATOR = "@"
RULES = ("route_plan", "nearest_ship_to", "nearest_customer", "unknown")
_EARTH_RADIUS_M = 6_371_008.8


@dataclass
class DepotAssignment:
    """Order id -> depot code, and how many orders each rule decided."""

    depots: dict[int, str] = field(default_factory=dict)
    rules: Counter[str] = field(default_factory=Counter)


def series_id(sku: str, depot: str) -> str:
    """The series id of a SKU at a depot: ``SKU@depot-code``."""
    return f"{sku}{SEPARATOR}{depot}"


def split_series_id(unique_id: str) -> tuple[str, str | None]:
    """``"TENT@NORTH"`` -> ``("TENT", "NORTH")``; a plain SKU -> ``(sku, None)``."""
    sku, sep, depot = unique_id.rpartition(SEPARATOR)
    return (sku, depot) if sep else (unique_id, None)


def assign_depots(session: Session, order_ids: list[int]) -> DepotAssignment:
    """Decide the depot of each of ``order_ids`` (see the module docstring for the rules).

    Parameters
    ----------
    session
        A tenant-scoped session.
    order_ids
        The orders to place.

    Returns
    -------
    DepotAssignment
        Every order id gets a code (:data:`NO_DEPOT` when no rule applies).
    """
    import numpy as np

    out = DepotAssignment()
    wanted = set(order_ids)
    depots = session.execute(select(Depot.id, Depot.code, Depot.latitude, Depot.longitude)).all()
    codes = {depot_id: code for depot_id, code, _, _ in depots}
    routed = session.execute(
        select(RouteStop.order_id, PlanRoute.depot_id, RoutePlan.id)
        .join(PlanRoute, RouteStop.route_id == PlanRoute.id)
        .join(RoutePlan, RouteStop.plan_id == RoutePlan.id)
        .where(RoutePlan.status != "superseded", PlanRoute.depot_id.is_not(None))
        .order_by(RoutePlan.id)
    ).all()
    for order_id, depot_id, _plan in routed:  # newest plan last: it wins
        if order_id in wanted and depot_id in codes:
            out.depots[order_id] = codes[depot_id]
    out.rules["route_plan"] = len(out.depots)
    located = session.execute(
        select(
            Order.id, Order.ship_latitude, Order.ship_longitude, Customer.latitude,
            Customer.longitude,
        ).join(Customer, Order.customer_id == Customer.id, isouter=True)
    ).all()  # fmt: skip
    if depots:
        lat = np.array([d[2] for d in depots], dtype=float)
        lon = np.array([d[3] for d in depots], dtype=float)
        for order_id, s_lat, s_lon, c_lat, c_lon in located:
            if order_id not in wanted or order_id in out.depots:
                continue
            if s_lat is not None and s_lon is not None:
                i = int(np.argmin(_haversine_m(s_lat, s_lon, lat, lon)))
                out.depots[order_id] = depots[i][1]
                out.rules["nearest_ship_to"] += 1
            elif c_lat is not None and c_lon is not None:
                i = int(np.argmin(_haversine_m(c_lat, c_lon, lat, lon)))
                out.depots[order_id] = depots[i][1]
                out.rules["nearest_customer"] += 1
    for order_id in wanted - set(out.depots):
        out.depots[order_id] = NO_DEPOT
        out.rules["unknown"] += 1
    return out


def _haversine_m(
    lat: float, lon: float, lats: npt.NDArray[np.float64], lons: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    import numpy as np

    p1, p2 = np.radians(lat), np.radians(lats)
    dp, dl = p2 - p1, np.radians(lons - lon)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    result: npt.NDArray[np.float64] = 2 * _EARTH_RADIUS_M * np.arcsin(np.sqrt(a))
    return result
