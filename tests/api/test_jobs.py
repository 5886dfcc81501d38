"""``/api/v1/jobs``: a tenant lists, reads, cancels and retries only its own jobs; ids are
bounded at the schema."""

from __future__ import annotations

import tests.jobs._kinds  # noqa: F401  (registers the test kinds)
from tests.api.conftest import assert_error, make_client
from tradewinds.jobs import Worker, submit_job
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant

GLOBEX = {"X-Tenant": "globex"}


def _submit(db: Database, tenant_id: int, kind: str, **payload: object) -> int:
    with tenant_session(db, tenant_id) as session:
        return submit_job(session, kind, dict(payload), idempotency_key=None).id


def test_jobs_are_listed_read_cancelled_and_retried_per_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    broken = _submit(db, tenant.id, "test.broken")
    queued = _submit(db, tenant.id, "test.echo")
    theirs = _submit(db, other_tenant.id, "test.echo")
    Worker(db, kinds=["test.broken"]).run_one()
    with make_client(db, jobs={"serve_concurrency": 0}) as client:
        listed = client.get("/api/v1/jobs").json()
        assert [j["id"] for j in listed] == [queued, broken]
        assert [j["id"] for j in client.get("/api/v1/jobs?status=failed").json()] == [broken]
        assert client.get("/api/v1/jobs?kind=test.echo").json()[0]["id"] == queued
        assert_error(client.get("/api/v1/jobs?status=lost"), 422, "invalid_input")

        failed = client.get(f"/api/v1/jobs/{broken}").json()
        assert (
            failed["status"] == "failed" and failed["error"] == "ValueError: bad data on attempt 1"
        )
        retried = client.post(f"/api/v1/jobs/{broken}/retry")
        assert retried.status_code == 200 and retried.json()["status"] == "queued"
        assert client.post(f"/api/v1/jobs/{queued}/cancel").json()["status"] == "cancelled"
        assert_error(client.post(f"/api/v1/jobs/{queued}/cancel"), 409, "conflict")

        # Another tenant's job does not exist for this one, whatever the verb.
        assert_error(client.get(f"/api/v1/jobs/{theirs}"), 404, "not_found")
        assert_error(client.post(f"/api/v1/jobs/{theirs}/cancel"), 404, "not_found")
        assert_error(client.post(f"/api/v1/jobs/{queued}/retry", headers=GLOBEX), 404, "not_found")
        assert [j["id"] for j in client.get("/api/v1/jobs", headers=GLOBEX).json()] == [theirs]

        # Ids beyond 64 bits (or not ids at all) are refused before any query.
        for bad in ("9" * 25, "0", "-3", "abc"):
            assert client.get(f"/api/v1/jobs/{bad}").status_code == 422, bad
            assert client.post(f"/api/v1/jobs/{bad}/cancel").status_code == 422, bad
    with tenant_session(db, other_tenant.id) as session:
        from tradewinds.jobs import get_job

        assert get_job(session, theirs).status == "queued"  # untouched
