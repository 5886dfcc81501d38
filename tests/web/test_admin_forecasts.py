"""The console's forecast and replenishment pages: a run started on the page completes and
its chart shows, roles, bad input, the purchase order matching the reorder lines, the
insight report's citations, Chinese."""

from __future__ import annotations

import csv
import io
import re
import time

from fastapi.testclient import TestClient

from tests.web._console import console_client, csrf_of, shops_of, sign_in
from tests.web._demand import seed_demand
from tradewinds.forecast import ForecastParams, SupplyPolicy, list_runs
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session


def _forecast_now(db: Database, tenant_id: int, horizon: int = 14) -> int:
    """A completed run made directly with the capability (the CLI's path), for the pages
    that only read one."""
    from tradewinds.forecast.service import forecast_store

    with tenant_session(db, tenant_id) as session:
        run, _ = forecast_store(session, ForecastParams(horizon=horizon))
        return run.id


def _runs(db: Database, tenant_id: int) -> list[tuple[int, str]]:
    with tenant_session(db, tenant_id) as session:
        return [(r.id, r.status) for r in list_runs(session)]


def _until_done(client: TestClient, path: str) -> str:
    """Reload the run's page as the browser does while it says ``Refresh``."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        page = client.get(path)
        assert page.status_code == 200
        if "refresh" not in page.headers:
            return page.text
        assert page.headers["refresh"] == "3"
        assert "Stop reloading" in page.text
        time.sleep(0.2)
    raise AssertionError(f"{path} still running after 120 s")


def test_a_run_started_on_the_page_completes_and_its_chart_shows(console_db: Database) -> None:
    shops = shops_of(console_db)
    seed_demand(console_db, shops.acme.id)
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        page = client.get("/admin/forecasts")
        assert page.status_code == 200 and "No forecast runs yet." in page.text
        assert '<a href="/admin/forecasts" aria-current="page">Forecasts</a>' in page.text
        form = {"csrf_token": csrf_of(page.text), "horizon": "7", "freq": "D", "by": "sku"}
        started = client.post("/admin/forecasts", data=form, follow_redirects=False)
        assert started.status_code == 303
        run_path = started.headers["location"]
        run_id = int(run_path.rsplit("/", 1)[1])
        assert run_path == f"/admin/forecasts/runs/{run_id}"
        done = _until_done(client, run_path)
        assert "Done" in done and "DOME-TENT-1" in done
        assert client.get(run_path + "?watch=off").headers.get("refresh") is None
        listed = client.get("/admin/forecasts").text
        assert f"Run {run_id}" in listed and "Done" in listed

        sku = client.get(f"/admin/forecasts/skus/DOME-TENT-1?run_id={run_id}")
        assert sku.status_code == 200
        svg = re.search(r"<svg .*?</svg>", sku.text, re.S)
        assert svg and 'role="img"' in svg[0] and "<polygon" in svg[0]  # the interval band
        assert "<title>Demand forecast for DOME-TENT-1</title>" in svg[0]
        forecast_rows = re.search(r'id="forecast-table".*?<tbody>(.*?)</tbody>', sku.text, re.S)
        assert forecast_rows and forecast_rows[1].count("<tr>") == 7
        assert "History shown in the chart (42 periods)" in sku.text
    newest = list_changes(console_db, shops.acme.id).changes[0]
    assert (newest.action, newest.actor, newest.after) == (
        "forecast.run",
        "manager@acme.test",
        {"horizon": 7, "freq": "D", "by": "sku"},
    )
    assert _runs(console_db, shops.acme.id) == [(run_id, "done")]


def test_staff_read_forecasts_but_cannot_start_a_run(console_db: Database) -> None:
    shops = shops_of(console_db)
    changes = list_changes(console_db, shops.acme.id).total
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        page = client.get("/admin/forecasts")
        assert page.status_code == 200 and "Start a forecast run" not in page.text
        assert 'href="/admin/replenishment"' in page.text  # in the navigation too
        form = {"csrf_token": csrf_of(page.text), "horizon": "7", "freq": "D", "by": "sku"}
        refused = client.post("/admin/forecasts", data=form)
        assert refused.status_code == 403
        assert client.get("/admin/replenishment").status_code == 200
    assert _runs(console_db, shops.acme.id) == []
    assert list_changes(console_db, shops.acme.id).total == changes


def test_bad_run_form_keeps_what_was_typed_and_starts_nothing(console_db: Database) -> None:
    shops = shops_of(console_db)
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        token = csrf_of(client.get("/admin/forecasts").text)
        bad = {"csrf_token": token, "horizon": "9999", "freq": "M", "by": "city"}
        answer = client.post("/admin/forecasts", data=bad)
        assert answer.status_code == 422
        assert 'value="9999"' in answer.text
        assert 'aria-invalid="true" aria-describedby="run-horizon-error"' in answer.text
        assert "Enter a whole number from 1 to 730." in answer.text
        assert answer.text.count("Choose one of the options.") == 2
        forged = client.post("/admin/forecasts", data={"horizon": "7", "csrf_token": "x"})
        assert forged.status_code == 403
    assert _runs(console_db, shops.acme.id) == []


def test_the_purchase_order_csv_is_the_reorder_lines(console_db: Database) -> None:
    from tradewinds.forecast.runs import set_supply_term

    shops = shops_of(console_db)
    seed_demand(console_db, shops.acme.id)
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        empty = client.get("/admin/replenishment")
        assert "No completed forecast run yet" in empty.text
        assert client.get("/admin/replenishment/purchase-order.csv").status_code == 409
        run_id = _forecast_now(console_db, shops.acme.id)
        with tenant_session(console_db, shops.acme.id) as session:
            set_supply_term(session, "DOME-TENT-1", SupplyPolicy(lead_time_days=5, pack_size=4),
                            supplier="=TrailMax Wholesale")  # fmt: skip
        page = client.get("/admin/replenishment", params={"lead_time_days": "10"})
        assert page.status_code == 200 and f"From run {run_id}" in page.text
        shown = re.findall(
            r'<tr>\s*<td><a href="/admin/forecasts/skus/([^"?]+)\?run_id=\d+">[^<]*</a></td>'
            r"\s*<td>[^<]*</td>\s*<td>(\d+)</td>",
            page.text,
        )
        assert shown and all(int(qty) > 0 for _, qty in shown)
        assert "is at or below the reorder point" in page.text
        download = client.get("/admin/replenishment/purchase-order.csv?lead_time_days=10")
        assert download.status_code == 200
        assert download.headers["content-type"].startswith("text/csv")
        assert download.headers["content-disposition"] == (
            f'attachment; filename="purchase-order-run-{run_id}.csv"'
        )
        rows = list(csv.DictReader(io.StringIO(download.text)))
        assert [(r["sku"], r["order_qty"]) for r in rows] == shown
        tent = next(r for r in rows if r["sku"] == "DOME-TENT-1")
        assert tent["supplier"] == "'=TrailMax Wholesale"  # no formula in a spreadsheet
        assert int(tent["order_qty"]) % 4 == 0
        everything = client.get("/admin/replenishment", params={"all": "on"}).text
        assert "RED-KITE-1" in everything and "DOME-TENT-2" in everything


def test_replenishment_form_errors_at_the_fields(console_db: Database) -> None:
    shops_of(console_db)
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        bad = {"lead_time_days": "-1", "service_level": "95"}
        for path in ("/admin/replenishment", "/admin/replenishment/purchase-order.csv"):
            answer = client.get(path, params=bad)
            assert answer.status_code == 422 and answer.headers["content-type"].startswith(
                "text/html"
            )
            assert 'value="-1"' in answer.text and 'value="95"' in answer.text
            assert 'aria-describedby="lead-time-error"' in answer.text
            assert "Enter a number between 0 and 1, such as 0.95." in answer.text


def test_insights_cite_their_rows_and_unknown_things_are_404(console_db: Database) -> None:
    shops = shops_of(console_db)
    seed_demand(console_db, shops.acme.id)
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        assert "No completed forecast run yet" in client.get("/admin/forecasts/insights").text
        run_id = _forecast_now(console_db, shops.acme.id)
        page = client.get("/admin/forecasts/insights").text
        assert '<a href="#stockout-1">[stockout#1]</a>' in page
        assert '<tr id="stockout-1">' in page
        for path in ("/admin/forecasts/runs/999999", "/admin/forecasts/runs/x",
                     "/admin/forecasts/skus/NOPE", f"/admin/forecasts/skus/NOPE?run_id={run_id}",
                     "/admin/forecasts/skus/DOME-TENT-1?run_id=abc"):  # fmt: skip
            assert client.get(path).status_code == 404, path


def test_forecast_pages_in_chinese(console_db: Database) -> None:
    shops = shops_of(console_db)
    seed_demand(console_db, shops.acme.id)
    run_id = _forecast_now(console_db, shops.acme.id)
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        page = client.get("/admin/forecasts?lang=zh").text
        assert "开始预测" in page and "预测运行" in page
        sku = client.get(f"/admin/forecasts/skus/DOME-TENT-1?run_id={run_id}").text
        assert "<title>DOME-TENT-1 的需求预测</title>" in sku
        assert "补货" in client.get("/admin/replenishment").text
