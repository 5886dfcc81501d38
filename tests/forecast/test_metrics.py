"""Accuracy metrics against hand-computed values."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from tradewinds.forecast import overall_metrics, revenue_weights, series_metrics


def _history() -> pd.DataFrame:
    ds = pd.date_range("2024-01-01", periods=4)
    return pd.DataFrame(
        {
            "unique_id": ["a"] * 4 + ["b"] * 4,
            "ds": list(ds) * 2,
            "y": [0.0, 2.0, 4.0, 2.0, 1.0, 1.0, 1.0, 3.0],
            "sell_price": [1.0] * 4 + [3.0] * 4,
        }
    )


def test_rmsse_mase_bias_coverage_and_weights() -> None:
    history = _history()
    scored = pd.DataFrame(
        {
            "unique_id": ["a", "a", "b", "b"],
            "ds": pd.to_datetime(["2024-01-05", "2024-01-06"] * 2),
            "y": [2.0, 4.0, 1.0, 1.0],
            "yhat": [3.0, 3.0, 1.0, 2.0],
            "yhat_lo_90": [0.0, 0.0, 0.0, 2.0],
            "yhat_hi_90": [5.0, 5.0, 2.0, 3.0],
        }
    )
    m = series_metrics(scored, history).set_index("unique_id")
    # a: scale from its first sale: diffs 2, -2 -> mse 4, mae 2; errors +1, -1.
    assert m.at["a", "rmsse"] == pytest.approx(math.sqrt(1 / 4))
    assert m.at["a", "mase"] == pytest.approx(1 / 2)
    assert m.at["a", "bias"] == pytest.approx(0.0)
    # b: diffs 0, 0, 2 -> mse 4/3; errors 0, +1 -> mse 0.5; bias 0.5 / 1.
    assert m.at["b", "rmsse"] == pytest.approx(math.sqrt(0.5 / (4 / 3)))
    assert m.at["b", "bias"] == pytest.approx(0.5)
    assert m.at["b", "coverage"] == 0.5 and m.at["a", "coverage"] == 1.0
    # Revenue: a 8 x 1, b 6 x 3.
    assert m.at["a", "weight"] == pytest.approx(8 / 26)
    overall = overall_metrics(m.reset_index())
    expected = (8 * math.sqrt(1 / 4) + 18 * math.sqrt(0.5 / (4 / 3))) / 26
    assert overall["wrmsse"] == pytest.approx(expected)
    assert overall["coverage"] == pytest.approx(0.75)


def test_weights_use_only_the_last_periods_and_units_without_prices() -> None:
    history = _history().drop(columns=["sell_price"])
    w = revenue_weights(history, periods=1).set_index("unique_id")["weight"]
    assert w.to_dict() == pytest.approx({"a": 0.4, "b": 0.6})
