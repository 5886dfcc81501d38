"""The console's delivery pages: a day planned on the page as a job, its plan with map,
routes, unassigned orders and manifests, promises, roles, bad input, Chinese."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.routing._fleet import add_delivery, add_depot, add_vehicle
from tests.web._console import console_client, csrf_of, shops_of, sign_in
from tradewinds.routing import PlanOptions, plan_jobs, start_plan_job
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Job

CENTRE = (47.62, -122.33)


def _tomorrow(tz: str) -> date:
    return datetime.now(ZoneInfo(tz)).date() + timedelta(days=1)


def _seed_day(db: Database, tenant_id: int, day: date) -> None:
    """One depot, one van, three orders on ``day`` and one with no map position."""
    depot = add_depot(db, tenant_id, "WEST")
    add_vehicle(db, tenant_id, depot, "VAN-1")
    for k, (dlat, dlon) in enumerate([(0.01, 0.0), (-0.01, 0.01), (0.0, -0.015)]):
        add_delivery(db, tenant_id, f"#90{k}", CENTRE[0] + dlat, CENTRE[1] + dlon, day=day)
    add_delivery(db, tenant_id, "=SUM(9)", None, None, day=day)  # a formula-like name


def _until_done(client: TestClient, path: str) -> str:
    """Reload the job's page as the browser does while it says ``Refresh``."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page = client.get(path)
        assert page.status_code == 200
        if "refresh" not in page.headers:
            return page.text
        assert page.headers["refresh"] == "3" and "Stop reloading" in page.text
        time.sleep(0.2)
    raise AssertionError(f"{path} still planning after 60 s")


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offer a one-second planning time, so a test does not wait ten."""
    monkeypatch.setattr("tradewinds.web.admin.deliveries_page.TIME_LIMITS", ("1", "10"))


def test_a_day_planned_on_the_page_shows_routes_map_manifests_and_promises(
    console_db: Database, quick: None
) -> None:
    shops = shops_of(console_db)
    day = _tomorrow(shops.acme.timezone)
    _seed_day(console_db, shops.acme.id, day)
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        page = client.get("/admin/deliveries")
        assert page.status_code == 200 and "No delivery plans yet." in page.text
        assert '<a href="/admin/deliveries" aria-current="page">Deliveries</a>' in page.text
        form = {"csrf_token": csrf_of(page.text), "date": day.isoformat(), "depot": "",
                "time_limit": "1", "service_minutes": "5", "promise_minutes": "60"}  # fmt: skip
        started = client.post("/admin/deliveries", data=form, follow_redirects=False)
        assert started.status_code == 303, started.text
        job_path = started.headers["location"]
        assert re.fullmatch(r"/admin/deliveries/jobs/\d+", job_path)
        plan = _until_done(client, job_path)
        assert f"Plan for {day.isoformat()}" in plan
        svg = re.search(r"<svg .*?</svg>", plan, re.S)
        assert svg and 'role="img"' in svg[0] and "<polyline" in svg[0]
        assert plan.count('<a href="/admin/orders/') == 4  # three stops and one unassigned
        assert "The address has no usable map position" in plan
        manifest = re.search(r'href="(/admin/deliveries/plans/\d+/manifests/VAN-1)"', plan)
        assert manifest and plan.count("<tbody>") == 2
        printable = client.get(manifest[1])
        assert printable.status_code == 200 and "@media print" in printable.text
        assert "script-src" not in printable.headers["content-security-policy"]
        sheet = client.get(manifest[1] + "?format=csv")
        assert sheet.headers["content-type"].startswith("text/csv")
        assert sheet.headers["content-disposition"].endswith('-VAN-1.csv"')
        rows = list(csv.DictReader(io.StringIO(sheet.text)))
        assert sorted(r["order"] for r in rows) == ["#900", "#901", "#902"]

        promise = client.get("/admin/deliveries/promises", params={"order": "#901"})
        assert promise.status_code == 200 and "VAN-1" in promise.text
        assert re.search(
            r"Promised window</dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d\u2013\d\d:\d\d", promise.text
        )
        unknown = client.get("/admin/deliveries/promises", params={"order": "#4242"})
        assert unknown.status_code == 404 and 'aria-invalid="true"' in unknown.text
        assert "No order has this number." in unknown.text and 'value="#4242"' in unknown.text
        listed = client.get("/admin/deliveries").text
        assert f">{day.isoformat()}</a>" in listed and "Current" in listed
    newest = list_changes(console_db, shops.acme.id).changes[0]
    assert (newest.action, newest.actor, newest.after["date"]) == (
        "routing.plan", "manager@acme.test", day.isoformat())  # fmt: skip


def test_bad_values_get_messages_at_their_fields_and_nothing_is_queued(
    console_db: Database,
) -> None:
    shops = shops_of(console_db)
    before = list_changes(console_db, shops.acme.id).total
    today = datetime.now(ZoneInfo(shops.acme.timezone)).date()
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        token = csrf_of(client.get("/admin/deliveries").text)
        for typed, message in (("10/03/2027", "Enter a date such as 2027-03-10."),
                               ((today - timedelta(days=1)).isoformat(),
                                "Choose today or a later date.")):  # fmt: skip
            answer = client.post("/admin/deliveries", data={
                "csrf_token": token, "date": typed, "depot": "NOWHERE", "time_limit": "7",
                "service_minutes": "five", "promise_minutes": "60"})  # fmt: skip
            assert answer.status_code == 422 and message in answer.text
            assert answer.text.count('aria-invalid="true"') == 4  # date, depot, time, minutes
            assert 'aria-describedby="plan-date-error"' in answer.text
            assert f'value="{typed}"' in answer.text and 'value="five"' in answer.text
        refused = client.post("/admin/deliveries", data={"csrf_token": "forged", "date": "x"})
        assert refused.status_code == 403
    with tenant_session(console_db, shops.acme.id) as session:
        assert plan_jobs(session) == []
    assert list_changes(console_db, shops.acme.id).total == before


def test_a_day_already_being_planned_links_to_that_plan(console_db: Database) -> None:
    shops = shops_of(console_db)
    day = _tomorrow(shops.acme.timezone)
    with tenant_session(console_db, shops.acme.id) as session:
        waiting = start_plan_job(session, day, options=PlanOptions(time_limit_s=1))
        # Not due for an hour: no worker takes it while the page is asked.
        session.execute(update(Job).where(Job.id == waiting).values(
            run_after=datetime.now(ZoneInfo("UTC")) + timedelta(hours=1)))  # fmt: skip
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        token = csrf_of(client.get("/admin/deliveries").text)
        answer = client.post("/admin/deliveries", data={
            "csrf_token": token, "date": day.isoformat(), "time_limit": "10",
            "service_minutes": "5", "promise_minutes": "60"})  # fmt: skip
        assert answer.status_code == 409
        assert f'href="/admin/deliveries/jobs/{waiting}"' in answer.text
        job = client.get(f"/admin/deliveries/jobs/{waiting}")
        assert job.headers["refresh"] == "3" and "Waiting for a worker" in job.text
        calm = client.get(f"/admin/deliveries/jobs/{waiting}?watch=off")
        assert "refresh" not in calm.headers and "Reload this page" in calm.text
        zh = client.get("/admin/deliveries?lang=zh").text
        assert '<html lang="zh-Hans">' in zh and "配送" in zh and "Plan a day" not in zh


def test_staff_read_deliveries_but_only_managers_plan(console_db: Database) -> None:
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        page = client.get("/admin/deliveries")
        assert page.status_code == 200 and "Plan a day" not in page.text
        assert 'href="/admin/deliveries"' in page.text  # in the navigation
        token = csrf_of(page.text)
        answer = client.post("/admin/deliveries", data={"csrf_token": token, "date": "2030-01-01"})
        assert answer.status_code == 403
        assert client.get("/admin/deliveries/promises").status_code == 200
        assert client.get("/admin/deliveries/plans/99999").status_code == 404
        assert client.get("/admin/deliveries/jobs/1234567890123456789012").status_code == 404
