"""Stored runs as the console lists them, supply terms' suppliers, and the shared queue
recording a run's audit in the transaction that stores it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tradewinds.forecast import (
    ForecastParams,
    SupplyPolicy,
    close_shared_queue,
    list_runs,
    shared_queue,
    supplier_names,
)
from tradewinds.forecast.runs import set_supply_term
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ForecastRun, SupplyTerm, Tenant


def _run(status: str, horizon: int) -> ForecastRun:
    return ForecastRun(status=status, owner="", grouping="sku", freq="D", horizon=horizon,
                       level=90, history_end=date(2024, 3, 24))  # fmt: skip


def test_runs_newest_first_of_this_tenant_only(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    with tenant_session(db, tenant.id) as session:
        session.add_all([_run("done", 7), _run("failed", 14), _run("queued", 28)])
    with tenant_session(db, other_tenant.id) as session:
        session.add(_run("done", 99))
    with tenant_session(db, tenant.id) as session:
        runs = list_runs(session)
        assert [r.horizon for r in runs] == [28, 14, 7]
        assert [r.horizon for r in list_runs(session, limit=1)] == [28]
    with tenant_session(db, other_tenant.id) as session:
        assert [r.horizon for r in list_runs(session)] == [99]


def test_supplier_names_of_terms_that_name_one(db: Database, tenant: Tenant) -> None:
    with tenant_session(db, tenant.id) as session:
        set_supply_term(session, "TENT", SupplyPolicy(), supplier="TrailMax")
        set_supply_term(session, "LAMP", SupplyPolicy())
        assert supplier_names(session) == {"TENT": "TrailMax"}
        assert session.scalars(select(SupplyTerm.sku)).all()


def test_the_shared_queue_records_in_the_runs_transaction(store: Database, tenant: Tenant) -> None:
    class State:
        pass

    holder = State()
    queue = shared_queue(holder, store)
    assert shared_queue(holder, store) is queue  # one per holder
    seen: list[int] = []

    def record(session: object, run_id: int) -> None:
        seen.append(run_id)
        raise RuntimeError("the audit failed")

    with pytest.raises(RuntimeError, match="the audit failed"):
        queue.submit(tenant.id, ForecastParams(horizon=7), record=record)
    with tenant_session(store, tenant.id) as session:
        assert list_runs(session) == []  # the run rolled back with its record
    run_id = queue.submit(tenant.id, ForecastParams(horizon=7), record=lambda s, i: seen.append(i))
    queue.wait(run_id, timeout=120)
    close_shared_queue(holder)
    assert vars(holder)["forecast_runs"] is None
    with tenant_session(store, tenant.id) as session:
        assert [(r.id, r.status) for r in list_runs(session)] == [(run_id, "done")]
    assert seen[-1] == run_id
