"""What the console's marketing pages wait for on the demo store: the segments list (every
segment's size) and one page of a segment's members with its size, per segment kind.

Protocol: the demo store of ``benchmarks/segments.py`` (seed 7, 730 days: 1,200 customers,
21,578 orders) in SQLite, ``--home`` an existing copy of it (the five ``bench-*`` segments
are (re)defined there), or generated when absent. Timed, ``--repeat`` rounds, median and
max, in the same run:

- baseline: ``count(*)`` of orders;
- the segments list: ``segment_sizes`` (all five);
- a segment's page: ``segment_members(limit=50)`` of each segment (size and first page).

    python benchmarks/segment_pages.py --home /tmp/demo --repeat 3
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
from pathlib import Path

from sqlalchemy import func, select

from segments import _line, _store, _timed, _top_category  # benchmarks/segments.py
from tradewinds.core.errors import NotFound
from tradewinds.marketing import create_segment, delete_segment, segment_members, segment_sizes
from tradewinds.store import resolve_tenant, tenant_session
from tradewinds.store.tables import Order

SEGMENTS = ("bench-best", "bench-lapsed", "bench-new", "bench-spend", "bench-views")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    db, home = _store(args.home, args.days)
    tenant = resolve_tenant(db, "demo")
    for name in SEGMENTS:
        with contextlib.suppress(NotFound):
            delete_segment(db, tenant.id, name)
    category = _top_category(db, tenant.id)
    create_segment(db, tenant.id, "bench-best", "rfm", {"r": [4, 5], "m": [4, 5]})
    create_segment(db, tenant.id, "bench-lapsed", "lapsed", {"days": 90})
    create_segment(db, tenant.id, "bench-new", "new", {"days": 30})
    create_segment(db, tenant.id, "bench-spend", "affinity", {"category": category})
    create_segment(db, tenant.id, "bench-views", "affinity",
                   {"category": category, "measure": "views"})  # fmt: skip
    print(f"{platform.python_version()} on {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"store {home}; affinity category {category!r}")

    def orders() -> int:
        with tenant_session(db, tenant.id) as session:
            return int(session.scalar(select(func.count(Order.id))) or 0)

    times, count = _timed(orders, args.repeat)
    _line("baseline: count(*) of orders", times, f"{count} orders")
    times, sizes = _timed(lambda: segment_sizes(db, tenant.id), args.repeat)
    _line("segments list: segment_sizes (5)", times)
    for size in sizes:
        name = size.segment.name
        times, page = _timed(
            lambda n=name: segment_members(db, tenant.id, n, limit=50), args.repeat
        )
        _line(f"segment page {name} (50 of {page.size.members})", times)
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
