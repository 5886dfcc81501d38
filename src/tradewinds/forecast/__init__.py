"""Demand forecasting and replenishment for every SKU.

>>> from tradewinds.forecast import ForecastParams, forecast
>>> result = forecast(history, ForecastParams(horizon=28))  # doctest: +SKIP

``history`` is long format (``unique_id, ds, y`` + optional exogenous columns); the same
call runs in-process or on Ray (``engine="ray"`` or a Ray Dataset). Importing this package
loads neither statsforecast nor Ray.

Over the tenant's store (a tenant-scoped session; what the API, the CLI and the console
call): runs in the background (:func:`shared_queue`), stored runs (:func:`list_runs`,
:func:`find_run`, :func:`get_run`), a SKU's forecast and history (:func:`sku_view`,
:func:`forecast_svg`), reorder advice (:func:`replenishment_plan`,
:func:`purchase_order_csv`) and the insight report (:func:`insight_report`).
"""

from tradewinds.forecast.background import QueueFull, RunQueue, close_shared_queue, shared_queue
from tradewinds.forecast.chart import forecast_svg
from tradewinds.forecast.engine import ForecastResult, forecast
from tradewinds.forecast.history import grouping_of
from tradewinds.forecast.metrics import overall_metrics, revenue_weights, series_metrics
from tradewinds.forecast.narrate import InsightReport
from tradewinds.forecast.params import DEFAULT_MODELS, MODEL_NAMES, ForecastParams
from tradewinds.forecast.prepare import SeriesIssue, clean_history
from tradewinds.forecast.purchase_order import (
    PURCHASE_ORDER_COLUMNS,
    purchase_order_csv,
    reorder_reason,
)
from tradewinds.forecast.replenish import ReorderAdvice, SupplyPolicy
from tradewinds.forecast.runs import (
    find_run,
    get_run,
    list_runs,
    run_report,
    supplier_names,
)
from tradewinds.forecast.service import (
    insight_report,
    replenishment_plan,
    sku_forecast,
    sku_view,
)

__all__ = [
    "DEFAULT_MODELS",
    "MODEL_NAMES",
    "PURCHASE_ORDER_COLUMNS",
    "ForecastParams",
    "ForecastResult",
    "InsightReport",
    "QueueFull",
    "ReorderAdvice",
    "RunQueue",
    "SeriesIssue",
    "SupplyPolicy",
    "clean_history",
    "close_shared_queue",
    "find_run",
    "forecast",
    "forecast_svg",
    "get_run",
    "grouping_of",
    "insight_report",
    "list_runs",
    "overall_metrics",
    "purchase_order_csv",
    "reorder_reason",
    "replenishment_plan",
    "revenue_weights",
    "run_report",
    "series_metrics",
    "shared_queue",
    "sku_forecast",
    "sku_view",
    "supplier_names",
]
