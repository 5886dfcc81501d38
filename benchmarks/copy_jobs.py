"""Bulk listing-copy jobs (``merchant.copy``, issue 19): products per minute through the
job queue, and a worker killed with SIGKILL mid-job losing nothing.

Protocol
--------
A fresh SQLite store in a temporary ``TRADEWINDS_HOME`` with the demo generator's
catalogue (``tradewinds.demo``, seed 7, as ``benchmarks/copy_generation.py`` writes it;
``--products`` products, at least 62: two per category) imported for one tenant; the job
covers the first ``--products`` of them by id (filter ``handles``; the whole store, filter
``all``, from 62 products). Then:

``run``
    One job, languages ``--languages``, writer ``--writer``
    (``templates``, or ``choose`` for the embedded SmolLM2 through the gateway with the
    default moderation), run by one in-process worker thread; the figure is the job's
    own ``products_per_minute`` (products handled / the attempt's wall-clock time: reading
    the products, generating, checking, storing each draft with its audit record and job
    item, the fenced progress update). Baseline in the same run: the same products'
    copies generated without the queue or the database writes (``generate_for`` alone).
``kill``
    The same job run by ``tradewinds worker`` processes (lease 3 s): the first is killed
    with SIGKILL once at least a third of the products are drafted, a second one takes the
    job over when the lease has expired and finishes it; the run checks that every
    product and language has exactly one draft, and reports both attempts.

Usage::

    python benchmarks/copy_jobs.py run --products 50 [--writer templates|choose]
    python benchmarks/copy_jobs.py kill --products 200
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _store(home: Path, products: int) -> tuple[Any, int, list[str]]:
    """A migrated SQLite store in ``home`` with the demo catalogue (at least 62 products:
    two per category); the handles of its first ``products`` products."""
    from tradewinds.demo import write_products_csv
    from tradewinds.demo.catalog import generate_catalog
    from tradewinds.demo.generate import DemoParams, _rng
    from tradewinds.store import open_database
    from tradewinds.store.importers import import_products
    from tradewinds.store.tenants import create_tenant

    params = DemoParams(seed=7, products=max(products, 62))
    start = datetime.combine(params.first_day, clock(), UTC)
    items = generate_catalog(
        _rng(params, "catalogue"), params.products, days=params.days, start=start
    )
    csv = home / "demo.csv"
    write_products_csv(items, csv)
    db = open_database(url=f"sqlite:///{home / 'tradewinds.db'}")
    tenant = create_tenant(db, "demo", name="Demo")
    import_products(db, tenant.id, csv)
    from sqlalchemy import select

    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product

    with tenant_session(db, tenant.id) as session:
        handles = session.scalars(select(Product.handle).order_by(Product.id)).all()
    return db, tenant.id, list(handles[:products])


def _submit(db: Any, tenant_id: int, handles: list[str], languages: list[str], writer: str) -> int:
    from tradewinds.merchant import CopyFilter, submit_copy_job
    from tradewinds.store import tenant_session

    # The whole store as ``all`` (a job's payload holds about 1,000 handles at most).
    wanted = CopyFilter(all=True) if len(handles) >= 62 else CopyFilter(handles=tuple(handles))
    with tenant_session(db, tenant_id) as session:
        return submit_copy_job(session, wanted, languages, writer=writer).id


def _job(db: Any, tenant_id: int, job_id: int) -> Any:
    from tradewinds.jobs import get_job
    from tradewinds.store import tenant_session

    with tenant_session(db, tenant_id) as session:
        job = get_job(session, job_id)
        session.expunge(job)
        return job


def _drafts(db: Any, tenant_id: int) -> tuple[int, int]:
    """(drafts, distinct product-language pairs among them)."""
    from sqlalchemy import select

    from tradewinds.store import tenant_session
    from tradewinds.store.tables import CopyDraft

    with tenant_session(db, tenant_id) as session:
        pairs = session.execute(select(CopyDraft.product_id, CopyDraft.language)).all()
    return len(pairs), len(set(pairs))


def _baseline(
    db: Any, tenant_id: int, handles: list[str], languages: list[str], writer: str
) -> float:
    """Products per minute of ``generate_for`` alone over the same products."""
    from sqlalchemy import select

    from tradewinds.merchant._source import CopySource
    from tradewinds.merchant.generate import generate_for
    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product

    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(Product).where(Product.handle.in_(handles))).unique()
        sources = [CopySource.of(p) for p in rows]
    started = time.perf_counter()
    for source in sources:
        for language in languages:
            generate_for(db, tenant_id, source, language, writer=writer)
    return len(sources) / ((time.perf_counter() - started) / 60)


def run(args: argparse.Namespace, home: Path) -> dict[str, Any]:
    from tradewinds.jobs import Worker
    from tradewinds.merchant import COPY_JOB_KIND

    db, tenant_id, handles = _store(home, args.products)
    # Both timings start warm: the first generation loads the text tables (CC-CEDICT...).
    _baseline(db, tenant_id, handles[:1], args.languages, args.writer)
    job_id = _submit(db, tenant_id, handles, args.languages, args.writer)
    started = time.perf_counter()
    Worker(db, kinds=[COPY_JOB_KIND]).run_one()
    wall = time.perf_counter() - started
    job = _job(db, tenant_id, job_id)
    drafts, distinct = _drafts(db, tenant_id)
    baseline = None
    if args.baseline:
        baseline = _baseline(db, tenant_id, handles, args.languages, args.writer)
    return {
        "status": job.status, "error": job.error, "result": job.result,
        "wall_seconds": round(wall, 1), "drafts": drafts, "distinct_pairs": distinct,
        "baseline_generate_only_products_per_minute": baseline and round(baseline, 1),
    }  # fmt: skip


def kill(args: argparse.Namespace, home: Path) -> dict[str, Any]:
    db, tenant_id, handles = _store(home, args.products)
    job_id = _submit(db, tenant_id, handles, args.languages, args.writer)
    env = {
        **os.environ,
        "TRADEWINDS_HOME": str(home),
        "PYTHONPATH": str(ROOT / "src"),
        "TRADEWINDS_DATABASE_URL": f"sqlite:///{home / 'tradewinds.db'}",
        "TRADEWINDS_JOBS__LEASE_SECONDS": "3",
        "TRADEWINDS_JOBS__POLL_SECONDS": "0.2",
    }
    code = "import sys; from tradewinds.cli.app import main; sys.argv[0] = 'tradewinds'; main()"
    command = [sys.executable, "-c", code, "worker", "--kinds", "merchant.copy"]
    started = time.perf_counter()
    first = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    while True:
        job = _job(db, tenant_id, job_id)
        done = (job.result or {}).get("products_done", 0)
        if done >= args.products // 3 or job.status == "done":
            break
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait()
    killed_at = {"products_done": done, "seconds": round(time.perf_counter() - started, 1)}
    second = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    try:
        while _job(db, tenant_id, job_id).status in ("queued", "running"):
            time.sleep(0.5)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(30)
    job = _job(db, tenant_id, job_id)
    drafts, distinct = _drafts(db, tenant_id)
    return {
        "status": job.status, "attempts": job.attempts, "killed_at": killed_at,
        "result": job.result, "wall_seconds": round(time.perf_counter() - started, 1),
        "drafts": drafts, "distinct_pairs": distinct,
        "expected_pairs": args.products * len(args.languages),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("run", "kill"))
    parser.add_argument("--products", type=int, default=50)
    parser.add_argument("--languages", type=lambda s: s.split(","), default=["en", "zh"])
    parser.add_argument("--writer", default="templates", choices=("templates", "choose"))
    parser.add_argument("--no-baseline", dest="baseline", action="store_false")
    args = parser.parse_args()
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="tw-copyjobs-") as folder:
        os.environ["TRADEWINDS_HOME"] = folder
        outcome = (run if args.mode == "run" else kill)(args, Path(folder))
    print(json.dumps({
        "mode": args.mode, "products": args.products, "languages": args.languages,
        "writer": args.writer, **outcome,
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "load_before": [round(x, 1) for x in load],
        "load_after": [round(x, 1) for x in os.getloadavg()],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }, ensure_ascii=False, default=str))  # fmt: skip


if __name__ == "__main__":
    main()
