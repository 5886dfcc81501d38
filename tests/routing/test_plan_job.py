"""Route plans as ``routing.plan`` jobs on the shared queue, on SQLite and PostgreSQL: the
plan is stored with the job's done mark, once, even when a worker dies or the job reruns;
a day already being planned, bad options and a day that cannot be planned are refused."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from tests.routing._fleet import DAY, TZ, add_depot, add_vehicle, scatter
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.jobs import JobContext, LeaseLost, Worker, claim_next, reap_expired, submit_job
from tradewinds.routing import (
    PLAN_KIND,
    HaversineProvider,
    PlanInProgress,
    PlanOptions,
    delivery_promise,
    load_plan,
    plan_job,
    plan_jobs,
    start_plan_job,
)
from tradewinds.routing.plan_job import _run_plan
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Job, RoutePlan, Tenant
from tradewinds.store.tenants import create_tenant

QUICK = PlanOptions(time_limit_s=1.0, max_iterations=100, seed=1)
KINDS = [PLAN_KIND]


@pytest.fixture
def shop(db: Database) -> Tenant:
    tenant = create_tenant(db, "shop", timezone=TZ)
    depot = add_depot(db, tenant.id, "WEST")
    add_vehicle(db, tenant.id, depot, "VAN-1")
    scatter(db, tenant.id, 6)
    return tenant


def _start(db: Database, tenant_id: int, **kwargs: object) -> int:
    with tenant_session(db, tenant_id) as session:
        return start_plan_job(session, DAY, options=QUICK, **kwargs)  # type: ignore[arg-type]


def _plans(db: Database, tenant_id: int) -> list[tuple[int, int | None, str]]:
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(select(RoutePlan.id, RoutePlan.job_id, RoutePlan.status))
        return sorted((r[0], r[1], r[2]) for r in rows)


def test_a_plan_job_stores_the_plan_with_its_done_mark(db: Database, shop: Tenant) -> None:
    job_id = _start(db, shop.id)
    with tenant_session(db, shop.id) as session:
        queued = plan_job(session, job_id)
    assert (queued.status, queued.date, queued.plan_id, queued.time_limit_s) == (
        "queued", DAY, None, 1.0)  # fmt: skip
    assert _plans(db, shop.id) == []
    assert Worker(db, kinds=KINDS).run_one() == job_id
    with tenant_session(db, shop.id) as session:
        done = plan_job(session, job_id)
        assert done.status == "done" and done.plan_id is not None and done.error is None
        view = load_plan(session, done.plan_id)
        promise = delivery_promise(session, view.routes[0].stops[0].order_id)
        assert [j.id for j in plan_jobs(session)] == [job_id]
    assert view.planned_orders == 6 and view.time_limit_s == 1.0
    assert promise.plan_id == done.plan_id and promise.promised_start is not None
    assert _plans(db, shop.id) == [(done.plan_id, job_id, "current")]


def test_a_worker_killed_mid_job_loses_nothing_and_the_plan_is_written_once(
    db: Database, shop: Tenant
) -> None:
    job_id = _start(db, shop.id)
    dead = claim_next(db, KINDS, lease_seconds=0.3)  # a worker that then stops beating
    assert dead is not None and dead.job_id == job_id
    time.sleep(0.4)
    assert reap_expired(db, KINDS) == 1
    assert Worker(db, kinds=KINDS).run_one() == job_id
    [(plan_id, made_by, _status)] = _plans(db, shop.id)
    assert made_by == job_id
    # The dead worker wakes up and finishes its attempt: fenced, nothing more is written.
    with pytest.raises(LeaseLost):
        _run_plan(JobContext(db, dead, lease_seconds=0.3))
    assert _plans(db, shop.id) == [(plan_id, job_id, "current")]
    with tenant_session(db, shop.id) as session:
        job = session.get(Job, job_id)
        assert job is not None and (job.status, job.attempts) == ("done", 2)


def test_rerunning_the_same_job_finds_its_plan_instead_of_making_another(
    db: Database, shop: Tenant
) -> None:
    job_id = _start(db, shop.id)
    assert Worker(db, kinds=KINDS).run_one() == job_id
    [(plan_id, _job, _status)] = _plans(db, shop.id)
    with tenant_session(db, shop.id) as session:  # as if the queue handed it out again
        session.execute(update(Job).where(Job.id == job_id).values(status="queued", result=None))
    assert Worker(db, kinds=KINDS).run_one() == job_id
    assert _plans(db, shop.id) == [(plan_id, job_id, "current")]
    with tenant_session(db, shop.id) as session:
        assert plan_job(session, job_id).plan_id == plan_id


def test_a_second_plan_job_for_the_same_day_is_refused_while_one_waits(
    db: Database, shop: Tenant
) -> None:
    first = _start(db, shop.id, idempotency_key="morning")
    assert _start(db, shop.id, idempotency_key="morning") == first  # the same submission
    with pytest.raises(PlanInProgress) as refused:
        _start(db, shop.id)
    assert refused.value.job_id == first and DAY.isoformat() in str(refused.value)
    with tenant_session(db, shop.id) as session:  # another day is fine
        other = start_plan_job(session, DAY + timedelta(days=1), options=QUICK)
    assert other != first


def test_options_a_job_cannot_carry_are_refused(db: Database, shop: Tenant) -> None:
    odd = PlanOptions(provider=HaversineProvider(road_factor=1.6))
    with pytest.raises(InvalidInput, match="plan_routes"), tenant_session(db, shop.id) as s:
        start_plan_job(s, DAY, options=odd)
    with tenant_session(db, shop.id) as session:  # a payload naming an unknown option
        job = submit_job(session, PLAN_KIND, {"date": DAY.isoformat(), "options": {"x": 1}})
        job_id = job.id
    Worker(db, kinds=KINDS).run_one()
    with tenant_session(db, shop.id) as session:
        failed = plan_job(session, job_id)
    assert failed.status == "failed" and "unknown options x" in (failed.error or "")


def test_a_day_without_vehicles_fails_with_the_planners_message(db: Database) -> None:
    tenant = create_tenant(db, "empty", timezone=TZ)
    add_depot(db, tenant.id, "WEST")
    job_id = _start(db, tenant.id)
    Worker(db, kinds=KINDS).run_one()
    with tenant_session(db, tenant.id) as session:
        failed = plan_job(session, job_id)
        count = session.scalar(select(func.count(RoutePlan.id)))
    assert failed.status == "failed" and "vehicle" in (failed.error or "")
    assert failed.plan_id is None and count == 0


def test_another_tenants_plan_job_is_not_found(db: Database, shop: Tenant) -> None:
    job_id = _start(db, shop.id)
    other = create_tenant(db, "other", timezone=TZ)
    with pytest.raises(NotFound), tenant_session(db, other.id) as session:
        plan_job(session, job_id)
    with tenant_session(db, other.id) as session:
        assert plan_jobs(session) == []
