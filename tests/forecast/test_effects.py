"""Pooled effects: the weekly profile and the uplift of 0/1 drivers such as SNAP."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tradewinds.forecast import ForecastParams, forecast
from tradewinds.forecast._effects import binary_flags, flag_uplifts, weekly_profile


def _snap_history(days: int = 140) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    ds = pd.date_range("2024-01-01", periods=days)
    snap = (ds.day <= 10).astype(int)
    frames = [
        pd.DataFrame(
            {"unique_id": f"s{i}", "ds": ds, "y": rng.poisson(4 * (1 + snap)), "snap": snap}
        )
        for i in range(3)
    ]
    return pd.concat(frames, ignore_index=True)


def test_snap_uplift_is_learnt_and_applied_on_flagged_days() -> None:
    history = _snap_history()
    up = flag_uplifts(history, "snap", 140).set_index("unique_id")
    assert up["uplift"].to_numpy() == pytest.approx(2.0, rel=0.15)
    assert up["share"].to_numpy() == pytest.approx(50 / 140, abs=0.02)
    future_ds = pd.date_range(history["ds"].max() + pd.Timedelta(days=1), periods=14)
    future = pd.DataFrame(
        [(f"s{i}", d, int(d.day <= 10)) for i in range(3) for d in future_ds],
        columns=["unique_id", "ds", "snap"],
    )
    assert binary_flags(history, future) == ["snap"]
    fc = forecast(history, ForecastParams(horizon=14, models=("ma28",)), future=future).forecasts
    fc = fc.merge(future, on=["unique_id", "ds"])
    on, off = fc[fc["snap"] == 1]["yhat"].mean(), fc[fc["snap"] == 0]["yhat"].mean()
    assert on / off == pytest.approx(2.0, rel=0.25)


def test_weekly_profile_averages_one_and_follows_the_week() -> None:
    ds = pd.date_range("2024-01-01", periods=70)  # starts on a Monday
    y = np.where(ds.dayofweek >= 5, 10.0, 2.0)
    profile = weekly_profile(pd.DataFrame({"unique_id": "a", "ds": ds, "y": y}), 70, 0.0)
    shape = profile.set_index("_dow")["_shape"]
    assert shape.mean() == pytest.approx(1.0)
    assert shape[5] == pytest.approx(5 * shape[0])
