"""The forecasting entry point: clean the history, backtest the candidates per series,
forecast with the chosen model, attach calibrated intervals, cold-start what is left.

The same call runs in-process on pandas or spread over a Ray cluster (``engine="ray"``);
engines are named in :data:`ENGINES` (entry-point group ``tradewinds.forecast_engines``: a
function with :func:`run_local`'s signature).
Series are modelled independently except for two pooled estimates (the weekly profile and
driver uplifts that thin series borrow), which on Ray are pooled within each chunk of
series; cold start looks across all series and runs on the driver.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput
from tradewinds.core.registry import Registry
from tradewinds.forecast.params import ForecastParams
from tradewinds.forecast.prepare import SeriesIssue, clean_history

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)
EngineRun = Callable[..., "tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]"]
ENGINES: Registry[EngineRun] = Registry(
    "forecast engine",
    group="tradewinds.forecast_engines",
    builtins={
        "local": "tradewinds.forecast.engine:run_local",
        "ray": "tradewinds.forecast._ray:forecast_on_ray",
    },
    error=InvalidInput,
)


@dataclass
class ForecastResult:
    """What a run produced.

    ``forecasts``: ``unique_id, ds, yhat, yhat_lo_<level>, yhat_hi_<level>, model``;
    ``chosen``: per series ``unique_id, model, rmsse`` (backtest RMSSE of the model);
    ``backtest``: per series accuracy of the chosen model on the backtest windows;
    ``issues``: every repair and fallback, per series.
    """

    forecasts: pd.DataFrame
    chosen: pd.DataFrame
    backtest: pd.DataFrame
    issues: list[SeriesIssue] = field(default_factory=list)
    params: ForecastParams = field(default_factory=ForecastParams)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """Overall backtest accuracy plus counts of models and issues."""
        from tradewinds.forecast.metrics import overall_metrics

        out: dict[str, Any] = overall_metrics(self.backtest) if len(self.backtest) else {}
        out["models"] = self.chosen["model"].value_counts().to_dict()
        out["issues"] = len(self.issues)
        out["seconds"] = round(self.seconds, 2)
        return out


def forecast(
    history: pd.DataFrame | Any,
    params: ForecastParams | None = None,
    *,
    future: pd.DataFrame | None = None,
    categories: dict[str, str] | None = None,
    expected_ids: list[str] | None = None,
    engine: str = "local",
    n_jobs: int = 1,
    chunks: int | None = None,
) -> ForecastResult:
    """Forecast every series of ``history`` ``params.horizon`` periods ahead.

    Parameters
    ----------
    history
        Long format ``unique_id, ds, y`` (+ exogenous columns), a pandas DataFrame or a
        Ray Dataset (which implies ``engine="ray"``).
    params
        Horizon, frequency, candidates, interval level (defaults: 28 days, 90 %).
    future
        Exogenous columns for the horizon dates (``unique_id, ds, ...``).
    categories
        ``unique_id -> category``: new series are forecast from their category peers.
    expected_ids
        Series to forecast even if absent from ``history`` (new SKUs): cold start.
    engine
        ``"local"`` (pandas, in-process) or ``"ray"`` (series spread over Ray workers).
    n_jobs
        Processes per worker for statsforecast.
    chunks
        Number of Ray tasks (default: twice the cluster's CPUs).

    Returns
    -------
    ForecastResult
    """
    import pandas as pd

    started = time.perf_counter()
    params = params or ForecastParams()
    if _is_ray_dataset(history):
        history = history.to_pandas()
        engine = "ray"
    run_engine = ENGINES.get(engine)  # InvalidInput naming the known engines
    clean, issues = clean_history(history, freq=params.freq)
    fut = _clean_future(future, params.freq) if future is not None else None
    observed = clean.groupby("unique_id")["y"].agg(
        n="size", first_sale=lambda y: int((y > 0).to_numpy().argmax()) if (y > 0).any() else -1
    )
    usable = observed[(observed["n"] >= params.min_history) & (observed["first_sale"] >= 0)]
    known = clean[clean["unique_id"].isin(usable.index)]
    fc, chosen, scores = run_engine(known, params, fut, n_jobs=n_jobs, chunks=chunks)
    wanted = set(clean["unique_id"]) | set(expected_ids or [])
    cold = sorted(wanted - set(fc["unique_id"]) if len(fc) else wanted)
    if cold:
        from tradewinds.forecast.coldstart import cold_start

        cold_fc, cold_issues = cold_start(
            cold, fc, clean, params, categories=categories or {}, observed=observed
        )
        fc = pd.concat([fc, cold_fc], ignore_index=True) if len(fc) else cold_fc
        issues.extend(cold_issues)
    cols = ["unique_id", "ds", "yhat", params.lo_column, params.hi_column, "model"]
    fc = fc[cols].sort_values(["unique_id", "ds"]).reset_index(drop=True)
    return ForecastResult(
        forecasts=fc,
        chosen=chosen,
        backtest=scores,
        issues=issues,
        params=params,
        seconds=time.perf_counter() - started,
    )


def run_local(
    known: pd.DataFrame,
    params: ForecastParams,
    future: pd.DataFrame | None,
    *,
    n_jobs: int = 1,
    chunks: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The ``local`` engine: :func:`forecast_known` in this process (``chunks`` unused)."""
    return forecast_known(known, params, future, n_jobs=n_jobs)


def forecast_known(
    known: pd.DataFrame,
    params: ForecastParams,
    future: pd.DataFrame | None,
    *,
    n_jobs: int = 1,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Backtest, choose, forecast and add intervals for series with enough history.

    Returns ``(forecasts, chosen, backtest_scores)``; the unit of work of a Ray task.
    """
    import pandas as pd

    from tradewinds.forecast._models import candidate_forecasts
    from tradewinds.forecast.backtest import (
        choose_models,
        chosen_values,
        dispersion,
        rolling_origin,
    )
    from tradewinds.forecast.intervals import attach_intervals
    from tradewinds.forecast.metrics import series_metrics

    empty = pd.DataFrame(
        columns=["unique_id", "ds", "yhat", params.lo_column, params.hi_column, "model"]
    )
    if known.empty:
        return empty, pd.DataFrame(columns=["unique_id", "model", "rmsse"]), pd.DataFrame()
    bt = rolling_origin(known, params, future=future, n_jobs=n_jobs)
    chosen = choose_models(bt, known)
    default = "ensemble" if "ensemble" in params.models else params.models[0]
    ids = pd.Index(known["unique_id"].unique())
    chosen = (
        chosen.set_index("unique_id")
        .reindex(ids)
        .fillna({"model": default})
        .rename_axis("unique_id")
        .reset_index()
    )
    phi = dispersion(bt, chosen)
    cand = candidate_forecasts(known, params, future=future, n_jobs=n_jobs)
    cand = cand.merge(chosen[["unique_id", "model"]], on="unique_id")
    cand["yhat"] = chosen_values(cand, params.models)
    fc = attach_intervals(cand[["unique_id", "ds", "yhat", "model"]], phi, known, params)
    # Score the chosen models on the backtest, with the intervals they would have had.
    scores = pd.DataFrame()
    if not bt.frame.empty:
        picked = bt.frame.merge(chosen[["unique_id", "model"]], on="unique_id")
        picked["yhat"] = chosen_values(picked, params.models)
        picked = attach_intervals(
            picked[["unique_id", "ds", "y", "yhat", "model"]], phi, known, params
        )
        step = 7 if params.freq == "W" else 1
        scores = series_metrics(
            picked, known, step_days=step, lo=params.lo_column, hi=params.hi_column
        )
    return fc, chosen, scores


def _clean_future(future: pd.DataFrame, freq: str) -> pd.DataFrame:
    import pandas as pd

    if "unique_id" not in future.columns or "ds" not in future.columns:
        raise InvalidInput("future lacks unique_id/ds columns (expected unique_id, ds, <exog>)")
    fut = future.copy()
    fut["unique_id"] = fut["unique_id"].astype(str)
    fut["ds"] = pd.to_datetime(fut["ds"], utc=True).dt.tz_localize(None).dt.normalize()
    if freq == "W":
        fut["ds"] = fut["ds"] + pd.to_timedelta((6 - fut["ds"].dt.dayofweek) % 7, unit="D")
        fut = fut.groupby(["unique_id", "ds"], as_index=False).max()
    return fut.drop_duplicates(["unique_id", "ds"], keep="last")


def _is_ray_dataset(obj: object) -> bool:
    return type(obj).__module__.startswith("ray.data")
