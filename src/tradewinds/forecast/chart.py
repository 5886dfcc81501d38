"""A self-contained SVG chart per SKU: recent history, forecast and its interval band.

Hand-written SVG (no plotting library): one small file that any browser, report or
e-mail client can show, and that tests can parse.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

WIDTH, HEIGHT, PAD = 720, 260, 40


def forecast_svg(
    sku: str,
    history: pd.DataFrame,
    forecast: pd.DataFrame,
    *,
    level: int = 90,
    history_periods: int = 84,
    title: str | None = None,
    legend: str | None = None,
) -> str:
    """SVG of ``history`` (``ds, y``; last ``history_periods``) and ``forecast`` (``ds, yhat,
    yhat_lo_<level>, yhat_hi_<level>``).

    ``title`` (the image's accessible name) and ``legend`` (the line above the plot) default
    to English; a page in another language passes its own (plain text, escaped here).
    """
    hist = history.sort_values("ds").tail(history_periods)
    fc = forecast.sort_values("ds")
    lo_c, hi_c = f"yhat_lo_{level}", f"yhat_hi_{level}"
    dates = list(hist["ds"]) + list(fc["ds"])
    if not dates:
        dates = [0]
    x0, x1 = min(dates), max(dates)
    span = (x1 - x0).total_seconds() if hasattr(x1 - x0, "total_seconds") else 1.0
    top = max([1.0, *hist["y"].astype(float), *fc[hi_c].astype(float)])

    def px(ds: object) -> float:
        if span <= 0:
            return PAD
        return float(PAD + (ds - x0).total_seconds() / span * (WIDTH - 2 * PAD))

    def py(v: float) -> float:
        return float(HEIGHT - PAD - float(v) / top * (HEIGHT - 2 * PAD))

    def path(xs: list[object], ys: list[float]) -> str:
        return " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys, strict=True))

    band = ""
    if len(fc):
        upper = path(list(fc["ds"]), list(fc[hi_c]))
        lower = path(list(fc["ds"])[::-1], list(fc[lo_c])[::-1])
        band = f'<polygon points="{upper} {lower}" fill="#9ecae1" opacity="0.5"/>'
    hist_line = (
        f'<polyline points="{path(list(hist["ds"]), list(hist["y"]))}" fill="none" '
        'stroke="#444" stroke-width="1.2"/>'
        if len(hist)
        else ""
    )
    fc_line = (
        f'<polyline points="{path(list(fc["ds"]), list(fc["yhat"]))}" fill="none" '
        'stroke="#08519c" stroke-width="2"/>'
        if len(fc)
        else ""
    )
    first = _label(x0)
    last = _label(x1)
    title = escape(title if title is not None else f"Demand forecast for {sku}")
    legend = escape(
        legend
        if legend is not None
        else f"{sku}: history (grey), forecast (blue), {level}% interval (band)"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}">'
        f"<title>{title}</title>"
        '<rect width="100%" height="100%" fill="white"/>'
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        'stroke="#999"/>'
        f"{band}{hist_line}{fc_line}"
        f'<text x="{PAD}" y="{PAD - 12}" font-size="13" font-family="sans-serif">'
        f"{legend}</text>"
        f'<text x="{PAD}" y="{HEIGHT - 12}" font-size="11" font-family="sans-serif">'
        f"{escape(first)}</text>"
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 12}" font-size="11" text-anchor="end" '
        f'font-family="sans-serif">{escape(last)}</text>'
        f'<text x="{PAD - 4}" y="{PAD}" font-size="11" text-anchor="end" '
        f'font-family="sans-serif">{top:.0f}</text>'
        "</svg>"
    )


def _label(ds: object) -> str:
    return ds.strftime("%Y-%m-%d") if hasattr(ds, "strftime") else str(ds)
