"""Forecast accuracy: RMSSE, MASE, WRMSSE (M5), bias and interval coverage.

Scales follow the M5 competition: the in-sample one-step naive error of each series,
counted from its first non-zero observation (periods before a product was sold carry no
information about its volatility).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

PRICE_COLUMNS = ("sell_price", "price")


def naive_scales(history: pd.DataFrame) -> pd.DataFrame:
    """Per series ``mse_scale`` (mean squared one-step difference) and ``mae_scale``."""
    import numpy as np
    import pandas as pd

    rows = []
    for uid, g in history.groupby("unique_id", sort=False):
        y = g["y"].to_numpy(dtype=float)
        nz = np.flatnonzero(y > 0)
        d = np.diff(y[nz[0] :]) if nz.size else np.array([])
        rows.append(
            (
                uid,
                float(np.mean(d**2)) if d.size else np.nan,
                float(np.mean(np.abs(d))) if d.size else np.nan,
            )
        )
    return pd.DataFrame(rows, columns=["unique_id", "mse_scale", "mae_scale"])


def revenue_weights(history: pd.DataFrame, periods: int = 28, step_days: int = 1) -> pd.DataFrame:
    """M5 weights: each series' share of revenue over the last ``periods`` of history.

    Uses ``sell_price``/``price`` when present, else units (every price taken as 1).
    """
    import pandas as pd

    start = history["ds"].max() - pd.Timedelta(days=step_days * periods)
    recent = history[history["ds"] > start]
    price_col = next((c for c in PRICE_COLUMNS if c in recent.columns), None)
    price = recent[price_col].fillna(0.0).astype(float) if price_col else 1.0
    revenue = (recent["y"] * price).groupby(recent["unique_id"]).sum()
    total = revenue.sum()
    weight = revenue / total if total > 0 else revenue * 0 + 1.0 / max(len(revenue), 1)
    return weight.rename("weight").reset_index()


def series_metrics(
    scored: pd.DataFrame,
    history: pd.DataFrame,
    *,
    step_days: int = 1,
    lo: str = "yhat_lo_90",
    hi: str = "yhat_hi_90",
) -> pd.DataFrame:
    """Accuracy per series.

    Parameters
    ----------
    scored
        ``unique_id, ds, y, yhat`` (and ``lo``/``hi`` interval columns, optional).
    history
        The history the forecasts were made from (scales and weights).

    Returns
    -------
    pandas.DataFrame
        ``unique_id, rmsse, mase, bias, coverage, weight``; bias is mean(yhat - y) over
        mean(y) (positive = over-forecast); coverage is NaN without intervals.
    """
    import numpy as np

    err = scored["yhat"] - scored["y"]
    g = scored.assign(_se=err**2, _ae=err.abs(), _e=err).groupby("unique_id")
    out = g.agg(mse=("_se", "mean"), mae=("_ae", "mean"), me=("_e", "mean"), ybar=("y", "mean"))
    if lo in scored and hi in scored:
        inside = (scored["y"] >= scored[lo] - 1e-9) & (scored["y"] <= scored[hi] + 1e-9)
        out["coverage"] = inside.groupby(scored["unique_id"]).mean()
    else:
        out["coverage"] = np.nan
    out = out.reset_index().merge(naive_scales(history), on="unique_id", how="left")
    out = out.merge(revenue_weights(history, step_days=step_days), on="unique_id", how="left")
    out["weight"] = out["weight"].fillna(0.0)
    out["rmsse"] = np.sqrt(out["mse"] / out["mse_scale"])
    out["mase"] = out["mae"] / out["mae_scale"]
    out["bias"] = out["me"] / out["ybar"].where(out["ybar"] > 0)
    return out[["unique_id", "rmsse", "mase", "bias", "coverage", "weight"]]


def overall_metrics(per_series: pd.DataFrame) -> dict[str, float]:
    """WRMSSE (weights renormalised over series with a defined scale) and means."""
    ok = per_series[per_series["rmsse"].notna()]
    wsum = ok["weight"].sum()
    wrmsse = float((ok["rmsse"] * ok["weight"]).sum() / wsum) if wsum > 0 else float("nan")
    return {
        "wrmsse": wrmsse,
        "mean_rmsse": float(ok["rmsse"].mean()),
        "mean_mase": float(ok["mase"].mean()),
        "mean_bias": float(per_series["bias"].mean()),
        "coverage": float(per_series["coverage"].mean()),
        "series": len(per_series),
    }
