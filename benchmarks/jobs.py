"""How many jobs per second does the queue claim and finish?

Protocol
--------
A trivial job kind (``bench.noop``: the handler returns at once; the worker's done mark is
its whole transaction) on a fresh database. For each configuration, ``--jobs`` jobs are
submitted in one transaction, then workers run until every job is ``done``; the figure is
jobs / wall-clock seconds from the workers' start to the last ``done`` (claim + run + done
mark, three short transactions per job). Configurations: one process with 1, 2 and 4 worker
threads, and ``--processes`` worker processes of 2 threads each (the ``tradewinds worker``
setup), on PostgreSQL (the test suite's embedded server, or ``--url``) and, as the
one-machine baseline, on a SQLite file. Every run checks that each job ran exactly once.

Usage::

    python benchmarks/jobs.py [--jobs 500] [--processes 2] [--url postgresql+psycopg://...]
        [--output F]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

KIND = "bench.noop"


def _register() -> None:
    from tradewinds.jobs import JobKind, register_kind

    register_kind(JobKind(KIND, run=lambda ctx: None))


def _fresh(url: str, tenant: str) -> tuple[Any, int]:
    from sqlalchemy import delete

    from tradewinds.store import open_database, system_session
    from tradewinds.store.tables import Job
    from tradewinds.store.tenants import create_tenant, list_tenants

    db = open_database(url=url)
    with system_session(db) as session:
        session.execute(delete(Job))
    known = {t.slug: t.id for t in list_tenants(db)}
    tenant_id = known.get(tenant) or create_tenant(db, tenant).id
    return db, tenant_id


def _submit(db: Any, tenant_id: int, n: int) -> None:
    from tradewinds.jobs import submit_job
    from tradewinds.store import tenant_session

    with tenant_session(db, tenant_id) as session:
        for i in range(n):
            submit_job(session, KIND, {"i": i})


def _done(db: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from tradewinds.store import system_session
    from tradewinds.store.tables import Job

    with system_session(db) as session:
        done = session.scalar(select(func.count()).where(Job.status == "done")) or 0
        once = session.scalar(select(func.count()).where(Job.attempts == 1)) or 0
    return int(done), int(once)


def _wait_done(db: Any, n: int, started: float) -> float:
    while _done(db)[0] < n:
        if time.perf_counter() - started > 600:
            raise SystemExit("jobs did not finish in 10 minutes")
        time.sleep(0.01)
    return time.perf_counter() - started


def run_threads(url: str, jobs: int, threads: int) -> dict[str, Any]:
    from tradewinds.jobs import Worker

    db, tenant_id = _fresh(url, "bench")
    _submit(db, tenant_id, jobs)
    started = time.perf_counter()
    worker = Worker(db, concurrency=threads, kinds=[KIND], poll_seconds=0.01).start()
    seconds = _wait_done(db, jobs, started)
    worker.stop()
    done, once = _done(db)
    db.dispose()
    return _row(f"1 process x {threads} thread(s)", jobs, seconds, done, once)


def run_processes(url: str, jobs: int, processes: int) -> dict[str, Any]:
    db, tenant_id = _fresh(url, "bench")
    _submit(db, tenant_id, jobs // 10)  # warm the workers' imports and connections first
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--serve-worker", url], stdout=subprocess.PIPE, text=True
        )
        for _ in range(processes)
    ]
    for proc in procs:
        assert proc.stdout is not None
        proc.stdout.readline()
    _wait_done(db, jobs // 10, time.perf_counter())
    from sqlalchemy import delete

    from tradewinds.store import system_session
    from tradewinds.store.tables import Job

    with system_session(db) as session:
        session.execute(delete(Job))
    _submit(db, tenant_id, jobs)
    started = time.perf_counter()
    seconds = _wait_done(db, jobs, started)
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
    done, once = _done(db)
    db.dispose()
    return _row(f"{processes} processes x 2 threads", jobs, seconds, done, once)


def _row(setup: str, jobs: int, seconds: float, done: int, once: int) -> dict[str, Any]:
    assert done == jobs and once == jobs, f"{setup}: {done} done, {once} run once of {jobs}"
    return {
        "setup": setup,
        "jobs": jobs,
        "seconds": round(seconds, 2),
        "jobs_per_s": round(jobs / seconds, 1),
    }


def _serve_worker(url: str) -> None:
    import signal

    from tradewinds.jobs import Worker
    from tradewinds.store import open_database

    db = open_database(url=url, migrate=False)
    worker = Worker(db, concurrency=2, kinds=[KIND], poll_seconds=0.01).start()
    signal.signal(signal.SIGTERM, lambda *_: worker.stop(timeout=2))
    print("ready", flush=True)
    worker.wait_until_stopped()


def _measure(url: str, backend: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = [run_threads(url, args.jobs, t) for t in (1, 2, 4)]
    if args.processes:
        rows.append(run_processes(url, args.jobs, args.processes))
    for row in rows:
        row["backend"] = backend
        print(json.dumps(row), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--url", help="PostgreSQL URL (default: an embedded server)")
    parser.add_argument("--serve-worker", help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    _register()
    if args.serve_worker:
        _serve_worker(args.serve_worker)
        return
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += _measure(f"sqlite:///{tmp}/bench.db", "sqlite", args)
    if args.url:
        rows += _measure(args.url, "postgresql", args)
    else:
        from tests._postgres import fresh_database, postgres_admin_url

        with postgres_admin_url() as admin, fresh_database(admin) as url:
            rows += _measure(url, "postgresql", args)
    report = {
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "load_avg": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d"),
        "rows": rows,
    }
    if args.output:
        args.output.write_text(json.dumps(report, indent=2))
    print(json.dumps({k: v for k, v in report.items() if k != "rows"}))


if __name__ == "__main__":
    main()
