"""``POST /api/v1/copy/jobs`` (bulk copy as a job, followed through ``/api/v1/jobs``) and
``POST /api/v1/products/{handle}/copy/generate`` with ``"draft": true``."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from tests.api.conftest import assert_error
from tests.merchant._bulk import add_products
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

URL = "/api/v1/copy/jobs"
HANDLES = ["item-00", "item-01", "item-02"]


def _until_finished(client: TestClient, location: str) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while True:
        job = client.get(location).json()
        if job["status"] not in ("queued", "running"):
            return dict(job)
        assert time.monotonic() < deadline, job
        time.sleep(0.05)


def test_a_copy_job_is_queued_run_by_the_app_worker_and_writes_pending_drafts(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    add_products(db, tenant.id, 3)
    body = {"filter": {"handles": HANDLES}, "languages": ["en", "zh"], "length": "short"}
    response = client.post(URL, json=body, headers={"Idempotency-Key": "bulk-1"})
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["kind"] == "merchant.copy" and job["status"] in ("queued", "running", "done")
    assert response.headers["Location"] == f"/api/v1/jobs/{job['id']}"
    again = client.post(URL, json=body, headers={"Idempotency-Key": "bulk-1"})
    assert again.json()["id"] == job["id"]
    done = _until_finished(client, response.headers["Location"])
    assert done["status"] == "done", done
    result = done["result"]
    assert isinstance(result, dict)
    assert (result["total"], result["drafts"], result["failed"]) == (3, 6, 0)
    drafts = client.get("/api/v1/copy/drafts", params={"status": "pending"}).json()
    assert sorted((d["handle"], d["language"]) for d in drafts) == [
        (h, lang) for h in HANDLES for lang in ("en", "zh")
    ]


def test_bad_copy_jobs_are_refused_naming_the_field(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    add_products(db, tenant.id, 1)
    error = assert_error(client.post(URL, json={"filter": {}}), 422, "invalid_input")
    assert "all=true" in error["message"]
    error = assert_error(
        client.post(URL, json={"filter": {"all": True}, "languages": ["th"]}), 422,
        "invalid_input",
    )  # fmt: skip
    assert error["details"]["supported"] == ["en", "zh"]
    assert_error(client.post(URL, json={"filter": {"colour": "red"}}), 422, "invalid_input")
    assert_error(client.post(URL, json={"filter": {"handles": ["nope"]}}), 422, "invalid_input")
    assert client.get("/api/v1/jobs", params={"kind": "merchant.copy"}).json() == []


def test_generate_with_draft_stores_a_pending_draft_in_the_same_request(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    add_products(db, tenant.id, 1)
    url = "/api/v1/products/item-00/copy/generate"
    plain = client.post(url, json={"language": "en"}).json()
    assert plain["draft_id"] is None
    response = client.post(url, json={"language": "zh", "draft": True})
    assert response.status_code == 200, response.text
    body = response.json()
    draft = client.get(f"/api/v1/copy/drafts/{body['draft_id']}").json()
    assert draft["status"] == "pending" and draft["language"] == "zh"
    assert draft["copy"]["title"] == body["copy"]["title"]
    assert draft["author"] == "api developer"
