"""Customer segments and campaigns on the demo store: how long sizes, members, campaign
creation and the CSV export take, with a baseline measured in the same run.

Protocol: the demo store (seed 7, ``--days`` of orders, default 730) in a fresh SQLite
home, or the store of an existing ``--home``. Five segments are defined (RFM best
customers, lapsed 90 days, new 30 days, spend affinity to the top-level category with the
most revenue, view affinity to the same). Timed, ``--repeat`` rounds, median and max:

- ``segment_sizes`` (all five sizes and revenues: one aggregate query each);
- ``segment_members`` of each segment, every member (``limit=None``);
- baseline: the RFM table computed in Python from every order's customer, total and date
  (the loop the SQL aggregates replace), and one ``count(*)`` of orders;
- ``create_campaign`` (2 variants, en+zh, 3 picks; the recommender trained once before,
  untimed) and ``export_csv`` of the largest segment's campaign.

    python benchmarks/segments.py                       # generate a store, 5 rounds
    python benchmarks/segments.py --home /tmp/demo --repeat 10
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tradewinds.core.errors import NotFound
from tradewinds.core.settings import RecommendSettings
from tradewinds.demo import DemoParams, generate_demo_store
from tradewinds.marketing import (
    create_campaign,
    create_segment,
    delete_campaign,
    delete_segment,
    export_csv,
    segment_members,
    segment_sizes,
)
from tradewinds.recommend import train_and_store
from tradewinds.store import Database, open_database, resolve_tenant, tenant_session
from tradewinds.store.tables import Category, Customer, Order, OrderLine, Product, Variant

SEGMENTS = ("bench-best", "bench-lapsed", "bench-new", "bench-spend", "bench-views")


def _store(home: Path | None, days: int) -> tuple[Database, Path]:
    if home is not None and (home / "tradewinds.db").exists():
        return open_database(url=f"sqlite:///{home / 'tradewinds.db'}"), home
    home = home or Path(tempfile.mkdtemp(prefix="tw-bench-segments-"))
    home.mkdir(parents=True, exist_ok=True)
    db = open_database(url=f"sqlite:///{home / 'tradewinds.db'}")
    generate_demo_store(db, DemoParams(days=days), data_dir=home / "demo", tenant="demo")
    return db, home


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def _line(name: str, times: list[float], note: str = "") -> None:
    print(f"{name:44} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms  {note}")


def _top_category(db: Database, tenant_id: int) -> str:
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(Category.path, func.sum(OrderLine.quantity * OrderLine.price_minor))
            .select_from(OrderLine)
            .join(Variant, Variant.id == OrderLine.variant_id)
            .join(Product, Product.id == Variant.product_id)
            .join(Category, Category.id == Product.category_id)
            .group_by(Category.path)
        ).all()
    totals: dict[str, int] = {}
    for path, amount in rows:
        top = path.split(" > ")[0]
        totals[top] = totals.get(top, 0) + int(amount or 0)
    return max(totals, key=lambda k: totals[k])


def _python_rfm(db: Database, tenant_id: int) -> int:
    """Baseline: every order's (customer, total, date) read, the RFM table built in a
    Python loop (the columns only, not ORM objects: the fair version of that loop)."""
    per: dict[int, list[Any]] = {}
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(Order.customer_id, Order.total_minor, Order.created_at).where(
                Order.customer_id.is_not(None)
            )
        )
        for customer, total, at in rows:
            row = per.setdefault(customer, [0, 0, at])
            row[0] += 1
            row[1] += total
            row[2] = max(row[2], at)
    scores = {}
    for index in range(3):
        ranked = sorted(per, key=lambda c: per[c][index])
        scores[index] = {c: 1 + 5 * i // len(ranked) for i, c in enumerate(ranked)}
    return len(scores[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db, home = _store(args.home, args.days)
    tenant = resolve_tenant(db, "demo")
    with tenant_session(db, tenant.id) as session:
        orders = session.scalar(select(func.count()).select_from(Order))
        customers = session.scalar(select(func.count()).select_from(Customer))
    print(
        f"{platform.node()} {platform.processor() or platform.machine()} {os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.2f}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )
    print(f"demo store: {customers} customers, {orders} orders ({home})")
    for name in SEGMENTS:
        with contextlib.suppress(NotFound):  # not there yet
            delete_segment(db, tenant.id, name)
    category = _top_category(db, tenant.id)
    create_segment(db, tenant.id, "bench-best", "rfm", {"r": [4, 5], "m": [4, 5]})
    create_segment(db, tenant.id, "bench-lapsed", "lapsed", {"days": 90})
    create_segment(db, tenant.id, "bench-new", "new", {"days": 30})
    create_segment(db, tenant.id, "bench-spend", "affinity", {"category": category})
    create_segment(
        db, tenant.id, "bench-views", "affinity", {"category": category, "measure": "views"}
    )

    def count() -> int:
        with tenant_session(db, tenant.id) as session:
            return int(session.scalar(select(func.count()).select_from(Order)) or 0)

    times, _ = _timed(count, args.repeat)
    _line("baseline: count(*) of orders", times)
    times, n = _timed(lambda: _python_rfm(db, tenant.id), args.repeat)
    _line("baseline: RFM in a Python loop over orders", times, f"{n} customers")
    times, sizes = _timed(lambda: segment_sizes(db, tenant.id), args.repeat)
    _line("segment_sizes (5 segments)", times)
    for size in sizes:
        if size.segment.name in SEGMENTS:
            times, _ = _timed(
                lambda s=size: segment_members(db, tenant.id, s.segment.name, limit=None),
                args.repeat,
            )
            _line(f"segment_members {size.segment.name} (all)", times, f"{size.members} members")
    largest = max((s for s in sizes if s.segment.name in SEGMENTS), key=lambda s: s.members)
    settings = RecommendSettings(retrain_after_s=0)
    train_and_store(db, tenant.id, home=home)
    for run in range(args.repeat):
        with contextlib.suppress(NotFound):  # first round
            delete_campaign(db, tenant.id, "bench-campaign")
        started = time.perf_counter()
        create_campaign(
            db,
            tenant.id,
            "bench-campaign",
            largest.segment.name,
            variants={"a": 1, "b": 1},
            recommend_settings=settings,
            home=home,
        )
        made = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        text = export_csv(db, tenant.id, "bench-campaign")
        exported = (time.perf_counter() - started) * 1000
        print(
            f"round {run + 1}: create_campaign {made:7.1f} ms, export_csv {exported:7.1f} ms "
            f"({text.count(chr(10)) - 1} recipients of {largest.segment.name})"
        )
    print(f"load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
