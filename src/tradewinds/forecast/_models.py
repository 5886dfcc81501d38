"""Candidate forecasts for many series at once: statsforecast models, a weekly profile
for the intermittent ones, multiplicative effects of binary drivers, and an ensemble."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tradewinds.forecast.params import ForecastParams

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

#: Non-seasonal intermittent-demand models: their flat level is shaped by the weekly profile.
FLAT = ("adida", "tsb", "croston", "imapa", "ma28", "ma56")
#: One seasonal state-space model, one intermittent-demand model and two moving levels:
#: their errors are little correlated, so the average beats each (see docs/forecast.md).
ENSEMBLE_OF = ("ets", "tsb", "ma28", "ma56")
#: Pseudo-count pulling a thin series' weekly profile towards the pooled one.
PROFILE_SHRINK = 100.0


def _statsforecast_models(params: ForecastParams, names: set[str]) -> list[Any]:
    from statsforecast.models import (
        ADIDA,
        IMAPA,
        TSB,
        AutoARIMA,
        AutoETS,
        CrostonOptimized,
        DynamicOptimizedTheta,
        SeasonalNaive,
        WindowAverage,
    )

    s = params.season_length
    # ETS restricted to additive seasonality without trend ("ZNA"): the multiplicative
    # search is 5-7x slower and no more accurate on sparse retail demand.
    factories: dict[str, Callable[[], Any]] = {
        "ets": lambda: AutoETS(season_length=s, model="ZNA", alias="ets"),
        "theta": lambda: DynamicOptimizedTheta(season_length=s, alias="theta"),
        "adida": lambda: ADIDA(alias="adida"),
        "tsb": lambda: TSB(alpha_d=0.1, alpha_p=0.1, alias="tsb"),
        "croston": lambda: CrostonOptimized(alias="croston"),
        "imapa": lambda: IMAPA(alias="imapa"),
        "seasonal_naive": lambda: SeasonalNaive(season_length=s, alias="seasonal_naive"),
        "arima": lambda: AutoARIMA(season_length=s, alias="arima"),
        "ma28": lambda: WindowAverage(window_size=28, alias="ma28"),
        "ma56": lambda: WindowAverage(window_size=56, alias="ma56"),
    }
    return [make() for n, make in factories.items() if n in names]


def base_names(params: ForecastParams) -> set[str]:
    """The statsforecast models a run needs (the ensemble needs its members)."""
    names = {m for m in params.models if m != "ensemble"}
    if "ensemble" in params.models:
        names |= set(ENSEMBLE_OF)
    return names


def candidate_forecasts(
    train: pd.DataFrame,
    params: ForecastParams,
    *,
    future: pd.DataFrame | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Point forecasts of every candidate model for every series in ``train``.

    Parameters
    ----------
    train
        Clean history (see :func:`~tradewinds.forecast.prepare.clean_history`).
    params
        Horizon, frequency and candidate models.
    future
        Exogenous values for the horizon (``unique_id, ds, <flags>``), optional.
    n_jobs
        Processes statsforecast may use.

    Returns
    -------
    pandas.DataFrame
        ``unique_id, ds`` and one non-negative column per candidate model.
    """
    import numpy as np
    from statsforecast import StatsForecast
    from statsforecast.models import SeasonalNaive

    from tradewinds.forecast._effects import apply_flag_effects, weekly_profile

    names = base_names(params)
    recent = _recent(train, params.max_history, params.freq)
    sf = StatsForecast(
        models=_statsforecast_models(params, names),
        freq=_pandas_freq(params.freq),
        n_jobs=n_jobs,
        fallback_model=SeasonalNaive(season_length=params.season_length),
    )
    fc = sf.forecast(df=recent[["unique_id", "ds", "y"]], h=params.horizon)
    fc["unique_id"] = fc["unique_id"].astype(str)
    if params.freq == "D":
        profile = weekly_profile(train, params.profile_periods, PROFILE_SHRINK)
        fc["_dow"] = fc["ds"].dt.dayofweek
        fc = fc.merge(profile, on=["unique_id", "_dow"], how="left")
        fc["_shape"] = fc["_shape"].fillna(1.0)
        for name in FLAT:
            if name in fc:
                fc[name] = fc[name] * fc["_shape"]
        fc = fc.drop(columns=["_dow", "_shape"])
    if "ensemble" in params.models:
        fc["ensemble"] = fc[list(ENSEMBLE_OF)].mean(axis=1)
    model_cols = [m for m in params.models if m in fc.columns]
    fc = apply_flag_effects(fc, train, future, model_cols, params.profile_periods)
    fc[model_cols] = fc[model_cols].clip(lower=0.0).fillna(0.0)
    fc = fc[["unique_id", "ds", *model_cols]]
    assert np.isfinite(fc[model_cols].to_numpy()).all()
    return fc.reset_index(drop=True)


def _recent(df: pd.DataFrame, periods: int, freq: str) -> pd.DataFrame:
    import pandas as pd

    step = pd.Timedelta(days=7 if freq == "W" else 1)
    start = df.groupby("unique_id")["ds"].transform("max") - step * (periods - 1)
    return df[df["ds"] >= start]


def _pandas_freq(freq: str) -> str:
    return "W-SUN" if freq == "W" else "D"
