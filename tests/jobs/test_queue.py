"""The queue on both backends: submit once per idempotency key, run, fail and retry,
transient retries, cancel queued and running jobs, leases that expire, tenants apart."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import tests.jobs._kinds  # noqa: F401  (registers the kinds)
from tests.jobs._kinds import results_of
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.jobs import (
    LeaseLost,
    Worker,
    cancel_job,
    claim_next,
    get_job,
    list_jobs,
    reap_expired,
    retry_job,
    submit_job,
)
from tradewinds.jobs.lease import mark_done
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Job, Tenant

KINDS = ["test.broken", "test.echo", "test.flaky", "test.plain", "test.slow"]


def _submit(
    db: Database, tenant_id: int, kind: str, key: str | None = None, **payload: object
) -> int:
    with tenant_session(db, tenant_id) as session:
        return submit_job(session, kind, dict(payload), idempotency_key=key).id


def _job(db: Database, tenant_id: int, job_id: int) -> Job:
    with tenant_session(db, tenant_id) as session:
        return get_job(session, job_id)


def _until(check: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _worker(db: Database, **options: object) -> Worker:
    return Worker(db, kinds=KINDS, poll_seconds=0.05, **options)  # type: ignore[arg-type]


def test_the_same_submission_twice_is_one_job(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    first = _submit(db, tenant.id, "test.echo", key="import-42")
    assert _submit(db, tenant.id, "test.echo", key="import-42") == first
    assert _submit(db, tenant.id, "test.slow", key="import-42") != first  # another kind
    assert _submit(db, other_tenant.id, "test.echo", key="import-42") != first
    assert _submit(db, tenant.id, "test.echo") != _submit(db, tenant.id, "test.echo")
    with tenant_session(db, tenant.id) as session:
        assert len(list_jobs(session, kind="test.echo")) == 3
        with pytest.raises(InvalidInput, match="unknown job kind 'nope'"):
            submit_job(session, "nope", {})
        with pytest.raises(InvalidInput, match="expected JSON values"):
            submit_job(session, "test.echo", {"when": object()})


def test_a_job_runs_once_and_writes_its_result_with_the_done_mark(
    db: Database, tenant: Tenant
) -> None:
    job_id = _submit(db, tenant.id, "test.echo")
    plain = _submit(db, tenant.id, "test.plain")
    worker = _worker(db)
    assert worker.run_one() == job_id
    assert worker.run_one() == plain
    assert worker.run_one() is None
    job = _job(db, tenant.id, job_id)
    assert (job.status, job.attempts, job.result, job.lease_owner) == (
        "done",
        1,
        {"attempt": 1},
        None,
    )
    assert job.started_at is not None and job.finished_at is not None
    assert results_of(db, tenant.id, job_id) == 1
    assert _job(db, tenant.id, plain).result == {"answer": 42}


def test_a_failed_job_keeps_its_error_and_can_be_retried(db: Database, tenant: Tenant) -> None:
    job_id = _submit(db, tenant.id, "test.broken")
    worker = _worker(db)
    worker.run_one()
    failed = _job(db, tenant.id, job_id)
    assert failed.status == "failed" and failed.attempts == 1  # not transient: no retry
    assert failed.error == "ValueError: bad data on attempt 1"
    assert results_of(db, tenant.id, job_id) == 0
    with tenant_session(db, tenant.id) as session:
        with pytest.raises(Conflict, match="only queued or running jobs can be cancelled"):
            cancel_job(session, job_id)
        assert retry_job(session, job_id).status == "queued"
    assert worker.run_one() == job_id
    done = _job(db, tenant.id, job_id)
    assert (done.status, done.attempts, done.error) == ("done", 2, None)
    with (
        tenant_session(db, tenant.id) as session,
        pytest.raises(Conflict, match="only failed or cancelled jobs can be retried"),
    ):
        retry_job(session, job_id)


def test_transient_failures_are_retried_up_to_max_attempts(db: Database, tenant: Tenant) -> None:
    recovers = _submit(db, tenant.id, "test.flaky", fail_times=1)
    gives_up = _submit(db, tenant.id, "test.flaky", fail_times=5)
    worker = _worker(db)
    for _ in range(4):
        worker.run_one()
    assert worker.run_one() is None
    ok = _job(db, tenant.id, recovers)
    assert (ok.status, ok.attempts, results_of(db, tenant.id, recovers)) == ("done", 2, 1)
    bad = _job(db, tenant.id, gives_up)
    assert (bad.status, bad.attempts) == ("failed", 2)
    assert bad.error == "upstream busy on attempt 2"


def test_cancel_a_queued_job_at_once(db: Database, tenant: Tenant) -> None:
    job_id = _submit(db, tenant.id, "test.echo")
    with tenant_session(db, tenant.id) as session:
        assert cancel_job(session, job_id).status == "cancelled"
    assert _worker(db).run_one() is None
    assert results_of(db, tenant.id, job_id) == 0
    with tenant_session(db, tenant.id) as session:
        assert retry_job(session, job_id).status == "queued"  # a cancelled job can be retried


def test_cancel_a_running_job_stops_it_and_keeps_nothing(db: Database, tenant: Tenant) -> None:
    job_id = _submit(db, tenant.id, "test.slow", seconds=30)
    with _worker(db, lease_seconds=5):
        _until(lambda: _job(db, tenant.id, job_id).status == "running")
        with tenant_session(db, tenant.id) as session:
            assert cancel_job(session, job_id).status == "running"  # asked; stops at checkpoint
        _until(lambda: _job(db, tenant.id, job_id).status == "cancelled")
    job = _job(db, tenant.id, job_id)
    assert job.error is not None and "cancelled while running" in job.error
    assert results_of(db, tenant.id, job_id) == 0


def test_an_expired_lease_is_taken_over_and_the_old_claim_can_no_longer_finish(
    db: Database, tenant: Tenant
) -> None:
    job_id = _submit(db, tenant.id, "test.echo")
    dead = claim_next(db, KINDS, lease_seconds=0.2)  # a worker that then stops beating
    assert dead is not None and dead.job_id == job_id and dead.attempt == 1
    assert claim_next(db, KINDS, lease_seconds=5) is None  # held: nobody else gets it
    assert reap_expired(db, KINDS) == 0
    time.sleep(0.3)
    assert reap_expired(db, KINDS) == 1
    assert _job(db, tenant.id, job_id).status == "queued"
    assert _worker(db).run_one() == job_id
    with pytest.raises(LeaseLost), tenant_session(db, tenant.id) as session:
        mark_done(session, dead, {"late": True})
    job = _job(db, tenant.id, job_id)
    assert (job.status, job.attempts, job.result) == ("done", 2, {"attempt": 2})
    assert results_of(db, tenant.id, job_id) == 1


def test_a_lease_lost_for_good_fails_the_job_once_out_of_attempts(
    db: Database, tenant: Tenant
) -> None:
    with tenant_session(db, tenant.id) as session:
        job_id = submit_job(session, "test.echo", {}, max_attempts=1).id
    assert claim_next(db, KINDS, lease_seconds=0.05) is not None
    time.sleep(0.1)
    assert reap_expired(db, KINDS) == 1
    job = _job(db, tenant.id, job_id)
    assert job.status == "failed" and "lease expired" in (job.error or "")


def test_tenants_see_and_change_only_their_own_jobs(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    job_id = _submit(db, tenant.id, "test.echo")
    with tenant_session(db, other_tenant.id) as session:
        assert list_jobs(session) == []
        for action in (get_job, cancel_job, retry_job):
            with pytest.raises(NotFound, match=f"no job {job_id}"):
                action(session, job_id)
    assert _job(db, tenant.id, job_id).status == "queued"
