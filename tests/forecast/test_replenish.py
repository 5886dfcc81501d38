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
