"""Listing-copy generation over the demo store (issue 19): ``bench copy`` with the
templates alone and with the embedded model, and whether the embedded model's choice
of phrasing follows the phrasings' content or their order.

Usage::

    python benchmarks/copy_generation.py catalogue OUT.csv        # the demo store's 2,000 products
    tradewinds bench copy --catalog OUT.csv --out COPIES.jsonl --writer templates
    python benchmarks/copy_generation.py choice OUT.csv --products 20

``choice`` asks the configured copy model (through the gateway, as generation does) to
choose among a tone's opening sentences twice per product, in the templates' order and
reversed. A model that reads the options picks the same sentence both times; one that
follows the order picks the same position. Results: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path


def write_catalogue(out: Path, seed: int, products: int) -> None:
    """The demo store's catalogue (``tradewinds demo-data`` defaults) as a Shopify CSV."""
    from tradewinds.demo import write_products_csv
    from tradewinds.demo.catalog import generate_catalog
    from tradewinds.demo.generate import DemoParams, _rng

    params = DemoParams(seed=seed, products=products)
    start = datetime.combine(params.first_day, clock(), UTC)
    items = generate_catalog(_rng(params, "catalogue"), products, days=params.days, start=start)
    write_products_csv(items, out)


def measure_choice(catalogue: Path, count: int, tone: str) -> dict[str, object]:
    """Same sentence / same position / neither over ``count`` products, both orders."""
    from sqlalchemy import select

    from tradewinds.core.settings import get_settings
    from tradewinds.merchant import _copy_en
    from tradewinds.merchant._model_copy import choose_opening
    from tradewinds.merchant._source import CopySource
    from tradewinds.merchant.batch import imported_catalog
    from tradewinds.merchant.generate import copy_purpose
    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product

    settings = get_settings()
    purpose = copy_purpose(settings)
    outcome: Counter[str] = Counter()
    positions: Counter[int] = Counter()
    started = time.perf_counter()
    with imported_catalog(catalogue, settings) as (db, tenant_id):
        with tenant_session(db, tenant_id) as session:
            products = session.scalars(select(Product).order_by(Product.id)).unique().all()
            step = max(1, len(products) // count)
            sources = [CopySource.of(p) for p in products[::step][:count]]
        for source in sources:
            openings = [_copy_en.intro(source, tone, i) for i in range(len(_copy_en.INTROS[tone]))]
            first, _ = choose_opening(
                db, tenant_id, source, openings, purpose=purpose, settings=settings
            )
            backwards, _ = choose_opening(
                db, tenant_id, source, openings[::-1], purpose=purpose, settings=settings
            )
            positions.update([first, backwards])
            second = len(openings) - 1 - backwards
            same_sentence, same_position = first == second, first == backwards
            outcome["same sentence"] += same_sentence and not same_position
            outcome["same position"] += same_position and not same_sentence
            outcome["both (middle option)"] += same_sentence and same_position
            outcome["neither"] += not same_sentence and not same_position
    seconds = time.perf_counter() - started
    spec = settings.models[purpose]
    return {
        "model": f"models.{purpose}: {spec.backend} {spec.model}",
        "products": len(sources),
        "tone": tone,
        "outcomes": dict(outcome),
        "positions_chosen": {str(k + 1): v for k, v in sorted(positions.items())},
        "seconds_per_choice": round(seconds / max(1, 2 * len(sources)), 2),
        "load_average": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cat = sub.add_parser("catalogue", help="write the demo store's catalogue as a Shopify CSV")
    cat.add_argument("out", type=Path)
    cat.add_argument("--seed", type=int, default=7)
    cat.add_argument("--products", type=int, default=2000)
    choice = sub.add_parser("choice", help="does the model choose by content or by order?")
    choice.add_argument("catalogue", type=Path)
    choice.add_argument("--products", type=int, default=20)
    choice.add_argument("--tone", default="friendly")
    args = parser.parse_args()
    if args.command == "catalogue":
        write_catalogue(args.out, args.seed, args.products)
        print(json.dumps({"catalogue": str(args.out), "products": args.products}))
    else:
        json.dump(measure_choice(args.catalogue, args.products, args.tone), sys.stdout)
        print()


if __name__ == "__main__":
    main()
