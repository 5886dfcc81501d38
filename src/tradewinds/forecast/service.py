"""Forecasting and replenishment over the tenant's store: the functions the CLI and the
API call. Each takes a tenant-scoped session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.forecast.engine import ForecastResult, forecast
from tradewinds.forecast.history import StoreHistory, load_history
from tradewinds.forecast.narrate import InsightReport
from tradewinds.forecast.params import ForecastParams
from tradewinds.forecast.prepare import SeriesIssue
from tradewinds.forecast.replenish import ReorderAdvice, SupplyPolicy, reorder_advice
from tradewinds.forecast.runs import get_run, run_points, save_run, supply_terms
from tradewinds.store.tables import ForecastRun

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class StoreForecast:
    """A forecast of the tenant's store, not stored yet."""

    result: ForecastResult
    history_end: date
    grouping: str = "sku"
    extra: dict[str, Any] = field(default_factory=dict)


def compute_forecast(
    session: Session,
    params: ForecastParams,
    *,
    by: str = "sku",
    engine: str = "local",
    n_jobs: int = 1,
) -> StoreForecast:
    """Forecast every SKU (or SKU x depot with ``by="depot"``) from the order history.

    Reads only; :func:`forecast_store` and the background runner store the result.
    Raises ``InvalidInput`` when there is nothing to forecast.
    """
    store = load_history(session, by=by)
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
    extra: dict[str, Any] = {}
    if store.grouping == "sku_depot":
        result.issues.extend(_unknown_depot_issues(demand))
        extra["depot_rules"] = store.depot_rules
    end = demand["ds"].max() if len(demand) else None
    history_end = end.date() if end is not None else date.today()
    return StoreForecast(result, history_end, store.grouping, extra)


def forecast_store(
    session: Session,
    params: ForecastParams,
    *,
    by: str = "sku",
    engine: str = "local",
    n_jobs: int = 1,
) -> tuple[ForecastRun, ForecastResult]:
    """Forecast every SKU (or SKU x depot) of the tenant and store the run as ``done``
    (synchronously, in the caller's transaction)."""
    made = compute_forecast(session, params, by=by, engine=engine, n_jobs=n_jobs)
    run = save_run(
        session,
        made.result,
        history_end=made.history_end,
        grouping=made.grouping,
        extra=made.extra,
    )
    return run, made.result


def _unknown_depot_issues(demand: pd.DataFrame) -> list[SeriesIssue]:
    from tradewinds.forecast.depots import NO_DEPOT, SEPARATOR

    unknown = demand[demand["unique_id"].str.endswith(SEPARATOR + NO_DEPOT)]
    days = unknown[unknown["y"] > 0].groupby("unique_id").size()
    return [
        SeriesIssue(
            str(uid),
            "depot_unknown",
            int(n),
            f"orders with no route and no coordinates kept under depot {NO_DEPOT!r}",
        )
        for uid, n in days.items()
    ]


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
    run = _sku_level_run(session, run_id, "replenishment")
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


def sku_forecast(
    session: Session, sku: str, *, run_id: int | None = None
) -> tuple[ForecastRun, pd.DataFrame]:
    """A series' forecast: ``sku`` is a SKU or ``SKU@depot``. Without ``run_id`` the latest
    completed SKU-level run, or for an id with ``@`` not in it, the latest SKU x depot run."""
    from tradewinds.core.errors import NotFound
    from tradewinds.forecast.depots import SEPARATOR

    try:
        run = get_run(session, run_id)
        return run, run_points(session, run, sku)
    except NotFound:
        if run_id is not None or SEPARATOR not in sku:
            raise
    run = get_run(session, None, grouping="sku_depot")
    return run, run_points(session, run, sku)


def sku_view(
    session: Session, sku: str, *, run_id: int | None = None
) -> tuple[ForecastRun, pd.DataFrame, pd.DataFrame]:
    """A series' forecast from a run and its demand history: ``(run, forecast, history)``."""
    run, points = sku_forecast(session, sku, run_id=run_id)
    demand = _demand_frame(load_history(session, by=run.grouping))
    return run, points, demand[demand["unique_id"] == sku]


def _sku_level_run(session: Session, run_id: int | None, purpose: str) -> ForecastRun:
    run = get_run(session, run_id)
    if run.grouping != "sku":
        raise InvalidInput(
            f"run {run.id} forecasts SKU x depot; {purpose} works per SKU (stock is kept per "
            "variant, not per depot): pass a SKU-level run"
        )
    return run


def _demand_frame(store: StoreHistory) -> pd.DataFrame:
    return store.demand[["unique_id", "ds", "y", "price"]]


def simulate_store(
    session: Session,
    *,
    policy: SupplyPolicy | None = None,
    days: int = 28,
    reforecast_every: int = 7,
    n_jobs: int = 1,
) -> dict[str, dict[str, Any]]:
    """Replay the last ``days`` of the store's demand under the forecast policy and the
    naive one. The forecast is re-made every ``reforecast_every`` days of the replay from
    the orders before that day only (0: once, from the history before the replay)."""
    import pandas as pd

    from tradewinds.forecast.simulate import rolling_forecasts, simulate

    if reforecast_every < 0:
        raise InvalidInput(f"Expected reforecast_every >= 0 days, got {reforecast_every}.")
    demand = _demand_frame(load_history(session))
    if demand.empty:
        raise InvalidInput("nothing to simulate: the store has no orders")
    clean, _ = _clean(demand)
    cutoff = clean["ds"].max() - pd.Timedelta(days=days)
    past, replay = clean[clean["ds"] <= cutoff], clean[clean["ds"] > cutoff]
    if past.empty:
        raise InvalidInput(f"need more than {days} days of orders to simulate")
    policy = policy or SupplyPolicy()
    forecasts = rolling_forecasts(
        clean,
        cutoff + pd.Timedelta(days=1),
        days,
        every=reforecast_every,
        policy=policy,
        n_jobs=n_jobs,
    )
    replayed = simulate(replay, forecasts, past, policy=policy)
    outcomes = {name: o.as_dict() for name, o in replayed.items()}
    outcomes["forecast"]["forecasts_made"] = int(forecasts["origin"].nunique())
    return outcomes


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
    from tradewinds.store import current_tenant_id, database_of

    run = _sku_level_run(session, run_id, "the insight report")
    points = run_points(session, run)
    store = load_history(session)
    lead = {sku: policy.lead_time_days for sku, (policy, _) in supply_terms(session).items()}
    tables = build_insights(points, store.demand, store.on_hand, lead_time_days=lead)
    return narrate(
        tables, use_model=use_model, tenant_id=current_tenant_id(session), db=database_of(session)
    )
