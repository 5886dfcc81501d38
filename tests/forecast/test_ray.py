"""The Ray path gives the same forecasts as the local one (local Ray, one CPU)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from tests.forecast.conftest import synthetic
from tradewinds.forecast import ForecastParams, forecast

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # raised inside Ray's own imports
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_ray_engine_matches_local(local_ray: None) -> None:
    history = synthetic(n_series=4, days=90)
    params = ForecastParams(horizon=7, models=("ma28", "tsb", "ets", "ensemble"))
    local = forecast(history, params)
    one_task = forecast(history, params, engine="ray", chunks=1)
    cols = ["unique_id", "ds", "yhat", "yhat_lo_90", "yhat_hi_90", "model"]
    pd.testing.assert_frame_equal(local.forecasts[cols], one_task.forecasts[cols])
    # Split over two tasks, the pooled weekly profile is pooled within each chunk only.
    two_tasks = forecast(history, params, engine="ray", chunks=2)
    assert len(two_tasks.chosen) == 4 and len(two_tasks.forecasts) == 4 * 7
    totals = two_tasks.forecasts.groupby("unique_id")["yhat"].sum()
    expected = local.forecasts.groupby("unique_id")["yhat"].sum()
    assert totals.to_numpy() == pytest.approx(expected.to_numpy(), rel=0.1)
