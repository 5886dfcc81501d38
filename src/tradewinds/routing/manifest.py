"""Driver manifests: one per vehicle, as printable HTML (with the route's own map) and CSV.

CSV text cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab or
carriage return first) get a leading apostrophe: names and addresses are typed by shoppers.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from tradewinds.core.errors import NotFound
from tradewinds.routing.route_map import render_map_svg
from tradewinds.routing.views import PlannedRoute, RoutePlanView

COLUMNS = (
    "stop",
    "order",
    "customer",
    "address",
    "latitude",
    "longitude",
    "eta",
    "promised_from",
    "promised_to",
    "weight_kg",
    "volume_l",
)
_TEXT_COLUMNS = frozenset({1, 2, 3})  # order, customer, address: typed by people
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _route(plan: RoutePlanView, vehicle_code: str) -> PlannedRoute:
    route = plan.route_for(vehicle_code)
    if route is None:
        codes = ", ".join(r.vehicle_code for r in plan.routes) or "none"
        raise NotFound(f"vehicle {vehicle_code!r} has no route in plan {plan.id} (routes: {codes})")
    return route


def _rows(plan: RoutePlanView, route: PlannedRoute) -> list[tuple[str, ...]]:
    tz = ZoneInfo(plan.timezone)

    def clock(moment: datetime | None) -> str:
        return moment.astimezone(tz).strftime("%H:%M") if moment is not None else ""

    return [
        (
            str(s.sequence),
            s.order_name,
            s.ship_name,
            s.address,
            f"{s.latitude:.6f}",
            f"{s.longitude:.6f}",
            clock(s.service_start),
            clock(s.promised_start),
            clock(s.promised_end),
            f"{s.weight_grams / 1000:.1f}",
            f"{s.volume_cm3 / 1000:.1f}",
        )
        for s in route.stops
    ]


def manifest_csv(plan: RoutePlanView, vehicle_code: str) -> str:
    """The vehicle's stops in order, one CSV row each (times in the store's time zone).

    Raises
    ------
    NotFound
        The vehicle has no route in this plan.
    """
    route = _route(plan, vehicle_code)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(
        tuple(_cell(v) if k in _TEXT_COLUMNS else v for k, v in enumerate(row))
        for row in _rows(plan, route)
    )
    return out.getvalue()


def _cell(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it.

    >>> _cell("=HYPERLINK(1)"), _cell("1 Pine St")
    ("'=HYPERLINK(1)", '1 Pine St')
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def manifest_html(plan: RoutePlanView, vehicle_code: str) -> str:
    """A printable page for the driver: departure, stops with ETAs and promises, return,
    and a map of this route alone (numbered stops, in its colour on the plan's map).

    Raises
    ------
    NotFound
        The vehicle has no route in this plan.
    """
    route = _route(plan, vehicle_code)
    tz = ZoneInfo(plan.timezone)
    printed = [k for k, c in enumerate(COLUMNS) if c not in ("latitude", "longitude")]
    head = "".join(f"<th>{escape(COLUMNS[k].replace('_', ' '))}</th>" for k in printed)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape(row[k])}</td>" for k in printed)
        + '<td class="tick"></td></tr>'
        for row in _rows(plan, route)
    )
    title = f"{route.vehicle_code} - {plan.date.isoformat()}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: .25rem .5rem; text-align: left; font-size: 11pt; }}
td.tick {{ width: 2.5rem; }}
svg {{ max-width: 100%; height: auto; border: 1px solid #ccc; }}
@media print {{ body {{ margin: 0; }} tr {{ page-break-inside: avoid; }}
  .map {{ page-break-before: always; }} }}
</style></head><body>
<header><h1>{escape(route.vehicle_name)} ({escape(route.vehicle_code)})</h1>
<p>{escape(plan.date.isoformat())} - depot {escape(route.depot_code)}: leave
{route.start.astimezone(tz):%H:%M}, back {route.end.astimezone(tz):%H:%M};
{len(route.stops)} stops, {route.distance_m / 1000:.1f} km,
{route.load_weight_grams / 1000:.1f} kg. Times in {escape(plan.timezone)}; plan {plan.id}.</p>
</header>
<main>
<table><thead><tr>{head}<th>done</th></tr></thead><tbody>{body}</tbody></table>
<section class="map"><h2>Route map</h2>
{render_map_svg(plan, vehicle=route.vehicle_code)}
</section>
</main>
</body></html>
"""
