"""Server time of every console page on the demo store (target: p95 ≤ 200 ms per page,
the dashboard over two years of orders included), with a baseline in the same run.

Protocol: the demo store (seed 7, ``--days`` of orders, default 730 = two years) in a fresh
SQLite home, or the store of an existing ``--home`` (migrated first). A staff owner
(``bench-owner@example.test``, added if missing) signs in through the form. Every GET
route under ``/admin`` is read from the app's router, as the isolation test does; path
parameters are filled from the demo data (a route with a parameter this script does not
know is listed as skipped, so a new page is covered as soon as it gets a line in ``_ids``).
The dashboard is also timed over the last 90 days of the data and over the whole history
(``range=custom``). Pages are requested in-process (FastAPI's TestClient, no network), one
warm-up each, then ``--repeat`` rounds in which every page is requested once (so load
noise falls on all pages alike); the time is the client's, from request to full body.
Baseline, timed the same way in the same rounds: ``GET /api/v1/products`` (the REST API's
first page of products) and ``/healthz``.

    python benchmarks/console.py                          # generate a store, 30 rounds
    python benchmarks/console.py --home ~/.tradewinds --repeat 50
    python benchmarks/console.py --days 365 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.demo import DemoParams, generate_demo_store
from tradewinds.reports import shop_zone
from tradewinds.staff import COMMAND_LINE, add_staff, list_staff, set_password
from tradewinds.store import Database, open_database, resolve_tenant, tenant_session
from tradewinds.store.tables import CopyDraft, Customer, Order, Product, Variant
from tradewinds.web.admin.console import LOGIN, console_routes

OWNER, PASSWORD = "bench-owner@example.test", "benchmark password 1"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _store(home: Path | None, days: int, slug: str) -> tuple[Database, Path]:
    if home is not None and (home / "tradewinds.db").exists():
        return open_database(url=f"sqlite:///{home / 'tradewinds.db'}"), home
    home = home or Path(tempfile.mkdtemp(prefix="tw-bench-console-"))
    home.mkdir(parents=True, exist_ok=True)
    db = open_database(url=f"sqlite:///{home / 'tradewinds.db'}")
    started = time.perf_counter()
    generate_demo_store(db, DemoParams(days=days), data_dir=home / "demo", tenant=slug)
    print(f"demo store ({days} days) generated in {time.perf_counter() - started:.1f} s: {home}")
    return db, home


def _ids(db: Database, tenant_id: int) -> dict[str, str]:
    """A value of the demo store's for each path parameter a console page may have."""
    with tenant_session(db, tenant_id) as session:
        first = {
            "product_id": session.scalar(select(func.min(Product.id))),
            "variant_id": session.scalar(select(func.min(Variant.id))),
            "order_id": session.scalar(select(func.max(Order.id))),
            "customer_id": session.scalar(select(func.min(Customer.id))),
            # AI tools: a product's versions by handle; a copy draft when the demo has one
            "handle": session.scalar(select(func.min(Product.handle))),
            "draft_id": session.scalar(select(func.min(CopyDraft.id))),
        }
    member = next(m.id for m in list_staff(db, tenant_id) if m.email == OWNER)
    return {k: str(v) for k, v in {**first, "member_id": member}.items() if v is not None}


def _owner(db: Database, tenant_id: int) -> None:
    if any(m.email == OWNER for m in list_staff(db, tenant_id)):
        set_password(db, tenant_id, OWNER, PASSWORD, COMMAND_LINE)
    else:
        add_staff(db, tenant_id, OWNER, PASSWORD, "owner", COMMAND_LINE)


def _history(db: Database, tenant_id: int, zone: str) -> tuple[str, str]:
    """The first and last local days with orders."""
    with tenant_session(db, tenant_id) as session:
        low, high = session.execute(
            select(func.min(Order.created_at), func.max(Order.created_at))
        ).one()
    tz = shop_zone(zone)
    return low.astimezone(tz).date().isoformat(), high.astimezone(tz).date().isoformat()


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, help="a Tradewinds home with tradewinds.db")
    parser.add_argument("--days", type=int, default=730, help="days of orders to generate")
    parser.add_argument("--tenant", default="demo")
    parser.add_argument("--repeat", type=int, default=30, help="timed rounds")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from fastapi.testclient import TestClient

    db, home = _store(args.home, args.days, args.tenant)
    tenant = resolve_tenant(db, args.tenant)
    _owner(db, tenant.id)
    ids = _ids(db, tenant.id)
    first, last = _history(db, tenant.id, tenant.timezone)
    settings = load_settings(default_tenant=args.tenant, home=home)
    app = create_app(settings, db)
    pages: dict[str, str] = {}
    skipped: list[str] = []
    for route in console_routes(app.routes):
        if "GET" not in (route.methods or ()):
            continue
        missing = set(route.param_convertors) - set(ids)
        if missing:
            skipped.append(f"{route.path} (no value for {', '.join(sorted(missing))})")
            continue
        pages[route.path] = route.path.format(**ids)
    pages["/admin (last 90 days of the data)"] = (
        f"/admin?range=custom&from={_shift(last, -89)}&to={last}"
    )
    pages[f"/admin (whole history, {first} to {last})"] = (
        f"/admin?range=custom&from={first}&to={last}"
    )
    baselines = {
        "baseline: GET /api/v1/products": "/api/v1/products",
        "baseline: /healthz": "/healthz",
    }
    timings: dict[str, list[float]] = {name: [] for name in [*pages, *baselines]}
    anonymous = TestClient(app, headers={"Accept": "text/html"})  # the sign-in page's reader
    with TestClient(app, headers={"Accept": "text/html"}) as client:
        login = client.get("/admin/login")
        token = _CSRF.search(login.text)
        assert token, "no CSRF token on the sign-in page"
        form = {"csrf_token": token[1], "email": OWNER, "password": PASSWORD}
        answer = client.post("/admin/login", data=form, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        api = {"X-Tenant": args.tenant, "Accept": "application/json"}
        targets = [(n, u, anonymous if u == LOGIN else client, None) for n, u in pages.items()]
        targets += [(n, u, client, api) for n, u in baselines.items()]
        ready = []
        for target in targets:  # warm-up; a page that does not answer 200 is listed apart
            name, url, reader, headers = target
            status = reader.get(url, headers=headers, follow_redirects=False).status_code
            if status == 200:
                ready.append(target)
            elif headers is not None:
                raise SystemExit(f"{name}: {url} answered {status}")  # a baseline must work
            else:  # e.g. the purchase order before any forecast run (409)
                skipped.append(f"{url} (answered {status} on this store)")
                del timings[name]
        targets = ready
        load_before = os.getloadavg()
        for _ in range(args.repeat):
            for name, url, reader, headers in targets:
                started = time.perf_counter()
                reader.get(url, headers=headers, follow_redirects=False)
                timings[name].append(time.perf_counter() - started)
        load_after = os.getloadavg()
    results = {name: _summary(samples) for name, samples in timings.items()}
    report: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="minutes"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "load_average": {
            "before": [round(x, 2) for x in load_before],
            "after": [round(x, 2) for x in load_after],
        },
        "rounds": args.repeat,
        "history": [first, last],
        "pages": results,
        "skipped": skipped,
    }
    width = max(len(n) for n in results)
    print(f"{'page':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}")
    for name, r in results.items():
        flag = "" if name.startswith("baseline") or r["p95_ms"] <= 200 else "  > 200 ms"
        print(f"{name:<{width}}  {r['p50_ms']:>8}  {r['p95_ms']:>8}{flag}")
    for line in skipped:
        print(f"skipped: {line}")
    print(json.dumps({k: v for k, v in report.items() if k != "pages"}))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    db.dispose()


def _shift(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


if __name__ == "__main__":
    main()
