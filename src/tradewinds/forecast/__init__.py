"""Demand forecasting and replenishment for every SKU.

>>> from tradewinds.forecast import ForecastParams, forecast
>>> result = forecast(history, ForecastParams(horizon=28))  # doctest: +SKIP

``history`` is long format (``unique_id, ds, y`` + optional exogenous columns); the same
call runs in-process or on Ray (``engine="ray"`` or a Ray Dataset). Importing this package
loads neither statsforecast nor Ray.

Over the tenant's store (a tenant-scoped session; what the API, the CLI and the console
call): runs in the background as jobs on the shared queue (:func:`start_run`; any
``tradewinds serve`` or ``tradewinds worker`` runs them), runs made in the foreground
(:func:`forecast_store`), stored runs (:func:`list_runs`,
:func:`find_run`, :func:`get_run`), a SKU's forecast and history (:func:`sku_view`,
:func:`forecast_svg`), reorder advice (:func:`replenishment_plan`,
:func:`purchase_order_csv`) and the insight report (:func:`insight_report`).
"""

from tradewinds.forecast.background import RUN_KIND, QueueFull, run_job_id, start_run
from tradewinds.forecast.chart import forecast_svg
from tradewinds.forecast.engine import ForecastResult, forecast
from tradewinds.forecast.history import grouping_of
from tradewinds.forecast.io import read_frame, write_forecasts
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
    latest_run,
    list_runs,
    run_report,
    set_supply_term,
    supplier_names,
)
from tradewinds.forecast.service import (
    backtest_store,
    forecast_store,
    insight_report,
    replenishment_plan,
    simulate_store,
    sku_forecast,
    sku_view,
)

__all__ = [
    "DEFAULT_MODELS",
    "MODEL_NAMES",
    "PURCHASE_ORDER_COLUMNS",
    "RUN_KIND",
    "ForecastParams",
    "ForecastResult",
    "InsightReport",
    "QueueFull",
    "ReorderAdvice",
    "SeriesIssue",
    "SupplyPolicy",
    "backtest_store",
    "clean_history",
    "find_run",
    "forecast",
    "forecast_store",
    "forecast_svg",
    "get_run",
    "grouping_of",
    "insight_report",
    "latest_run",
    "list_runs",
    "overall_metrics",
    "purchase_order_csv",
    "read_frame",
    "reorder_reason",
    "replenishment_plan",
    "revenue_weights",
    "run_job_id",
    "run_report",
    "series_metrics",
    "set_supply_term",
    "simulate_store",
    "sku_forecast",
    "sku_view",
    "start_run",
    "supplier_names",
    "write_forecasts",
]
