"""Reorder point, safety stock, order rounding, and the policy simulation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.forecast.replenish import SupplyPolicy, reorder_advice, round_order
from tradewinds.forecast.simulate import simulate


def _flat_forecast(days: int, mean: float, half_width: float) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "ds": pd.date_range("2024-03-01", periods=days),
            "yhat": mean,
            "yhat_lo_90": mean - half_width,
            "yhat_hi_90": mean + half_width,
        }
    )


def test_reorder_point_safety_stock_and_order_quantity() -> None:
    # 10/day, daily sd = 3.29 / 1.645 = 2; lead 4 days: mean 40, sd 4; +review 1: 50, sd 4.47.
    fc = _flat_forecast(28, 10.0, 1.6448536 * 2)
    policy = SupplyPolicy(lead_time_days=4, review_days=1, service_level=0.95, pack_size=6)
    a = reorder_advice("X", fc, on_hand=20, on_order=5, policy=policy)
    assert a.lead_time_demand == pytest.approx(40.0)
    assert a.safety_stock == 8  # ceil(1.645 * 4.47)
    assert a.reorder_point == 47  # ceil(40 + 1.645 * 4)
    assert a.order_up_to == 58
    assert a.order_qty == 36  # 58 - 25 = 33, rounded up to packs of 6
    assert a.days_of_cover == 2.0
    assert a.stockout_risk > 0.99


def test_no_order_above_the_reorder_point_and_moq_applies() -> None:
    fc = _flat_forecast(28, 1.0, 1.0)
    policy = SupplyPolicy(lead_time_days=2, min_order_qty=25, pack_size=10)
    assert reorder_advice("X", fc, on_hand=100, policy=policy).order_qty == 0
    assert reorder_advice("X", fc, on_hand=0, policy=policy).order_qty == 30
    assert round_order(0, 10, 25) == 0 and round_order(1, 1, 0) == 1


def test_short_forecast_is_extended_for_long_lead_times() -> None:
    a = reorder_advice("X", _flat_forecast(7, 2.0, 0.0), on_hand=0, policy=SupplyPolicy(30))
    assert a.lead_time_demand == pytest.approx(60.0)


def test_policy_values_are_validated() -> None:
    with pytest.raises(InvalidInput, match="service_level in"):
        SupplyPolicy(service_level=1.5)
    with pytest.raises(InvalidInput, match="pack_size >= 1"):
        SupplyPolicy(pack_size=0)


def test_forecast_policy_serves_more_with_no_more_stock_than_naive_on_a_demand_shift() -> None:
    # Demand doubles at the start of the replay; the forecast knows, the naive mean does not.
    rng = np.random.default_rng(3)
    past = pd.DataFrame({"unique_id": "X", "ds": pd.date_range("2024-01-01", periods=56), "y": 5.0})
    days = pd.date_range("2024-02-26", periods=28)
    actual = pd.DataFrame({"unique_id": "X", "ds": days, "y": rng.poisson(10, 28).astype(float)})
    fc = _flat_forecast(28, 10.0, 5.0).assign(unique_id="X", ds=days)
    out = simulate(actual, fc, past, policy=SupplyPolicy(lead_time_days=3))
    ours, naive = out["forecast"], out["naive"]
    assert ours.demand == naive.demand == actual["y"].sum()
    assert ours.fill_rate > naive.fill_rate
    assert ours.stockout_days < naive.stockout_days
    assert 0 < ours.fill_rate <= 1 and ours.orders > 0


def test_rolling_forecasts_follow_a_demand_shift_the_single_forecast_misses() -> None:
    # Demand triples half-way through the replay; only the re-forecast made on day 14 knows.
    rng = np.random.default_rng(5)
    past = pd.DataFrame({"unique_id": "X", "ds": pd.date_range("2024-01-01", periods=56), "y": 5.0})
    days = pd.date_range("2024-02-26", periods=28)
    y = np.r_[rng.poisson(5, 14), rng.poisson(15, 14)].astype(float)
    actual = pd.DataFrame({"unique_id": "X", "ds": days, "y": y})
    once = _flat_forecast(28, 5.0, 4.0).assign(unique_id="X", ds=days)
    later = _flat_forecast(14, 15.0, 7.0).assign(unique_id="X", ds=days[14:])
    rolling = pd.concat([once.assign(origin=days[0]), later.assign(origin=days[14])])
    policy = SupplyPolicy(lead_time_days=3)
    single = simulate(actual, once, past, policy=policy)["forecast"]
    rolled = simulate(actual, rolling, past, policy=policy)
    assert rolled["forecast"].fill_rate > single.fill_rate + 0.05
    assert rolled["forecast"].stockout_days < single.stockout_days
    # The naive policy re-reads its 28-day mean on day 14 too (days -14..13: still ~5/day).
    assert rolled["naive"].demand == single.demand == actual["y"].sum()


def test_each_rolling_forecast_sees_only_the_days_before_its_origin() -> None:
    from tradewinds.forecast.simulate import rolling_forecasts

    ds = pd.date_range("2024-01-01", periods=84)
    y = np.where(np.arange(84) < 70, 5.0, 500.0)  # the replay (from day 70) explodes
    demand = pd.DataFrame({"unique_id": "X", "ds": ds, "y": y})
    start = ds[70]
    fc = rolling_forecasts(demand, start, 14, every=7, policy=SupplyPolicy(lead_time_days=2))
    assert sorted(fc["origin"].unique()) == [start, ds[77]]
    first, second = (g for _, g in fc.groupby("origin"))
    assert len(first) == 7 + 2 + 1 and first["ds"].min() == start
    assert first["yhat"].max() < 20  # made before any 500 was seen
    assert second["yhat"].mean() > 3 * first["yhat"].mean()  # saw a week of 500s
    once = rolling_forecasts(demand, start, 14, every=0, policy=SupplyPolicy())
    assert once["origin"].nunique() == 1 and len(once) == 14
    with pytest.raises(InvalidInput, match="every >= 0"):
        rolling_forecasts(demand, start, 14, every=-1, policy=SupplyPolicy())
