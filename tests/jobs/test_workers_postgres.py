"""Many workers on one PostgreSQL queue: threads and processes never run a job twice at
once and run every job exactly once; a worker process killed with SIGKILL mid-job loses
nothing (the job is taken over once its lease expires, its result written once)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import tests.jobs._kinds  # noqa: F401  (registers the kinds)
from tests.jobs._kinds import result_rule, results_of
from tradewinds.jobs import JobContext, JobKind, Worker, register_kind, submit_job, unregister_kind
from tradewinds.store import Database, open_database, system_session, tenant_session
from tradewinds.store.tables import Job, SearchSynonym, Tenant
from tradewinds.store.tenants import create_tenant

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    from tests.conftest import _truncate_all

    database = open_database(url=postgres_url, migrate=False)
    _truncate_all(database)
    yield database
    database.dispose()


@pytest.fixture
def shop(pg: Database) -> Tenant:
    return create_tenant(pg, "acme", name="Acme", currency="USD")


def _submit_many(db: Database, tenant_id: int, kind: str, n: int, **payload: object) -> list[int]:
    with tenant_session(db, tenant_id) as session:
        return [submit_job(session, kind, dict(payload)).id for _ in range(n)]


def _statuses(db: Database) -> Counter[str]:
    with system_session(db) as session:
        return Counter(
            dict(session.execute(select(Job.status, func.count()).group_by(Job.status)).all())
        )


@pytest.fixture
def spawn(postgres_url: str) -> Iterator[Callable[..., list[subprocess.Popen[str]]]]:
    """Starts worker processes (together; each ready when it returns) and, whatever the
    test's outcome, stops them: a stray worker would take the next tests' jobs."""
    started: list[subprocess.Popen[str]] = []
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}

    def start(lease: float, threads: int, count: int = 1) -> list[subprocess.Popen[str]]:
        command = [sys.executable, "-m", "tests.jobs._worker_main", postgres_url, str(lease),
                   str(threads)]  # fmt: skip
        procs = [
            subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
            for _ in range(count)
        ]
        started.extend(procs)
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        return procs

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in started:
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        assert proc.stdout is not None
        proc.stdout.close()


def test_threads_never_run_a_job_twice_and_run_every_job_once(pg: Database, shop: Tenant) -> None:
    running: set[int] = set()
    runs: Counter[int] = Counter()
    overlaps: list[int] = []
    lock = threading.Lock()

    def handler(ctx: JobContext) -> object:
        with lock:
            if ctx.job_id in running:
                overlaps.append(ctx.job_id)
            running.add(ctx.job_id)
            runs[ctx.job_id] += 1
        time.sleep(0.002)
        with lock:
            running.discard(ctx.job_id)
        return None

    register_kind(JobKind("test.count", run=handler))
    try:
        ids = _submit_many(pg, shop.id, "test.count", 120)
        worker = Worker(pg, concurrency=8, kinds=["test.count"], poll_seconds=0.02).start()
        deadline = time.monotonic() + 60
        while _statuses(pg)["done"] < len(ids) and time.monotonic() < deadline:
            time.sleep(0.05)
        worker.stop()
    finally:
        unregister_kind("test.count")
    assert overlaps == []
    assert set(runs) == set(ids) and set(runs.values()) == {1}
    assert _statuses(pg) == Counter({"done": len(ids)})


def test_processes_share_the_queue_and_write_each_result_once(
    pg: Database, shop: Tenant, spawn: Callable[..., list[subprocess.Popen[str]]]
) -> None:
    ids = _submit_many(pg, shop.id, "test.echo", 60)
    spawn(5.0, 2, count=3)
    deadline = time.monotonic() + 90
    while _statuses(pg)["done"] < len(ids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _statuses(pg) == Counter({"done": len(ids)})
    with tenant_session(pg, shop.id) as session:
        rules = Counter(session.scalars(select(SearchSynonym.rule)))
    assert rules == Counter({result_rule(i): 1 for i in ids})
    with tenant_session(pg, shop.id) as session:
        attempts = set(session.scalars(select(Job.attempts)))
    assert attempts == {1}


def test_a_worker_killed_mid_job_loses_nothing(
    pg: Database, shop: Tenant, spawn: Callable[..., list[subprocess.Popen[str]]]
) -> None:
    [job_id] = _submit_many(pg, shop.id, "test.slow", 1, seconds=1.5)
    [victim] = spawn(1.0, 1)
    deadline = time.monotonic() + 20
    while _statuses(pg)["running"] == 0:
        assert time.monotonic() < deadline, "the worker never started the job"
        time.sleep(0.02)
    time.sleep(0.3)  # mid-job: it sleeps 1.5 s in all
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(10) == -signal.SIGKILL
    with tenant_session(pg, shop.id) as session:
        held = session.get(Job, job_id)
        assert held is not None and held.status == "running" and held.attempts == 1
    killed_at = time.monotonic()
    with Worker(pg, kinds=["test.slow"], lease_seconds=1.0, poll_seconds=0.05) as rescuer:
        deadline = time.monotonic() + 30
        while _statuses(pg)["done"] == 0:
            assert time.monotonic() < deadline, "the job was never taken over"
            time.sleep(0.05)
        assert rescuer.completed == 1
    assert time.monotonic() - killed_at >= 0.5  # not before the dead worker's lease ran out
    with tenant_session(pg, shop.id) as session:
        job = session.get(Job, job_id)
        assert job is not None and (job.status, job.attempts) == ("done", 2)
        assert job.result == {"attempt": 2}
    assert results_of(pg, shop.id, job_id) == 1
