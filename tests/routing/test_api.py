"""``/api/v1/routes``: plan over HTTP, read plans, map, manifests and promises."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.routing._fleet import DAY, TZ, add_depot, add_vehicle, scatter
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

BODY = {"date": DAY.isoformat(), "time_limit_s": 1.0, "seed": 2}


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    acme = create_tenant(db, "acme", timezone=TZ)  # the server's default tenant
    depot = add_depot(db, acme.id, "WEST")
    add_vehicle(db, acme.id, depot, "VAN-1")
    scatter(db, acme.id, 6)
    create_tenant(db, "empty", timezone=TZ)
    with make_client(db) as test_client:
        yield test_client


def test_plan_then_read_it_back(client: TestClient) -> None:
    response = client.post("/api/v1/routes/plan", json=BODY)
    assert response.status_code == 200, response.text
    plan = response.json()
    assert plan["status"] == "current" and plan["depot"] is None
    (route,) = plan["routes"]
    assert route["vehicle_code"] == "VAN-1" and len(route["stops"]) == 6
    assert route["cost"]["currency"] == "USD" and isinstance(route["cost"]["minor"], int)
    first = route["stops"][0]
    assert first["promised_start"] <= first["service_start"] <= first["promised_end"]

    again = client.get(f"/api/v1/routes/plans/{plan['id']}").json()
    assert again["routes"] == plan["routes"]
    listed = client.get("/api/v1/routes/plans", params={"date": DAY.isoformat()}).json()
    assert [p["id"] for p in listed] == [plan["id"]] and listed[0]["planned_orders"] == 6

    order = client.get(f"/api/v1/orders/{first['order_id']}").json()
    assert order["promised_window"] == {
        "start": first["promised_start"],
        "end": first["promised_end"],
    }
    promise = client.get(f"/api/v1/routes/promises/{first['order_id']}").json()
    assert promise["vehicle_code"] == "VAN-1" and promise["eta"] == first["service_start"]


def test_map_and_manifests(client: TestClient) -> None:
    plan_id = client.post("/api/v1/routes/plan", json=BODY).json()["id"]
    page = client.get(f"/api/v1/routes/plans/{plan_id}/map")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<svg" in page.text
    sheet = client.get(f"/api/v1/routes/plans/{plan_id}/manifests/VAN-1", params={"format": "csv"})
    assert sheet.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(sheet.text)))) == 6
    html = client.get(f"/api/v1/routes/plans/{plan_id}/manifests/VAN-1")
    assert "VAN-1" in html.text and html.headers["content-type"].startswith("text/html")
    assert_error(client.get(f"/api/v1/routes/plans/{plan_id}/manifests/NOPE"), 404, "not_found")


def test_errors_use_the_one_error_shape(client: TestClient) -> None:
    error = assert_error(
        client.post("/api/v1/routes/plan", json=BODY, headers={"X-Tenant": "empty"}),
        422,
        "invalid_input",
    )
    assert "no depot" in error["message"]
    assert_error(client.post("/api/v1/routes/plan", json={**BODY, "depot": "X"}), 404, "not_found")
    assert_error(
        client.post("/api/v1/routes/plan", json={**BODY, "time_limit_s": 0}), 422, "invalid_input"
    )
    plan_id = client.post("/api/v1/routes/plan", json=BODY).json()["id"]
    hidden = client.get(f"/api/v1/routes/plans/{plan_id}", headers={"X-Tenant": "empty"})
    assert_error(hidden, 404, "not_found")


def test_plan_in_the_background_then_read_the_plan(client: TestClient) -> None:
    queued = client.post("/api/v1/routes/plan-jobs", json=BODY, headers={"Idempotency-Key": "k1"})
    assert queued.status_code == 202, queued.text
    job = queued.json()
    assert job["date"] == DAY.isoformat() and job["status"] in ("queued", "running", "done")
    assert queued.headers["location"] == f"/api/v1/routes/plan-jobs/{job['id']}"
    again = client.post("/api/v1/routes/plan-jobs", json=BODY, headers={"Idempotency-Key": "k1"})
    assert again.json()["id"] == job["id"]  # the same submission: the same job
    deadline = time.monotonic() + 60
    while job["status"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.2)
        job = client.get(queued.headers["location"]).json()
    assert job["status"] == "done" and job["plan_id"] is not None, job
    plan = client.get(f"/api/v1/routes/plans/{job['plan_id']}").json()
    assert len(plan["routes"][0]["stops"]) == 6
    assert client.get(f"/api/v1/jobs/{job['id']}").json()["result"]["plan_id"] == plan["id"]
    hidden = client.get(queued.headers["location"], headers={"X-Tenant": "empty"})
    assert_error(hidden, 404, "not_found")
