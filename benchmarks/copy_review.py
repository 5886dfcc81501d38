"""The listing-copy review workflow's cost per product (issue 19, part 4).

Protocol: ``--products`` products (default 200) with a few facts each (material,
capacity, a two-sentence description) in a fresh SQLite file (and PostgreSQL with
``--postgres-url``). For every product, in this order, each step in its own transaction as
the CLI and API run them: ``create_draft`` (runs the fact checker), ``approve``,
``publish`` (locks the product, adds a version and the product's fields, signs the AI
label), then ``revert`` to version 1 for every product, and ``shop_copy`` (what a product
page adds) for every product; and, over ``--index-products`` (default 2,000: the demo
store's size) products, building ``catalogue_duplicates``, the near-duplicate index the
CLI and API build for each draft. Baseline in the same run: ``check_copy`` alone on the same
copies, the part of a draft no workflow can avoid. Reports the median and p95 per call
in milliseconds and products per second of the whole draft → publish path.

    PYTHONPATH=src:. python benchmarks/copy_review.py [--products 200] [--index-products 2000]
        [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tradewinds.merchant import (
    ListingCopy,
    approve,
    catalogue_duplicates,
    check_copy,
    create_draft,
    facts_from_product,
    publish,
    revert,
    shop_copy,
)
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.tables import Product, ProductAttribute, Variant
from tradewinds.store.tenants import create_tenant

_MATERIALS = ["Stainless steel", "Aluminium", "Cotton canvas", "Beech wood", "Glass"]


def _seed(db: Database, tenant_id: int, count: int) -> None:
    with tenant_session(db, tenant_id) as session:
        for i in range(count):
            material = _MATERIALS[i % len(_MATERIALS)]
            session.add(
                Product(
                    handle=f"item-{i}", title=f"Item {i}",
                    body_html=f"<p>Made of {material.lower()}.</p><p>Holds {1 + i % 4} L.</p>",
                    attributes=[ProductAttribute(key="material", value=material),
                                ProductAttribute(key="capacity", value=f"{1 + i % 4} L")],
                    variants=[Variant(sku=f"item-{i}", price_minor=1000, currency="USD")],
                )
            )  # fmt: skip


def _copy(i: int) -> ListingCopy:
    material = _MATERIALS[i % len(_MATERIALS)]
    return ListingCopy(
        "en", f"Item {i} in {material.lower()}",
        (f"Holds {1 + i % 4} L", f"{material} body", "Easy to carry"),
        f"A {material.lower()} container for every day.\nHolds {1 + i % 4} litres.",
        seo_title=f"Item {i}, {1 + i % 4} L", meta_description="A container.",
        origin="ai", model="chat",
    )  # fmt: skip


def _timed(step: Callable[[int], Any], count: int) -> list[float]:
    times = []
    for i in range(count):
        start = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 2),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2)}  # fmt: skip


def run(db: Database, count: int) -> dict[str, Any]:
    tenant_id = create_tenant(db, "bench").id
    _seed(db, tenant_id, count)
    with tenant_session(db, tenant_id) as session:
        facts = [facts_from_product(p) for p in session.query(Product).order_by(Product.id)]
    baseline = _timed(lambda i: check_copy(facts[i], _copy(i).text(), "en"), count)
    drafts: dict[int, int] = {}

    def draft(i: int) -> None:
        with tenant_session(db, tenant_id) as session:
            drafts[i] = create_draft(session, f"item-{i}", _copy(i)).id

    def step(action: Callable[..., Any]) -> Callable[[int], None]:
        def one(i: int) -> None:
            with tenant_session(db, tenant_id) as session:
                action(session, drafts[i])

        return one

    def back(i: int) -> None:
        with tenant_session(db, tenant_id) as session:
            revert(session, f"item-{i}", 1)

    def page(i: int) -> None:
        with tenant_session(db, tenant_id) as session:
            shop_copy(session, i + 1, "en")

    results = {"check_copy (baseline)": baseline, "create_draft": _timed(draft, count),
               "approve": _timed(step(approve), count), "publish": _timed(step(publish), count),
               "revert": _timed(back, count), "shop_copy": _timed(page, count)}  # fmt: skip
    path = sum(sum(results[k]) for k in ("create_draft", "approve", "publish")) / 1000
    return {
        "products": count,
        **{name: _summary(times) for name, times in results.items()},
        "draft_to_publish_products_per_s": round(count / path, 1),
    }


def index_cost(db: Database, count: int) -> dict[str, float]:
    """Seconds to build the near-duplicate index over ``count`` products (3 runs)."""
    tenant_id = create_tenant(db, "index").id
    _seed(db, tenant_id, count)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        with tenant_session(db, tenant_id) as session:
            catalogue_duplicates(session)
        times.append(time.perf_counter() - start)
    return {"products": count, "median_s": round(statistics.median(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--index-products", type=int, default=2000)
    parser.add_argument("--postgres-url", help="An empty PostgreSQL database to use too.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(url=f"sqlite:///{Path(folder) / 'bench.db'}")
        result = {"sqlite": run(db, args.products)}
        result["sqlite"]["catalogue_duplicates"] = index_cost(db, args.index_products)
        print(json.dumps(result, indent=1))
        db.dispose()
    if args.postgres_url:
        db = open_database(url=args.postgres_url)
        print(json.dumps({"postgresql": run(db, args.products)}, indent=1))
        db.dispose()


if __name__ == "__main__":
    main()
