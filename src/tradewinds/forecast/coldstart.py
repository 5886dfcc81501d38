"""Forecasts for series with too little history: borrowed from their category peers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradewinds.forecast.params import ForecastParams
from tradewinds.forecast.prepare import SeriesIssue

if TYPE_CHECKING:
    import pandas as pd


def cold_start(
    ids: list[str],
    forecasts: pd.DataFrame,
    history: pd.DataFrame,
    params: ForecastParams,
    *,
    categories: dict[str, str],
    observed: pd.DataFrame,
) -> tuple[pd.DataFrame, list[SeriesIssue]]:
    """Forecast new or too-short series as the average forecast of their category peers.

    A series whose category has no forecast peers borrows from the whole catalogue; with
    no peers at all it gets zero with a reported issue. Horizon dates follow the peers'
    (or start the period after the last date in ``history``).

    Returns
    -------
    (forecasts, issues)
        Rows shaped like the main forecasts, ``model`` = ``"peers:<category>"``,
        ``"peers:all"`` or ``"zero"``; one issue per series explaining the choice.
    """
    import pandas as pd

    lo, hi = params.lo_column, params.hi_column
    step = pd.Timedelta(days=7 if params.freq == "W" else 1)
    if len(forecasts):
        dates = pd.DatetimeIndex(sorted(forecasts["ds"].unique()))
    else:
        last = history["ds"].max() if len(history) else pd.Timestamp.now().normalize()
        dates = pd.date_range(last + step, periods=params.horizon, freq=step)
    peers = forecasts.assign(category=forecasts["unique_id"].map(categories))
    by_cat = peers.groupby(["category", "ds"])[["yhat", lo, hi]].mean()
    by_all = peers.groupby("ds")[["yhat", lo, hi]].mean()
    rows, issues = [], []
    for uid in ids:
        n = int(observed["n"].get(uid, 0)) if uid in observed.index else 0
        why = (
            "no history"
            if n == 0
            else f"{n} period(s) of history, no sale"
            if (observed.at[uid, "first_sale"] < 0)
            else f"only {n} period(s) of history"
        )
        cat = categories.get(uid)
        if cat is not None and cat in by_cat.index.get_level_values(0):
            block, model = by_cat.loc[cat], f"peers:{cat}"
        elif len(by_all):
            block, model = by_all, "peers:all"
        else:
            block, model = None, "zero"
        if block is None:
            frame = pd.DataFrame({"ds": dates, "yhat": 0.0, lo: 0.0, hi: 0.0})
            action = "forecast 0: no peer series to borrow from"
        else:
            frame = block.reset_index()
            action = f"forecast from {model.split(':', 1)[1]} peers' average"
        rows.append(frame.assign(unique_id=uid, model=model))
        issues.append(SeriesIssue(uid, "cold_start", n, f"{why}; {action}"))
    out = pd.concat(rows, ignore_index=True)
    return out[["unique_id", "ds", "yhat", lo, hi, "model"]], issues
