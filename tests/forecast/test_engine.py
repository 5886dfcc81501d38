"""The forecasting pipeline on small synthetic series: shape, intervals, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.forecast.conftest import synthetic
from tradewinds.core.errors import InvalidInput
from tradewinds.forecast import ForecastParams, clean_history, forecast


def _check_output(fc: pd.DataFrame, ids: set[str], horizon: int) -> None:
    assert set(fc["unique_id"]) == ids
    assert (fc.groupby("unique_id").size() == horizon).all()
    values = fc[["yhat", "yhat_lo_90", "yhat_hi_90"]].to_numpy(dtype=float)
    assert np.isfinite(values).all()
    assert (values >= 0).all()
    assert (fc["yhat_lo_90"] <= fc["yhat"]).all() and (fc["yhat"] <= fc["yhat_hi_90"]).all()


def test_forecasts_every_series_and_horizon_day_with_intervals(series: pd.DataFrame) -> None:
    result = forecast(series, ForecastParams(horizon=14))
    _check_output(result.forecasts, {"s0", "s1", "s2", "s3"}, 14)
    assert result.forecasts["ds"].min() == series["ds"].max() + pd.Timedelta(days=1)
    assert set(result.chosen["model"]) <= set(ForecastParams().models)
    summary = result.summary()
    assert 0 < summary["wrmsse"] < 1.5
    assert 0 <= summary["coverage"] <= 1
    # Higher-volume series get higher forecasts.
    means = result.forecasts.groupby("unique_id")["yhat"].mean()
    assert means["s3"] > means["s0"]


def test_weekly_frequency_sums_days_into_weeks(series: pd.DataFrame) -> None:
    long = synthetic(n_series=2, days=7 * 60)
    result = forecast(long, ForecastParams(horizon=4, freq="W", models=("ma28", "adida")))
    _check_output(result.forecasts, {"s0", "s1"}, 4)
    assert (result.forecasts["ds"].dt.dayofweek == 6).all()  # weeks end on Sunday
    # 420 days from a Monday: 60 whole weeks, nothing partial.
    assert not [i for i in result.issues if i.kind == "partial_week"]
    cut = forecast(long.iloc[:-3], ForecastParams(horizon=2, freq="W", models=("ma28",)))
    assert {(i.unique_id, i.kind, i.count) for i in cut.issues} == {("s1", "partial_week", 4)}
    weekly = long[long["unique_id"] == "s1"]["y"].sum() / 60
    assert result.forecasts.query("unique_id == 's1'")["yhat"].mean() == pytest.approx(
        weekly, rel=0.35
    )


def test_bad_input_is_repaired_and_reported_per_series(series: pd.DataFrame) -> None:
    bad = series.astype({"y": object}).copy()
    s0 = bad.index[bad["unique_id"] == "s0"]
    bad.loc[s0[5], "y"] = "abc"  # non-numeric
    bad.loc[s0[6], "y"] = -3  # a return
    bad = pd.concat([bad, bad.loc[[s0[7]]]])  # duplicate date
    bad = bad.drop(index=bad.index[bad["unique_id"] == "s1"][10:15])  # a gap
    clean, issues = clean_history(bad)
    kinds = {(i.unique_id, i.kind): i.count for i in issues}
    assert kinds == {
        ("s0", "non_numeric"): 1,
        ("s0", "negative"): 1,
        ("s0", "duplicate_dates"): 1,
        ("s0", "gaps"): 1,  # the dropped non-numeric day, filled with 0
        ("s1", "gaps"): 5,
    }
    assert (clean["y"] >= 0).all()
    assert not clean.duplicated(["unique_id", "ds"]).any()
    assert len(clean[clean["unique_id"] == "s1"]) == 120
    result = forecast(bad, ForecastParams(horizon=7))
    _check_output(result.forecasts, {"s0", "s1", "s2", "s3"}, 7)
    assert {i.kind for i in result.issues} >= {"non_numeric", "negative", "gaps"}


def test_new_and_short_series_are_forecast_from_category_peers(series: pd.DataFrame) -> None:
    short = pd.DataFrame(
        {"unique_id": "young", "ds": pd.date_range("2024-04-25", periods=5), "y": 1}
    )
    result = forecast(
        pd.concat([series, short]),
        ForecastParams(horizon=7),
        categories={"new": "big", "s2": "big", "s3": "big", "young": "small"},
        expected_ids=["new"],
    )
    fc = result.forecasts
    _check_output(fc, {"s0", "s1", "s2", "s3", "new", "young"}, 7)
    new = fc[fc["unique_id"] == "new"]
    assert set(new["model"]) == {"peers:big"}
    peers = fc[fc["unique_id"].isin(["s2", "s3"])].groupby("ds")["yhat"].mean()
    assert np.allclose(new["yhat"].to_numpy(), peers.to_numpy())
    assert set(fc[fc["unique_id"] == "young"]["model"]) == {"peers:all"}
    cold = {i.unique_id: i.action for i in result.issues if i.kind == "cold_start"}
    assert set(cold) == {"new", "young"} and "big peers" in cold["new"]


def test_series_that_breaks_a_model_does_not_sink_the_batch(series: pd.DataFrame) -> None:
    # A constant and an almost-empty series next to normal ones.
    flat = pd.DataFrame({"unique_id": "flat", "ds": series["ds"].unique()[:60], "y": 2.0})
    spike = pd.DataFrame({"unique_id": "spike", "ds": series["ds"].unique()[:60], "y": 0.0})
    spike.loc[59, "y"] = 50.0
    result = forecast(pd.concat([series, flat, spike]), ForecastParams(horizon=7))
    _check_output(result.forecasts, {"s0", "s1", "s2", "s3", "flat", "spike"}, 7)
    flat_fc = result.forecasts.query("unique_id == 'flat'")["yhat"]
    # Its weekly shape borrows from the pooled profile, but its level is its own.
    assert flat_fc.mean() == pytest.approx(2.0, abs=0.15)


def test_nothing_but_unknown_series_gets_zero_with_an_issue() -> None:
    empty = pd.DataFrame({"unique_id": [], "ds": [], "y": []})
    result = forecast(empty, ForecastParams(horizon=3), expected_ids=["NEW-1"])
    assert result.forecasts["yhat"].tolist() == [0.0, 0.0, 0.0]
    assert [i.kind for i in result.issues] == ["cold_start"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"horizon": 0}, "horizon >= 1"),
        ({"freq": "M"}, "freq 'D' or 'W'"),
        ({"models": ("prophet",)}, "Unknown model"),
        ({"level": 120}, "level in [50, 99]"),
    ],
)
def test_params_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message.replace("[", r"\[").replace("]", r"\]")):
        ForecastParams(**kwargs)  # type: ignore[arg-type]


def test_history_without_required_columns_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unique_id, ds, y"):
        forecast(pd.DataFrame({"sku": ["a"], "date": ["2024-01-01"], "qty": [1]}))
