"""Forecasting, replenishment and insights over a small store (SQLite and PostgreSQL)."""

from __future__ import annotations

import re

import pytest

from tradewinds.core.errors import NotFound
from tradewinds.forecast import ForecastParams
from tradewinds.forecast.history import load_history
from tradewinds.forecast.replenish import SupplyPolicy
from tradewinds.forecast.runs import latest_run, run_points, run_report, set_supply_term
from tradewinds.forecast.service import (
    forecast_store,
    insight_report,
    replenishment_plan,
    simulate_store,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant


def test_history_reads_daily_demand_and_skips_cancelled_orders(
    store: Database, tenant: Tenant
) -> None:
    with tenant_session(store, tenant.id) as session:
        h = load_history(session)
    assert h.skus == ["LAMP", "STOVE", "TENT"]
    assert h.categories["STOVE"] == "Outdoor > Camping"
    assert h.on_hand == {"LAMP": 500, "STOVE": 0, "TENT": 3}
    assert h.demand["y"].max() < 999  # the cancelled order is not demand
    assert set(h.demand["unique_id"]) == {"TENT", "LAMP"}
    assert h.demand.query("unique_id == 'TENT'")["promo"].sum() > 0


def test_run_is_stored_and_plan_orders_what_will_run_out(
    store: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    with tenant_session(store, tenant.id) as session:
        run, _ = forecast_store(session, ForecastParams(horizon=14))
        run_id = run.id
    with tenant_session(store, tenant.id) as session:
        stored = latest_run(session)
        assert stored.id == run_id and stored.series == 3
        points = run_points(session, stored)
        assert len(points) == 3 * 14
        assert set(points.query("unique_id == 'STOVE'")["model"]) == {"peers:Outdoor > Camping"}
        assert any(i["unique_id"] == "STOVE" for i in run_report(stored)["issues"])
        set_supply_term(session, "TENT", SupplyPolicy(lead_time_days=5, pack_size=12), on_order=2)
    with tenant_session(store, tenant.id) as session:
        plan = {a.sku: a for a in replenishment_plan(session)}
    # TENT sells ~5/day with 3 on hand: order in packs of 12; LAMP has 500 and needs none.
    assert plan["TENT"].order_qty > 0 and plan["TENT"].order_qty % 12 == 0
    assert plan["TENT"].on_order == 2
    assert "LAMP" not in plan
    with tenant_session(store, other_tenant.id) as session, pytest.raises(NotFound):
        latest_run(session)  # another tenant sees no runs


def test_insights_cite_existing_rows_for_every_figure(store: Database, tenant: Tenant) -> None:
    with tenant_session(store, tenant.id) as session:
        forecast_store(session, ForecastParams(horizon=14))
        report = insight_report(session)
    tables = report.tables
    # STOVE is new and empty, forecast like its only camping peer TENT (3 on hand).
    assert [r["sku"] for r in tables.stockout] == ["STOVE", "TENT"]
    assert [r["sku"] for r in tables.overstock] == ["LAMP"]
    assert report.narrator == "template" and report.label is None
    for paragraph in report.narrative.split("\n\n"):
        cited = re.findall(r"\[([a-z]+#\d+)\]", paragraph)
        assert cited and set(cited) <= tables.refs()
        assert cited[0] == "summary#1"  # the count, then the row it singles out
        row = next(r for rows in tables.as_dict().values() for r in rows if r["ref"] == cited[-1])
        assert str(row["sku"]) in paragraph
    assert tables.summary[0]["stockout_skus"] == 2 and tables.summary[0]["skus_forecast"] == 3


def test_simulation_reports_both_policies(store: Database, tenant: Tenant) -> None:
    with tenant_session(store, tenant.id) as session:
        out = simulate_store(session, policy=SupplyPolicy(lead_time_days=3), days=14)
    assert set(out) == {"forecast", "naive"}
    assert out["forecast"]["forecasts_made"] == 2  # days 0 and 7 of the replay (default 7)
    for outcome in out.values():
        assert 0 <= float(str(outcome["fill_rate"])) <= 1
        assert outcome["demand"] == out["naive"]["demand"]
