"""Forecast runs and supply terms in the store: save, find, read back.

Readers (replenishment, insights, a SKU's forecast) only ever see runs whose status is
``done``; :func:`find_run` returns a run in any status (for polling a background run).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.forecast.engine import ForecastResult
from tradewinds.forecast.replenish import SupplyPolicy
from tradewinds.store import current_tenant_id
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ForecastPoint, ForecastRun, SupplyTerm

if TYPE_CHECKING:
    import pandas as pd

_CHUNK = 5000


STATUSES = ("queued", "running", "done", "failed")


def save_run(
    session: Session,
    result: ForecastResult,
    *,
    history_end: date,
    grouping: str = "sku",
    extra: dict[str, Any] | None = None,
    run: ForecastRun | None = None,
) -> ForecastRun:
    """Store a run with every forecast point, its per-series issues and chosen models,
    and mark it ``done`` (in the caller's transaction: points and status commit together).

    Parameters
    ----------
    session
        A tenant-scoped session.
    result
        The forecast.
    history_end
        Last day of the history the forecast was made from.
    grouping
        ``sku`` or ``sku_depot``.
    extra
        More entries for the run's report (e.g. how orders were placed at depots).
    run
        A queued or running run to complete; a new run when ``None``.
    """
    summary = result.summary()
    lo, hi = result.params.lo_column, result.params.hi_column
    if run is None:
        run = ForecastRun()
        session.add(run)
    run.freq = result.params.freq
    run.horizon = result.params.horizon
    run.level = result.params.level
    run.grouping = grouping
    run.history_end = history_end
    run.series = int(result.forecasts["unique_id"].nunique())
    run.wrmsse = _finite(summary.get("wrmsse"))
    run.coverage = _finite(summary.get("coverage"))
    run.seconds = result.seconds
    run.report_json = json.dumps(
        {
            "summary": summary,
            "issues": [i.as_dict() for i in result.issues],
            "chosen": result.chosen.to_dict(orient="records"),
            **(extra or {}),
        },
        default=str,
    )
    run.status, run.error, run.progress, run.finished_at = "done", None, "", utcnow()
    session.flush()
    tenant_id = current_tenant_id(session)
    f = result.forecasts
    rows = [
        {
            "tenant_id": tenant_id,
            "run_id": run.id,
            "sku": uid,
            "ds": ds.date(),
            "yhat": float(y),
            "yhat_lo": float(lo_),
            "yhat_hi": float(hi_),
            "model": str(model),
        }
        for uid, ds, y, lo_, hi_, model in zip(
            f["unique_id"], f["ds"], f["yhat"], f[lo], f[hi], f["model"], strict=True
        )
    ]
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(ForecastPoint), rows[start : start + _CHUNK])
    return run


def latest_run(session: Session, *, grouping: str = "sku") -> ForecastRun:
    """The newest completed run of ``grouping``; ``NotFound`` says how to make one."""
    run = session.scalars(
        select(ForecastRun)
        .where(ForecastRun.status == "done", ForecastRun.grouping == grouping)
        .order_by(ForecastRun.created_at.desc(), ForecastRun.id.desc())
    ).first()
    if run is None:
        by = " --by depot" if grouping == "sku_depot" else ""
        raise NotFound(f"no completed forecast run yet (run `tradewinds forecast run{by}` first)")
    return run


def list_runs(session: Session, *, limit: int = 20) -> list[ForecastRun]:
    """The tenant's newest ``limit`` runs in any status, newest first."""
    return list(
        session.scalars(
            select(ForecastRun)
            .order_by(ForecastRun.created_at.desc(), ForecastRun.id.desc())
            .limit(max(1, min(limit, 500)))
        )
    )


def find_run(session: Session, run_id: int) -> ForecastRun:
    """Run ``run_id`` of this tenant, in whatever status."""
    run = session.get(ForecastRun, run_id)
    if run is None or run.tenant_id != current_tenant_id(session):
        raise NotFound(f"no forecast run {run_id}")
    return run


def get_run(session: Session, run_id: int | None, *, grouping: str = "sku") -> ForecastRun:
    """Completed run ``run_id``, or the latest completed run of ``grouping`` when ``None``.

    A run that is not ``done`` yet (or failed) has no forecast to read: ``Conflict`` says
    which status it is in.
    """
    if run_id is None:
        return latest_run(session, grouping=grouping)
    run = find_run(session, run_id)
    if run.status != "done":
        detail = f": {run.error}" if run.error else ""
        raise Conflict(f"forecast run {run_id} is {run.status}{detail}; it has no forecast")
    return run


def run_points(session: Session, run: ForecastRun, sku: str | None = None) -> pd.DataFrame:
    """A run's forecasts as ``unique_id, ds, yhat, yhat_lo_<level>, yhat_hi_<level>, model``."""
    import pandas as pd

    stmt = select(
        ForecastPoint.sku,
        ForecastPoint.ds,
        ForecastPoint.yhat,
        ForecastPoint.yhat_lo,
        ForecastPoint.yhat_hi,
        ForecastPoint.model,
    ).where(ForecastPoint.run_id == run.id)
    if sku is not None:
        stmt = stmt.where(ForecastPoint.sku == sku)
    cols = ["unique_id", "ds", "yhat", f"yhat_lo_{run.level}", f"yhat_hi_{run.level}", "model"]
    frame = pd.DataFrame(
        session.execute(stmt.order_by(ForecastPoint.sku, ForecastPoint.ds)).all(), columns=cols
    )
    if sku is not None and frame.empty:
        raise NotFound(f"no forecast for SKU {sku!r} in run {run.id}")
    frame["ds"] = pd.to_datetime(frame["ds"])
    return frame


def run_report(run: ForecastRun) -> dict[str, Any]:
    """The run's stored report: summary, per-series issues, chosen models."""
    report: dict[str, Any] = json.loads(run.report_json or "{}")
    return report


def supply_terms(session: Session) -> dict[str, tuple[SupplyPolicy, int]]:
    """SKU -> (policy, units on order) for every SKU with stored terms."""
    out = {}
    for term in session.scalars(select(SupplyTerm)):
        policy = SupplyPolicy(
            lead_time_days=term.lead_time_days,
            review_days=term.review_days,
            service_level=term.service_level,
            pack_size=term.pack_size,
            min_order_qty=term.min_order_qty,
        )
        out[term.sku] = (policy, term.on_order_qty)
    return out


def supplier_names(session: Session) -> dict[str, str]:
    """SKU -> supplier for every SKU whose supply terms name one."""
    rows = session.execute(
        select(SupplyTerm.sku, SupplyTerm.supplier).where(SupplyTerm.supplier != "")
    )
    return {str(sku): str(supplier) for sku, supplier in rows}


def set_supply_term(
    session: Session,
    sku: str,
    policy: SupplyPolicy,
    *,
    on_order: int = 0,
    supplier: str = "",
) -> SupplyTerm:
    """Create or replace a SKU's supply terms."""
    if on_order < 0:
        raise InvalidInput(f"Expected on_order >= 0, got {on_order}.")
    term = session.scalars(select(SupplyTerm).where(SupplyTerm.sku == sku)).one_or_none()
    if term is None:
        term = SupplyTerm(sku=sku)
        session.add(term)
    term.supplier = supplier
    term.lead_time_days = policy.lead_time_days
    term.review_days = policy.review_days
    term.service_level = policy.service_level
    term.pack_size = policy.pack_size
    term.min_order_qty = policy.min_order_qty
    term.on_order_qty = on_order
    session.flush()
    return term


def _finite(value: object) -> float | None:
    if isinstance(value, int | float) and value == value and abs(value) != float("inf"):
        return float(value)
    return None
