"""Recommendations on the demo store: training time and per-request serving latency.

Protocol: the default demo store (seed 7) generated into a fresh SQLite file (or an existing
database given with ``--url``); the tenant's model trained once (timed); then for each slot,
``--requests`` requests (default 200) over shoppers and products drawn with a fixed seed:
customers with history for ``for_you``/``campaign``, products for ``bought_together`` and
``similar``, two-product carts for ``complete_the_set``. Latency is wall time of
``recommend()`` in process, the model already loaded, the shopper's history read from the
database on every request. Baseline in the same run: the same requests for popular products
only (``for_you`` with no shopper), the cheapest request the service serves.
Real time without retraining: for 50 customers, a view event of a random product is written
between two requests; reported: how many next lists changed, and how many name the viewed
product in a reason (a product with no neighbours, or only unbuyable ones, is named by none).

    python benchmarks/recommend_serving.py
    python benchmarks/recommend_serving.py --url sqlite:////path/tradewinds.db --tenant demo
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tradewinds.core.settings import RecommendSettings
from tradewinds.demo import DemoParams, generate_demo_store
from tradewinds.recommend import recommend, train
from tradewinds.store import open_database, system_session, tenant_session
from tradewinds.store.tables import EventKind, InteractionEvent, Order, Product, Tenant


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="An existing database (default: a fresh demo store).")
    parser.add_argument("--tenant", default="demo")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tw-bench-rec-"))
    url = args.url or f"sqlite:///{work / 'bench.db'}"
    db = open_database(url=url)
    if args.url is None:
        generate_demo_store(db, DemoParams(seed=7), data_dir=work, tenant=args.tenant)
    with system_session(db) as session:
        tenant = session.scalars(select(Tenant).where(Tenant.slug == args.tenant)).one()
    started = time.perf_counter()
    model = train(db, tenant.id)
    train_s = time.perf_counter() - started
    rng = random.Random(args.seed)
    with tenant_session(db, tenant.id) as session:
        customers = list(session.scalars(
            select(Order.customer_id).where(Order.customer_id.is_not(None))
            .group_by(Order.customer_id).having(func.count() > 1)
        ))  # fmt: skip
        products = list(session.scalars(select(Product.id).where(Product.published)))
    config = RecommendSettings(retrain_after_s=0)
    calls: dict[str, list[dict[str, Any]]] = {
        "popular (baseline)": [{"slot": "for_you"}] * args.requests,
        "for_you": [{"slot": "for_you", "customer_id": rng.choice(customers)}
                    for _ in range(args.requests)],
        "bought_together": [{"slot": "bought_together", "product_id": rng.choice(products)}
                            for _ in range(args.requests)],
        "similar": [{"slot": "similar", "product_id": rng.choice(products)}
                    for _ in range(args.requests)],
        "complete_the_set": [{"slot": "complete_the_set", "cart": rng.sample(products, 2)}
                             for _ in range(args.requests)],
        "campaign": [{"slot": "campaign", "customer_id": rng.choice(customers),
                      "category": "Sporting Goods"} for _ in range(args.requests)],
    }  # fmt: skip
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "date": datetime.now(UTC).date().isoformat(),
        "store": {"products": len(model.items), "customers": model.customers,
                  "orders": model.orders},
        "train_s": round(train_s, 1),
    }  # fmt: skip
    for name, kwargs_list in calls.items():
        samples = []
        for kwargs in kwargs_list:
            t0 = time.perf_counter()
            recommend(db, tenant.id, limit=10, model=model, settings=config, **kwargs)
            samples.append(time.perf_counter() - t0)
        results[name] = _ms(samples)
    named = changed = 0
    trials = min(50, len(customers))
    for customer in rng.sample(customers, trials):
        product = rng.choice(products)
        before = recommend(db, tenant.id, slot="for_you", customer_id=customer, model=model,
                           settings=config)  # fmt: skip
        with tenant_session(db, tenant.id) as session:
            session.add(InteractionEvent(kind=EventKind.VIEW, product_id=product,
                                         customer_id=customer))  # fmt: skip
        recs = recommend(db, tenant.id, slot="for_you", customer_id=customer, model=model,
                         settings=config)  # fmt: skip
        named += any(item.reason.product_id == product for item in recs.items)
        changed += [i.product_id for i in recs.items] != [i.product_id for i in before.items]
    results["real_time"] = {"views": trials, "next_list_names_the_view": named,
                            "next_list_changed": changed}  # fmt: skip
    print(json.dumps(results, indent=2))
    db.dispose()


if __name__ == "__main__":
    main()
