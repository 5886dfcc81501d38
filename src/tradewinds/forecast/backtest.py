"""Rolling-origin backtests: score every candidate model per series, pick the best, and
keep the out-of-sample errors that calibrate the prediction intervals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tradewinds.forecast.params import ForecastParams

if TYPE_CHECKING:
    import pandas as pd

#: Another model must beat the ensemble by this fraction of its backtest error to be
#: chosen: one or two windows are a noisy judge, and averages are rarely far off.
SWITCH_MARGIN = 0.10


@dataclass
class Backtest:
    """Out-of-sample forecasts of every candidate at each origin.

    ``frame`` has ``unique_id, ds, cutoff, y`` and one column per candidate model.
    """

    frame: pd.DataFrame
    models: tuple[str, ...]


def rolling_origin(
    history: pd.DataFrame,
    params: ForecastParams,
    *,
    future: pd.DataFrame | None = None,
    n_jobs: int = 1,
) -> Backtest:
    """Forecast the last ``backtest_windows`` horizons from their origins and keep actuals.

    Series too short to leave ``min_history`` periods before an origin sit that window out.
    Exogenous columns of the history double as the "future" of each window.
    """
    import pandas as pd

    from tradewinds.forecast._models import candidate_forecasts

    step = pd.Timedelta(days=7 if params.freq == "W" else 1)
    end = history["ds"].max()
    exog = [c for c in history.columns if c not in ("unique_id", "ds", "y")]
    frames = []
    for w in range(params.backtest_windows, 0, -1):
        cutoff = end - step * params.horizon * w
        train = history[history["ds"] <= cutoff]
        sizes = train.groupby("unique_id").size()
        keep = sizes[sizes >= max(params.min_history, 2 * params.season_length)].index
        train = train[train["unique_id"].isin(keep)]
        if train.empty:
            continue
        test = history[
            (history["ds"] > cutoff)
            & (history["ds"] <= cutoff + step * params.horizon)
            & history["unique_id"].isin(keep)
        ]
        fut = test[["unique_id", "ds", *exog]] if exog and future is not None else None
        fc = candidate_forecasts(train, params, future=fut, n_jobs=n_jobs)
        fc = fc.merge(test[["unique_id", "ds", "y"]], on=["unique_id", "ds"], how="inner")
        frames.append(fc.assign(cutoff=cutoff))
    columns = ["unique_id", "ds", "cutoff", "y", *params.models]
    frame = pd.concat(frames) if frames else pd.DataFrame(columns=columns)
    return Backtest(frame=frame[columns].reset_index(drop=True), models=params.models)


def choose_models(backtest: Backtest, history: pd.DataFrame) -> pd.DataFrame:
    """Per series, the candidate with the lowest backtest RMSSE: ``unique_id, model, rmsse``.

    The ensemble (when a candidate) is kept unless another model beats it by
    ``SWITCH_MARGIN``.
    """
    import numpy as np
    import pandas as pd

    from tradewinds.forecast.metrics import naive_scales

    frame = backtest.frame
    if frame.empty:
        return pd.DataFrame(columns=["unique_id", "model", "rmsse"])
    scales = naive_scales(history).set_index("unique_id")["mse_scale"]
    errors = frame[list(backtest.models)].sub(frame["y"], axis=0) ** 2
    mse = errors.groupby(frame["unique_id"]).mean()
    rmsse = np.sqrt(mse.div(scales.reindex(mse.index).where(lambda s: s > 0), axis=0))
    rmsse = rmsse.fillna(np.inf)
    if "ensemble" in rmsse.columns:
        rmsse["ensemble"] = rmsse["ensemble"] * (1 - SWITCH_MARGIN)
    best = rmsse.idxmin(axis=1)
    score = rmsse.min(axis=1)
    if "ensemble" in rmsse.columns:
        score = score.where(best != "ensemble", score / (1 - SWITCH_MARGIN))
    return pd.DataFrame(
        {"unique_id": best.index, "model": best.to_numpy(), "rmsse": score.to_numpy()}
    ).replace({"rmsse": {np.inf: np.nan}})


def dispersion(backtest: Backtest, chosen: pd.DataFrame) -> pd.DataFrame:
    """Per series, the variance-to-mean ratio of its chosen model's out-of-sample errors:
    ``unique_id, phi`` (at least 1, the Poisson case)."""
    import numpy as np

    frame = backtest.frame.merge(chosen[["unique_id", "model"]], on="unique_id")
    if frame.empty:
        return frame.assign(phi=np.nan)[["unique_id", "phi"]]
    picked = chosen_values(frame, backtest.models)
    frame = frame.assign(_se=(frame["y"] - picked) ** 2, _mu=picked)
    g = frame.groupby("unique_id").agg(mse=("_se", "mean"), mu=("_mu", "mean"))
    phi = (g["mse"] / g["mu"].clip(lower=1e-3)).clip(lower=1.0)
    return phi.rename("phi").reset_index()


def chosen_values(frame: pd.DataFrame, models: tuple[str, ...]) -> pd.Series:
    """Per row, the value of the candidate column named in the row's ``model``."""
    import numpy as np
    import pandas as pd

    cols = list(models)
    values = frame[cols].to_numpy()[np.arange(len(frame)), frame["model"].map(cols.index)]
    return pd.Series(values, index=frame.index, dtype=float)
