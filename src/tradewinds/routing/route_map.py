"""A self-contained HTML page drawing a plan: depots, stops in order, one colour per route.

No tiles, no scripts: the points are projected (equirectangular around the plan's mean
latitude, good for a city) into an inline SVG that fills the drawing area. Hovering a
stop shows the order, its ETA and promised window. At city scale (a thousand stops on
twenty routes) numbered circles would cover each other, so a dense map draws small dots
and hides the numbers; the legend links to ``#route-...`` anchors and plain CSS
(``:target``) then fades the other routes and numbers the chosen one's stops.
"""

from __future__ import annotations

import colorsys
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from tradewinds.routing.views import PlannedRoute, RoutePlanView

# Twenty colours that stay apart on a light background; more routes take golden-angle hues.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#637939",
    "#843c39",
    "#7b4173",
    "#000075",
    "#e6ab02",
    "#f032e6",
    "#469990",
    "#800000",
    "#3cb44b",
)
WIDTH, HEIGHT, MARGIN = 960, 720, 30
#: Above this many stops, stops are drawn as small dots without numbers.
DENSE_STOPS = 150

_STYLE = """<style>
.route text { pointer-events: none; }
.route:hover polyline { stroke-width: 4; }
.dense .route text { display: none; }
.dense .route:target text { display: inline; }
svg:has(.route:target) .route:not(:target) { opacity: .12; }
</style>"""


def route_colour(n: int) -> str:
    """The colour of the ``n``-th route of a plan (the map and the manifests agree)."""
    if n < len(PALETTE):
        return PALETTE[n]
    hue = (n * 0.618033988749895) % 1.0
    r, g, b = colorsys.hls_to_rgb(hue, 0.38 if n % 2 else 0.5, 0.75)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def route_anchor(plan: RoutePlanView, vehicle_code: str) -> str:
    """The ``id`` of a route's group in the map (``#route-...`` highlights it)."""
    n = next((k for k, r in enumerate(plan.routes) if r.vehicle_code == vehicle_code), 0)
    return f"route-{n + 1}-{re.sub(r'[^A-Za-z0-9_-]', '_', vehicle_code)}"


def _clock(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else "-"


def _point(lat: float | None, lon: float | None) -> list[tuple[float, float]]:
    """``[(lat, lon)]`` if it is a real place on the globe, else ``[]``."""
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return []
    return [(lat, lon)] if -90 <= lat <= 90 and -180 <= lon <= 180 else []


@dataclass(frozen=True)
class _Projection:
    """Longitude/latitude to SVG pixels, one scale for both axes, centred."""

    kx: float
    x0: float
    y1: float
    scale: float
    dx: float
    dy: float

    @classmethod
    def fit(cls, points: list[tuple[float, float]]) -> _Projection:
        if not points:
            points = [(0.0, 0.0)]
        lat0 = sum(p[0] for p in points) / len(points)
        kx = math.cos(math.radians(lat0))
        xs = [lo * kx for _, lo in points]
        ys = [la for la, _ in points]
        w, h = max(max(xs) - min(xs), 1e-4), max(max(ys) - min(ys), 1e-4)
        scale = min((WIDTH - 2 * MARGIN) / w, (HEIGHT - 2 * MARGIN) / h)
        dx = MARGIN + (WIDTH - 2 * MARGIN - w * scale) / 2
        dy = MARGIN + (HEIGHT - 2 * MARGIN - h * scale) / 2
        return cls(kx, min(xs), max(ys), scale, dx, dy)

    def __call__(self, lat: float, lon: float) -> tuple[float, float]:
        return (
            self.dx + (lon * self.kx - self.x0) * self.scale,
            self.dy + (self.y1 - lat) * self.scale,
        )


def render_map_svg(plan: RoutePlanView, *, vehicle: str | None = None) -> str:
    """The plan as an SVG document (string).

    Parameters
    ----------
    vehicle
        Draw only this vehicle's route and its depot (a driver's map), in the colour it
        has on the whole plan's map.
    """
    tz = ZoneInfo(plan.timezone)
    shown = [
        (n, r) for n, r in enumerate(plan.routes) if vehicle is None or r.vehicle_code == vehicle
    ]
    depots = [
        d for d in plan.depots if vehicle is None or d.code in {r.depot_code for _, r in shown}
    ]
    unassigned = plan.unassigned if vehicle is None else ()
    points = [(d.latitude, d.longitude) for d in depots]
    points += [(s.latitude, s.longitude) for _, r in shown for s in r.stops]
    points += [p for u in unassigned for p in _point(u.latitude, u.longitude)]
    xy = _Projection.fit([p for la, lo in points for p in _point(la, lo)])
    dense = sum(len(r.stops) for _, r in shown) > DENSE_STOPS
    radius = 3.5 if dense else 7
    density = ' class="dense"' if dense else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="Route map"{density}>',
        _STYLE,
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fbfbf8"/>',
    ]
    for n, route in shown:
        parts.append(_route_group(plan, n, route, xy, tz, radius, dense))
    for u in unassigned:
        for lat, lon in _point(u.latitude, u.longitude):
            x, y = xy(lat, lon)
            parts.append(
                f'<g><path d="M{x - 5:.1f},{y - 5:.1f}L{x + 5:.1f},{y + 5:.1f}M{x - 5:.1f},'
                f'{y + 5:.1f}L{x + 5:.1f},{y - 5:.1f}" stroke="#555" stroke-width="2"/>'
                f"<title>{escape(f'{u.order_name}: unassigned ({u.reason})')}</title></g>"
            )
    for d in depots:
        x, y = xy(d.latitude, d.longitude)
        parts.append(
            f'<g><rect x="{x - 8:.1f}" y="{y - 8:.1f}" width="16" height="16" fill="#111"/>'
            f'<text x="{x + 11:.1f}" y="{y + 4:.1f}" font-size="12">{escape(d.code)}</text>'
            f"<title>{escape(d.name)}</title></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _route_group(
    plan: RoutePlanView,
    n: int,
    route: PlannedRoute,
    xy: _Projection,
    tz: ZoneInfo,
    radius: float,
    dense: bool,
) -> str:
    colour = route_colour(n)
    depot = xy(route.depot_latitude, route.depot_longitude)
    path = [depot, *(xy(s.latitude, s.longitude) for s in route.stops), depot]
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in path)
    width = 1.5 if dense else 2
    parts = [
        f'<g class="route" id="{route_anchor(plan, route.vehicle_code)}">',
        f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="{width}" '
        f'stroke-opacity="0.8"><title>{escape(route.vehicle_code)}: {len(route.stops)} stops'
        f"</title></polyline>",
    ]
    for s in route.stops:
        x, y = xy(s.latitude, s.longitude)
        tip = (
            f"{s.order_name} - {route.vehicle_code} stop {s.sequence}, ETA "
            f"{_clock(s.service_start, tz)}, promised {_clock(s.promised_start, tz)}-"
            f"{_clock(s.promised_end, tz)}"
        )
        parts.append(
            f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"/>'
            f'<text x="{x:.1f}" y="{y + 3:.1f}" font-size="8" text-anchor="middle" '
            f'fill="#fff">{s.sequence}</text><title>{escape(tip)}</title></g>'
        )
    parts.append("</g>")
    return "".join(parts)


def render_map_html(
    plan: RoutePlanView, *, manifest_href: Callable[[str], str] | None = None
) -> str:
    """A printable, self-contained HTML page: the map and a legend per route.

    Parameters
    ----------
    manifest_href
        Vehicle code -> link to its manifest (the exported file, the API URL); without
        it the legend has no manifest column.
    """
    tz = ZoneInfo(plan.timezone)
    rows = []
    for n, r in enumerate(plan.routes):
        link = (
            f'<td><a href="{escape(manifest_href(r.vehicle_code))}">manifest</a></td>'
            if manifest_href
            else ""
        )
        rows.append(
            f'<tr><td><span class="swatch" style="background:{route_colour(n)}"></span>'
            f'<a href="#{route_anchor(plan, r.vehicle_code)}">{escape(r.vehicle_code)}</a></td>'
            f"<td>{escape(r.depot_code)}</td><td>{len(r.stops)}</td>"
            f"<td>{r.distance_m / 1000:.1f} km</td>"
            f"<td>{_clock(r.start, tz)}-{_clock(r.end, tz)}</td>"
            f"<td>{r.load_weight_grams / 1000:.1f} kg</td>{link}</tr>"
        )
    unassigned = "".join(
        f"<li>{escape(u.order_name)}: {escape(u.reason)} - {escape(u.detail)}</li>"
        for u in plan.unassigned
    )
    title = f"Routes for {plan.date.isoformat()}" + (
        f" - depot {plan.depot_code}" if plan.depot_code else ""
    )
    manifest_head = "<th>Manifest</th>" if manifest_href else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }}
table {{ border-collapse: collapse; margin-top: 1rem; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .3rem .8rem; text-align: left; }}
.swatch {{ display: inline-block; width: .9rem; height: .9rem; margin-right: .4rem;
  vertical-align: middle; }}
svg {{ max-width: 100%; height: auto; border: 1px solid #ccc; }}
</style></head><body>
<header><h1>{escape(title)}</h1>
<p>Plan {plan.id} ({escape(plan.status)}), {plan.planned_orders} orders on {len(plan.routes)}
routes, {plan.distance_m / 1000:.1f} km; times in {escape(plan.timezone)}.
Choose a vehicle below to show its route alone (<a href="#">show all</a>).</p></header>
<main>
{render_map_svg(plan)}
<table><thead><tr><th>Vehicle</th><th>Depot</th><th>Stops</th><th>Distance</th>
<th>Shift</th><th>Load</th>{manifest_head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
{f"<h2>Unassigned ({len(plan.unassigned)})</h2><ul>{unassigned}</ul>" if unassigned else ""}
</main>
</body></html>
"""
