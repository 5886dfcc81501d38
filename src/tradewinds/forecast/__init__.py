"""Demand forecasting and replenishment for every SKU.

>>> from tradewinds.forecast import ForecastParams, forecast
>>> result = forecast(history, ForecastParams(horizon=28))  # doctest: +SKIP

``history`` is long format (``unique_id, ds, y`` + optional exogenous columns); the same
call runs in-process or on Ray (``engine="ray"`` or a Ray Dataset). Importing this package
loads neither statsforecast nor Ray.
"""

from tradewinds.forecast.engine import ForecastResult, forecast
from tradewinds.forecast.metrics import overall_metrics, revenue_weights, series_metrics
from tradewinds.forecast.params import DEFAULT_MODELS, MODEL_NAMES, ForecastParams
from tradewinds.forecast.prepare import SeriesIssue, clean_history

__all__ = [
    "DEFAULT_MODELS",
    "MODEL_NAMES",
    "ForecastParams",
    "ForecastResult",
    "SeriesIssue",
    "clean_history",
    "forecast",
    "overall_metrics",
    "revenue_weights",
    "series_metrics",
]
