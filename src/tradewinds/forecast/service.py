"""Forecasting and replenishment over the tenant's store: the functions the CLI and the
API call. Each takes a tenant-scoped session."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.forecast.engine import ForecastResult, forecast
from tradewinds.forecast.history import StoreHistory, load_history
from tradewinds.forecast.narrate import InsightReport
from tradewinds.forecast.params import ForecastParams
from tradewinds.forecast.replenish import ReorderAdvice, SupplyPolicy, reorder_advice
from tradewinds.forecast.runs import get_run, run_points, save_run, supply_terms
from tradewinds.store.tables import ForecastRun

if TYPE_CHECKING:
    import pandas as pd


def forecast_store(
    session: Session, params: ForecastParams, *, engine: str = "local", n_jobs: int = 1
) -> tuple[ForecastRun, ForecastResult]:
    """Forecast every SKU of the tenant from its order history and store the run."""
    store = load_history(session)
    demand = _demand_frame(store)
    if demand.empty and not store.skus:
        raise InvalidInput("nothing to forecast: the store has no SKUs and no orders")
    result = forecast(
        demand,
        params,
        categories=store.categories,
        expected_ids=store.skus,
        engine=engine,
        n_jobs=n_jobs,
    )
    end = demand["ds"].max() if len(demand) else None
    run = save_run(session, result, history_end=end.date() if end is not None else date.today())
    return run, result


def backtest_store(session: Session, params: ForecastParams, *, n_jobs: int = 1) -> ForecastResult:
    """Rolling-origin backtest of the store's SKUs (nothing is stored)."""
    store = load_history(session)
    return forecast(_demand_frame(store), params, categories=store.categories, n_jobs=n_jobs)


def replenishment_plan(
    session: Session,
    *,
    run_id: int | None = None,
    default_policy: SupplyPolicy | None = None,
    only_orders: bool = True,
) -> list[ReorderAdvice]:
    """Today's reorder advice per SKU from a stored run, stock on hand and supply terms.

    SKUs without stored supply terms use ``default_policy``. With ``only_orders`` only
    SKUs that need an order now are returned, most urgent (highest stockout risk) first.
    """
    run = get_run(session, run_id)
    points = run_points(session, run)
    store = load_history(session)
    terms = supply_terms(session)
    fallback = default_policy or SupplyPolicy()
    advice = []
    for sku, f in points.groupby("unique_id", sort=True):
        policy, on_order = terms.get(str(sku), (fallback, 0))
        a = reorder_advice(
            str(sku),
            f,
            on_hand=store.on_hand.get(str(sku), 0),
            on_order=on_order,
            policy=policy,
            level=run.level,
        )
        if a.order_qty > 0 or not only_orders:
            advice.append(a)
    advice.sort(key=lambda a: (-a.stockout_risk, a.sku))
    return advice


def sku_view(
    session: Session, sku: str, *, run_id: int | None = None
) -> tuple[ForecastRun, pd.DataFrame, pd.DataFrame]:
    """A SKU's forecast from a run and its demand history: ``(run, forecast, history)``."""
    run = get_run(session, run_id)
    points = run_points(session, run, sku)
    demand = _demand_frame(load_history(session))
    return run, points, demand[demand["unique_id"] == sku]


def _demand_frame(store: StoreHistory) -> pd.DataFrame:
    return store.demand[["unique_id", "ds", "y", "price"]]


def simulate_store(
    session: Session,
    *,
    policy: SupplyPolicy | None = None,
    days: int = 28,
    n_jobs: int = 1,
) -> dict[str, dict[str, object]]:
    """Replay the last ``days`` of the store's demand under the forecast policy (forecast
    made from the history before them) and under the naive policy."""
    import pandas as pd

    from tradewinds.forecast.simulate import simulate

    demand = _demand_frame(load_history(session))
    if demand.empty:
        raise InvalidInput("nothing to simulate: the store has no orders")
    clean, _ = _clean(demand)
    cutoff = clean["ds"].max() - pd.Timedelta(days=days)
    past, replay = clean[clean["ds"] <= cutoff], clean[clean["ds"] > cutoff]
    if past.empty:
        raise InvalidInput(f"need more than {days} days of orders to simulate")
    result = forecast(past, ForecastParams(horizon=days), n_jobs=n_jobs)
    outcomes = simulate(replay, result.forecasts, past, policy=policy)
    return {name: o.as_dict() for name, o in outcomes.items()}


def _clean(demand: pd.DataFrame) -> tuple[pd.DataFrame, list[object]]:
    from tradewinds.forecast.prepare import clean_history

    frame, issues = clean_history(demand)
    return frame, list(issues)


def insight_report(
    session: Session, *, run_id: int | None = None, use_model: bool = False
) -> InsightReport:
    """Insight tables from a stored run plus narration (template, or model and label)."""
    from tradewinds.forecast.insights import build_insights
    from tradewinds.forecast.narrate import narrate
    from tradewinds.store import current_tenant_id

    run = get_run(session, run_id)
    points = run_points(session, run)
    store = load_history(session)
    lead = {sku: policy.lead_time_days for sku, (policy, _) in supply_terms(session).items()}
    tables = build_insights(points, store.demand, store.on_hand, lead_time_days=lead)
    return narrate(tables, use_model=use_model, tenant_id=current_tenant_id(session))
