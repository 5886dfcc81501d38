"""Generating the default demo store (target: well under 90 s on a 2-core machine).

Protocol: ``DemoParams()`` defaults (seed 7, 2,000 products, 1,200 customers, 730 days,
events for the last 180 days) generated into a fresh SQLite file and a fresh PostgreSQL
database with ``generate_demo_store``; the per-stage seconds it reports are printed with
the row counts. Baseline measured in the same run: building the same store in memory only
(``build_demo_data``), i.e. what the database work adds.

    python benchmarks/demo_data.py                     # SQLite + embedded PostgreSQL
    python benchmarks/demo_data.py --no-postgres
    python benchmarks/demo_data.py --postgres-url postgresql+psycopg://u:p@host/db

PostgreSQL is found as in ``benchmarks/import_products.py``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from import_products import postgres  # the sibling benchmark's PostgreSQL helper
from tradewinds.demo import DemoParams, build_demo_data, generate_demo_store
from tradewinds.store import open_database


def run(url: str, work: Path, params: DemoParams) -> dict[str, Any]:
    db = open_database(url=url)
    started = time.perf_counter()
    summary = generate_demo_store(db, params, data_dir=work)
    wall = time.perf_counter() - started
    db.dispose()
    return {"wall_s": round(wall, 1), "stages_s": summary.seconds, "counts": summary.counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres-url")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    params = DemoParams(seed=args.seed)
    work = Path(tempfile.mkdtemp(prefix="tw-bench-demo-"))
    started = time.perf_counter()
    build_demo_data(params)
    results: dict[str, Any] = {"in_memory_build_s": round(time.perf_counter() - started, 1)}
    results["sqlite"] = run(f"sqlite:///{work / 'bench.db'}", work, params)
    if not args.no_postgres:
        with postgres(args.postgres_url) as url:
            results["postgresql"] = run(url, work, params)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
