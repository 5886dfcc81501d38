"""A self-contained HTML page drawing a plan: depots, stops in order, one colour per route.

No tiles, no scripts from elsewhere: the points are projected (equirectangular around the
plan's mean latitude, good for a city) into an inline SVG. Hovering a stop shows the
order, its ETA and promised window.
"""

from __future__ import annotations

import math
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from tradewinds.routing.views import RoutePlanView

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
)
WIDTH, HEIGHT, MARGIN = 960, 720, 30


def _clock(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else "-"


def render_map_svg(plan: RoutePlanView) -> str:
    """The plan as an SVG document (string)."""
    tz = ZoneInfo(plan.timezone)
    points = [(d.latitude, d.longitude) for d in plan.depots]
    points += [(s.latitude, s.longitude) for r in plan.routes for s in r.stops]
    points += [
        (u.latitude, u.longitude)
        for u in plan.unassigned
        if u.latitude is not None and u.longitude is not None
    ]
    points = [
        (la, lo)
        for la, lo in points
        if math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180
    ]
    if not points:
        points = [(0.0, 0.0)]
    lat0 = sum(p[0] for p in points) / len(points)
    kx = math.cos(math.radians(lat0))
    xs = [lo * kx for _, lo in points]
    ys = [la for la, _ in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-4)
    scale = min(WIDTH, HEIGHT) - 2 * MARGIN
    x0, y1 = min(xs), max(ys)

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (MARGIN + (lon * kx - x0) / span * scale, MARGIN + (y1 - lat) / span * scale)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="Route map">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fbfbf8"/>',
    ]
    for n, route in enumerate(plan.routes):
        colour = PALETTE[n % len(PALETTE)]
        depot = xy(route.depot_latitude, route.depot_longitude)
        path = [depot, *(xy(s.latitude, s.longitude) for s in route.stops), depot]
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in path)
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2" '
            f'stroke-opacity="0.8"><title>{escape(route.vehicle_code)}</title></polyline>'
        )
        for s in route.stops:
            x, y = xy(s.latitude, s.longitude)
            tip = (
                f"{s.order_name} - {route.vehicle_code} stop {s.sequence}, ETA "
                f"{_clock(s.service_start, tz)}, promised {_clock(s.promised_start, tz)}-"
                f"{_clock(s.promised_end, tz)}"
            )
            parts.append(
                f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}"/>'
                f'<text x="{x:.1f}" y="{y + 3:.1f}" font-size="8" text-anchor="middle" '
                f'fill="#fff">{s.sequence}</text><title>{escape(tip)}</title></g>'
            )
    for u in plan.unassigned:
        if (
            u.latitude is None
            or u.longitude is None
            or not (math.isfinite(u.latitude) and math.isfinite(u.longitude))
        ):
            continue
        x, y = xy(u.latitude, u.longitude)
        parts.append(
            f'<g><path d="M{x - 5:.1f},{y - 5:.1f}L{x + 5:.1f},{y + 5:.1f}M{x - 5:.1f},'
            f'{y + 5:.1f}L{x + 5:.1f},{y - 5:.1f}" stroke="#555" stroke-width="2"/>'
            f"<title>{escape(f'{u.order_name}: unassigned ({u.reason})')}</title></g>"
        )
    for d in plan.depots:
        x, y = xy(d.latitude, d.longitude)
        parts.append(
            f'<g><rect x="{x - 8:.1f}" y="{y - 8:.1f}" width="16" height="16" fill="#111"/>'
            f'<text x="{x + 11:.1f}" y="{y + 4:.1f}" font-size="12">{escape(d.code)}</text>'
            f"<title>{escape(d.name)}</title></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render_map_html(plan: RoutePlanView) -> str:
    """A printable, self-contained HTML page: the map and a legend per route."""
    tz = ZoneInfo(plan.timezone)
    rows = []
    for n, r in enumerate(plan.routes):
        colour = PALETTE[n % len(PALETTE)]
        rows.append(
            f'<tr><td><span class="swatch" style="background:{colour}"></span>'
            f"{escape(r.vehicle_code)}</td><td>{escape(r.depot_code)}</td>"
            f"<td>{len(r.stops)}</td><td>{r.distance_m / 1000:.1f} km</td>"
            f"<td>{_clock(r.start, tz)}-{_clock(r.end, tz)}</td>"
            f"<td>{r.load_weight_grams / 1000:.1f} kg</td></tr>"
        )
    unassigned = "".join(
        f"<li>{escape(u.order_name)}: {escape(u.reason)} - {escape(u.detail)}</li>"
        for u in plan.unassigned
    )
    title = f"Routes for {plan.date.isoformat()}" + (
        f" - depot {plan.depot_code}" if plan.depot_code else ""
    )
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
<h1>{escape(title)}</h1>
<p>Plan {plan.id} ({escape(plan.status)}), {plan.planned_orders} orders on {len(plan.routes)}
routes, {plan.distance_m / 1000:.1f} km; times in {escape(plan.timezone)}.</p>
{render_map_svg(plan)}
<table><thead><tr><th>Vehicle</th><th>Depot</th><th>Stops</th><th>Distance</th>
<th>Shift</th><th>Load</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
{f"<h2>Unassigned ({len(plan.unassigned)})</h2><ul>{unassigned}</ul>" if unassigned else ""}
</body></html>
"""
