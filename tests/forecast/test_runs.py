"""Stored runs as the console lists them, supply terms' suppliers, and a started run
recording its audit in the transaction that queues its job."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tradewinds.forecast import (
    RUN_KIND,
    ForecastParams,
    QueueFull,
    SupplyPolicy,
    list_runs,
    set_supply_term,
    start_run,
    supplier_names,
)
from tradewinds.forecast.background import MAX_PENDING
from tradewinds.jobs import Worker, list_jobs
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


def test_a_started_run_records_in_the_transaction_that_queues_its_job(
    store: Database, tenant: Tenant
) -> None:
    seen: list[int] = []

    def record(session: object, run_id: int) -> None:
        seen.append(run_id)
        raise RuntimeError("the audit failed")

    with pytest.raises(RuntimeError, match="the audit failed"):
        start_run(store, tenant.id, ForecastParams(horizon=7), record=record)
    with tenant_session(store, tenant.id) as session:
        assert list_runs(session) == [] and list_jobs(session) == []  # both rolled back
    run_id = start_run(store, tenant.id, ForecastParams(horizon=7), idempotency_key="nightly")
    assert (
        start_run(store, tenant.id, ForecastParams(horizon=7), idempotency_key="nightly") == run_id
    )
    assert Worker(store, kinds=[RUN_KIND]).run_one() is not None
    with tenant_session(store, tenant.id) as session:
        assert [(r.id, r.status) for r in list_runs(session)] == [(run_id, "done")]
        [job] = list_jobs(session)
        assert (job.status, job.payload["run_id"]) == ("done", run_id)


def test_too_many_pending_runs_are_refused(db: Database, tenant: Tenant) -> None:
    for _ in range(MAX_PENDING):
        start_run(db, tenant.id, ForecastParams(horizon=7))
    with pytest.raises(QueueFull, match="16 forecast runs are already queued"):
        start_run(db, tenant.id, ForecastParams(horizon=7))
