"""``/api/v1/forecast``: background runs, read back, chart, replenishment and insights."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient

from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ForecastRun, Tenant

GLOBEX = {"X-Tenant": "globex"}


def _client(db: Database) -> TestClient:
    app = create_app(load_settings(default_tenant="acme"), db)
    return TestClient(app, raise_server_exceptions=False)


def _poll(client: TestClient, url: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        run: dict[str, Any] = client.get(url, headers=headers).json()
        if run["status"] in ("done", "failed"):
            return run
        assert run["status"] in ("queued", "running"), run
        time.sleep(0.2)
    raise AssertionError(f"{url} did not finish in 300 s")


def test_runs_are_queued_polled_and_then_read(store: Database, tenant: Tenant) -> None:
    with _client(store) as client:
        missing = client.get("/api/v1/forecast/runs/latest")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "not_found"
        started = time.monotonic()
        created = client.post("/api/v1/forecast/runs", json={"horizon": 7})
        answered = time.monotonic() - started
        assert created.status_code == 202, created.text
        queued = created.json()
        assert queued["status"] in ("queued", "running") and queued["history_end"] is None
        location = created.headers["location"]
        assert location == f"/api/v1/forecast/runs/{queued['id']}"
        # Nothing to read until the run is done: "latest" means latest *completed* run.
        # (A 3-series run can finish before this request: then it must be that run, done.)
        early = client.get("/api/v1/forecast/runs/latest")
        if early.status_code != 404:
            assert early.status_code == 200, early.text
            assert early.json()["id"] == queued["id"] and early.json()["status"] == "done"
        run = _poll(client, location)
        took = time.monotonic() - started
        assert run["status"] == "done", run
        assert answered < took  # the POST did not wait for the forecast
        assert run["error"] is None and run["finished_at"] is not None
        assert run["series"] == 3 and run["horizon"] == 7 and run["grouping"] == "sku"
        assert run["history_end"] == "2024-03-24"
        assert client.get("/api/v1/forecast/runs/latest").json()["id"] == run["id"]
        # Another tenant cannot see it.
        assert client.get(location, headers=GLOBEX).status_code == 404
        points = client.get("/api/v1/forecast/skus/TENT").json()
        assert len(points) == 7 and all(p["yhat_lo"] <= p["yhat"] <= p["yhat_hi"] for p in points)
        chart = client.get("/api/v1/forecast/skus/TENT/chart.svg")
        assert chart.headers["content-type"].startswith("image/svg+xml")
        assert chart.text.startswith("<svg")
        put = client.put(
            "/api/v1/forecast/supply-terms/TENT", json={"lead_time_days": 3, "pack_size": 10}
        )
        assert put.status_code == 200, put.text
        plan = client.get("/api/v1/forecast/replenishment").json()
        tent = next(a for a in plan if a["sku"] == "TENT")
        assert tent["order_qty"] % 10 == 0 and tent["order_qty"] > 0
        insights = client.get("/api/v1/forecast/insights").json()
        assert insights["narrator"] == "template" and "[stockout#1]" in insights["narrative"]
        bad = client.post("/api/v1/forecast/runs", json={"horizon": 0})
        assert bad.status_code == 422
        assert client.post("/api/v1/forecast/runs", json={"by": "city"}).status_code == 422


def test_a_failing_run_ends_failed_with_its_message(
    store: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    with _client(store) as client:
        # Globex has no SKUs and no orders: nothing to forecast.
        created = client.post("/api/v1/forecast/runs", json={"horizon": 7}, headers=GLOBEX)
        assert created.status_code == 202, created.text
        run = _poll(client, created.headers["location"], GLOBEX)
        assert run["status"] == "failed"
        assert "nothing to forecast" in run["error"] and run["series"] == 0
        assert client.get("/api/v1/forecast/runs/latest", headers=GLOBEX).status_code == 404
        read = client.get(f"/api/v1/forecast/skus/X?run_id={run['id']}", headers=GLOBEX)
        assert read.status_code == 409 and "failed" in read.json()["error"]["message"]
    with tenant_session(store, other_tenant.id) as session:
        stored = session.get(ForecastRun, run["id"])
        assert stored is not None and stored.status == "failed"


def test_a_run_whose_worker_died_is_taken_over_and_its_points_written_once(
    store: Database, tenant: Tenant
) -> None:
    from sqlalchemy import func, select

    from tradewinds.forecast import RUN_KIND, ForecastParams, start_run
    from tradewinds.jobs import claim_next
    from tradewinds.store.tables import ForecastPoint

    run_id = start_run(store, tenant.id, ForecastParams(horizon=7))
    dead = claim_next(store, [RUN_KIND], lease_seconds=0.05)  # a worker that then died
    assert dead is not None and dead.payload["run_id"] == run_id
    time.sleep(0.1)
    with _client(store) as client:  # the app's worker takes the job over
        run = _poll(client, f"/api/v1/forecast/runs/{run_id}")
        assert run["status"] == "done", run
        job = client.get(f"/api/v1/jobs/{run['job_id']}").json()
    assert (job["status"], job["attempts"], job["kind"]) == ("done", 2, RUN_KIND)
    assert job["result"] == {"run_id": run_id, "points": 21}
    with tenant_session(store, tenant.id) as session:
        points = session.scalar(select(func.count()).where(ForecastPoint.run_id == run_id))
    assert points == 21  # 3 SKUs x 7 days, once


def test_cancelling_a_queued_run_fails_it_with_the_reason(store: Database, tenant: Tenant) -> None:
    settings = load_settings(default_tenant="acme", jobs={"serve_concurrency": 0})
    client = TestClient(create_app(settings, store), raise_server_exceptions=False)
    with client:  # no worker in this app: the run stays queued until cancelled
        key = {"Idempotency-Key": "nightly-2024-03-25"}
        run_id = client.post("/api/v1/forecast/runs", json={"horizon": 7}, headers=key).json()["id"]
        again = client.post("/api/v1/forecast/runs", json={"horizon": 7}, headers=key)
        assert again.status_code == 202 and again.json()["id"] == run_id  # one run, not two
        job_id = client.get(f"/api/v1/forecast/runs/{run_id}").json()["job_id"]
        cancelled = client.post(f"/api/v1/jobs/{job_id}/cancel")
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        run = client.get(f"/api/v1/forecast/runs/{run_id}").json()
        assert run["status"] == "failed" and run["error"].startswith("cancelled")
        again = client.post(f"/api/v1/jobs/{job_id}/cancel")
        assert again.status_code == 409
        retried = client.post(f"/api/v1/jobs/{job_id}/retry").json()
        assert retried["status"] == "queued"
        assert client.get(f"/api/v1/forecast/runs/{run_id}").json()["status"] == "queued"
