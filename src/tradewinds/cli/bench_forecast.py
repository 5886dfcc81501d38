"""``tradewinds bench forecast``: the forecasting benchmark harness (stable interface).

HISTORY has ``unique_id, ds, y`` plus optional exogenous columns; FUTURE has the
exogenous columns for the horizon dates; the output has ``unique_id, ds, yhat,
yhat_lo_90, yhat_hi_90`` for every series and horizon period (non-negative, no NaN).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import typer


def forecast(
    history: Path = typer.Option(
        ..., "--history", exists=True, dir_okay=False, help="History parquet (unique_id, ds, y)."
    ),
    horizon: int = typer.Option(..., "--horizon", min=1, help="Periods to forecast."),
    out: Path = typer.Option(..., "--out", dir_okay=False, help="Forecast parquet to write."),
    future: Path | None = typer.Option(
        None, "--future", exists=True, dir_okay=False, help="Exogenous values for the horizon."
    ),
    freq: str = typer.Option("D", "--freq", help="D (daily) or W (weekly)."),
    engine: str = typer.Option("local", "--engine", help="local (pandas) or ray."),
    n_jobs: int = typer.Option(1, "--n-jobs", min=1, help="Processes for model fitting."),
) -> None:
    """Forecast HISTORY HORIZON periods ahead and write OUT; print a JSON summary line
    (series, seconds, chosen models, backtest accuracy, per-series input issues)."""
    from tradewinds.forecast import ForecastParams, read_frame, write_forecasts
    from tradewinds.forecast import forecast as run_forecast

    params = ForecastParams(horizon=horizon, freq=freq)
    hist = read_frame(history)
    fut = read_frame(future) if future is not None else None
    result = run_forecast(hist, params, future=fut, engine=engine, n_jobs=n_jobs)
    write_forecasts(result.forecasts, out, level=params.level)
    summary = result.summary() | {
        "out": str(out),
        "rows": len(result.forecasts),
        "issues_by_kind": _count_issues(result.issues),
    }
    sys.stdout.write(json.dumps(summary, default=str) + "\n")


def _count_issues(issues: Sequence[object]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for issue in issues:
        kind = str(getattr(issue, "kind", "other"))
        counts[kind] = counts.get(kind, 0) + 1
    return counts
