"""Prediction intervals: negative-binomial quantiles around each forecast.

Demand is counted in units, is never negative and is over-dispersed, so each period's
demand is taken as negative binomial with the forecast as mean and variance
``phi * mean``. ``phi`` is the variance-to-mean ratio of the series' own out-of-sample
errors in the rolling-origin backtest (or, without a backtest, of its one-step naive
changes). On the M5 dev data this covers 92 % of holdout actuals with a 90 % interval,
where empirical error quantiles from one backtest window covered only 67 % (see
docs/forecast.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradewinds.forecast.params import ForecastParams

if TYPE_CHECKING:
    import pandas as pd


def attach_intervals(
    fc: pd.DataFrame, dispersion: pd.DataFrame, history: pd.DataFrame, params: ForecastParams
) -> pd.DataFrame:
    """Add ``yhat_lo_<level>`` and ``yhat_hi_<level>`` to ``fc`` (which has ``yhat``).

    Parameters
    ----------
    fc
        Forecasts with ``unique_id`` and ``yhat``.
    dispersion
        ``unique_id, phi`` from :func:`~tradewinds.forecast.backtest.dispersion`.
    history
        Clean history, for series without a backtest.
    params
        The interval level.
    """
    import numpy as np
    from scipy import stats

    out = fc.drop(columns=["phi"], errors="ignore").merge(dispersion, on="unique_id", how="left")
    missing = out["phi"].isna()
    if missing.any():
        fallback = _naive_dispersion(history)
        out.loc[missing, "phi"] = out.loc[missing, "unique_id"].map(fallback)
    phi = out["phi"].fillna(1.0).clip(lower=1.0).to_numpy()
    mu = out["yhat"].clip(lower=0.0).fillna(0.0).to_numpy()
    alpha = (100 - params.level) / 200
    safe_mu = np.maximum(mu, 1e-9)
    # NB(n, p): mean n(1-p)/p, variance mean/p, so p = 1/phi; phi = 1 is Poisson.
    p = np.clip(1.0 / phi, 1e-6, 1 - 1e-6)
    n = safe_mu * p / (1 - p)
    lo = stats.nbinom.ppf(alpha, n, p)
    hi = stats.nbinom.ppf(1 - alpha, n, p)
    lo = np.where(mu > 0, np.nan_to_num(lo, nan=0.0), 0.0)
    hi = np.where(mu > 0, np.nan_to_num(hi, nan=0.0), 0.0)
    out["yhat"] = mu
    out[params.lo_column] = np.minimum(lo, mu)
    out[params.hi_column] = np.maximum(hi, mu)
    return out.drop(columns=["phi"])


def _naive_dispersion(history: pd.DataFrame) -> pd.Series:
    """Variance-to-mean ratio of one-step changes over mean demand, per series."""
    g = history.groupby("unique_id")["y"]
    var = g.apply(lambda y: float((y.diff().dropna() ** 2).mean()) / 2 if len(y) > 1 else 0.0)
    mean = g.mean().clip(lower=1e-3)
    return (var / mean).clip(lower=1.0)
