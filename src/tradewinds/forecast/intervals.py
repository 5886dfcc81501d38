"""Prediction intervals from out-of-sample errors.

Each series' interval is its forecast plus the empirical quantiles of the errors its
chosen model made in the rolling-origin backtest (a split-conformal interval). Series
without backtest errors get a normal interval scaled by their one-step naive error.
Bounds are clipped at zero: demand is never negative.
"""

from __future__ import annotations

from statistics import NormalDist
from typing import TYPE_CHECKING

from tradewinds.forecast.params import ForecastParams

if TYPE_CHECKING:
    import pandas as pd

#: Backtest errors come from few windows; widen them a little so that the intervals
#: cover at their nominal rate out of sample (calibrated on the M5 dev data, see docs).
WIDEN = 1.0


def attach_intervals(
    fc: pd.DataFrame, quantiles: pd.DataFrame, history: pd.DataFrame, params: ForecastParams
) -> pd.DataFrame:
    """Add ``yhat_lo_<level>`` and ``yhat_hi_<level>`` to ``fc`` (which has ``yhat``).

    Parameters
    ----------
    fc
        Forecasts with ``unique_id`` and ``yhat``.
    quantiles
        ``unique_id, q_lo, q_hi`` from :func:`~tradewinds.forecast.backtest.residual_quantiles`.
    history
        Clean history, for the naive-error fallback.
    params
        The interval level.
    """
    from tradewinds.forecast.metrics import naive_scales

    z = NormalDist().inv_cdf(0.5 + params.level / 200)
    out = fc.merge(quantiles, on="unique_id", how="left")
    scale = naive_scales(history[history["unique_id"].isin(out["unique_id"].unique())])
    out = out.merge(scale[["unique_id", "mse_scale"]], on="unique_id", how="left")
    sigma = out["mse_scale"].fillna(0.0) ** 0.5
    q_lo = out["q_lo"].fillna(-z * sigma) * WIDEN
    q_hi = out["q_hi"].fillna(z * sigma) * WIDEN
    out["yhat"] = out["yhat"].clip(lower=0.0).fillna(0.0)
    out[params.lo_column] = (out["yhat"] + q_lo.clip(upper=0.0)).clip(lower=0.0)
    out[params.hi_column] = out["yhat"] + q_hi.clip(lower=0.0)
    return out.drop(columns=["q_lo", "q_hi", "mse_scale"])
