"""Generating the whole demo store: parameters, the in-memory build, and loading a tenant.

Reproducible by construction: every stage draws from its own ``random.Random`` seeded with
``"tradewinds-demo/<seed>/<stage>"`` (string seeds hash the same in every process), the
history ends on a fixed date rather than today, and nothing reads the clock. The same
seed and sizes give a byte-identical ``products.csv`` and identical rows.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from random import Random
from time import perf_counter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, TradewindsError
from tradewinds.demo import load
from tradewinds.demo.catalog import CATEGORIES, DemoProduct, generate_catalog
from tradewinds.demo.demand import Promotion, promotions
from tradewinds.demo.events import DemoEvent, simulate_events
from tradewinds.demo.images import draw_demo_images, drawing_alongside
from tradewinds.demo.metro import SEATTLE, Metro
from tradewinds.demo.orders import DemoOrder, simulate_orders, stock_levels
from tradewinds.demo.people import DemoCustomer, generate_customers
from tradewinds.demo.shopify_csv import write_products_csv
from tradewinds.store.db import Database
from tradewinds.store.importers import import_products
from tradewinds.store.media import MediaStore
from tradewinds.store.session import tenant_session
from tradewinds.store.tables import Category, Depot, Tenant, Variant, Vehicle
from tradewinds.store.tenants import get_or_create_tenant

log = logging.getLogger(__name__)

DEFAULT_END_DATE = date(2026, 10, 31)
DEMO_NOW_LOCAL = time(17, 0)  # the demo's "now" is 5 pm on the last day
DEMO_STORE_NAME = "Tradewinds Demo Store (Seattle)"

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; ``total`` is 0 when a stage has no count."""


@dataclass(frozen=True)
class DemoParams:
    """Sizes and seed of the demo store."""

    seed: int = 7
    products: int = 2000
    customers: int = 1200
    days: int = 730
    event_days: int = 180  # interaction events cover the most recent days only (<= days)
    end_date: date = DEFAULT_END_DATE

    def __post_init__(self) -> None:
        minimum = 2 * len(CATEGORIES)
        if not minimum <= self.products <= 100_000:
            raise InvalidInput(f"Expected products in [{minimum}, 100000] (two per category).")
        if not 10 <= self.customers <= 1_000_000:
            raise InvalidInput("Expected customers in [10, 1000000].")
        if not 28 <= self.days <= 3660:
            raise InvalidInput("Expected days in [28, 3660] (four weeks to ten years).")
        if not 0 <= self.event_days <= 3660:
            raise InvalidInput("Expected event_days in [0, 3660] (capped at days).")

    @property
    def first_day(self) -> date:
        return self.end_date - timedelta(days=self.days - 1)


@dataclass
class DemoData:
    """The whole store in memory, before it touches a database."""

    params: DemoParams
    metro: Metro
    as_of: datetime
    promotions: list[Promotion]
    products: list[DemoProduct]
    customers: list[DemoCustomer]
    orders: list[DemoOrder]
    events: list[DemoEvent]


@dataclass
class DemoSummary:
    """What ``generate_demo_store`` made, and how long each stage took."""

    tenant: str
    tenant_id: int
    seed: int
    first_day: date
    last_day: date
    demo_now: datetime
    products_csv: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # the tenant already held exactly this store; nothing was written

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["first_day"] = self.first_day.isoformat()
        data["last_day"] = self.last_day.isoformat()
        data["demo_now"] = self.demo_now.isoformat()
        return data


def _rng(params: DemoParams, stage: str) -> Random:
    return Random(f"tradewinds-demo/{params.seed}/{stage}")


def build_demo_data(params: DemoParams, metro: Metro = SEATTLE) -> DemoData:
    """Generate the catalogue, customers, orders and events in memory (no database)."""
    tz = ZoneInfo(metro.timezone)
    first_day = params.first_day
    start = datetime.combine(first_day, time(), tz).astimezone(UTC)
    as_of = datetime.combine(params.end_date, DEMO_NOW_LOCAL, tz).astimezone(UTC)
    promos = promotions(first_day, params.end_date)
    products = generate_catalog(_rng(params, "catalogue"), params.products, days=params.days,
                                start=start)  # fmt: skip
    customers = generate_customers(_rng(params, "customers"), params.customers, metro,
                                   days=params.days, start=start)  # fmt: skip
    orders = simulate_orders(_rng(params, "orders"), products, customers, first_day=first_day,
                             days=params.days, as_of=as_of, tz=tz, promos=promos)  # fmt: skip
    stock_levels(_rng(params, "stock"), products, orders, as_of)
    events = simulate_events(_rng(params, "events"), products, customers, orders,
                             first_day=first_day, days=params.days,
                             event_days=params.event_days, as_of=as_of, tz=tz)  # fmt: skip
    return DemoData(params, metro, as_of, promos, products, customers, orders, events)


def _demo_tenant(db: Database, slug: str, metro: Metro) -> Tenant:
    tenant = get_or_create_tenant(db, slug, name=DEMO_STORE_NAME, currency=metro.currency,
                                  timezone=metro.timezone)  # fmt: skip
    if tenant.currency != metro.currency:
        raise InvalidInput(
            f"tenant {slug!r} keeps prices in {tenant.currency}, but the demo store is priced "
            f"in {metro.currency}; use another --tenant (a new one is created)"
        )
    return tenant


def generate_demo_store(db: Database, params: DemoParams, *, data_dir: Path,
                        tenant: str = "demo", replace: bool = False,
                        progress: Progress | None = None,
                        media: MediaStore | None = None) -> DemoSummary:  # fmt: skip
    """Generate the demo store into ``tenant`` (created if missing).

    Products are written to ``data_dir/products.csv`` in Shopify's layout and loaded with the
    Shopify-CSV importer; everything else is bulk-inserted (see :mod:`tradewinds.demo.load`).
    Product images are media URLs; with a ``media`` store their pictures are drawn into it
    (:mod:`tradewinds.demo.images`), without one the pages show broken images.

    Running twice never duplicates anything. If the tenant already holds exactly this demo
    store (same seed and sizes) nothing is written and the summary says ``unchanged``. If it
    holds anything else (products, customers, orders or depots), it is refused with
    :class:`~tradewinds.core.errors.Conflict` unless ``replace`` is true, which wipes the
    tenant's store data first. If loading fails half-way, what was loaded is wiped again, so
    a rerun starts clean.
    """
    say: Progress = progress or (lambda stage, done, total: None)
    clock = _Clock()
    metro = SEATTLE
    row = _demo_tenant(db, tenant, metro)
    say("generate", 0, 0)
    data = build_demo_data(params, metro)
    clock.lap("generate")
    summary = DemoSummary(
        tenant=tenant, tenant_id=row.id, seed=params.seed, first_day=params.first_day,
        last_day=params.end_date, demo_now=data.as_of,
        products_csv=str(data_dir / "products.csv"), seconds=clock.laps,
    )  # fmt: skip
    with tenant_session(db, row.id) as session:
        existing = load.existing_rows(session)
        if any(existing.values()):
            if not replace and load.holds_store(session, data.products, data.customers,
                                                data.orders):  # fmt: skip
                summary.unchanged = True
                summary.counts = _counts(data, session)
                if media is not None:  # the pictures may have been deleted since
                    summary.counts["images"] = draw_demo_images(
                        data.products, media, row.id, only_missing=True
                    )
                return summary
            if not replace:
                found = ", ".join(f"{n:,} {name}" for name, n in existing.items() if n)
                raise Conflict(
                    f"tenant {tenant!r} already has other data ({found}); rerun with "
                    "--replace to wipe it and generate the demo store, or pick another --tenant"
                )
            say("wipe", 0, 0)
            load.wipe(session, row.id)
    clock.lap("wipe")
    with ExitStack() as stack:
        pictures = None  # drawn in a second process while the store loads
        if media is not None:
            pictures = stack.enter_context(drawing_alongside(data.products, media, row.id))
        _write_and_load(db, row.id, tenant, data, summary, say, clock)
        if pictures is not None:
            say("images", 0, 0)
            summary.counts["images"] = pictures()
            clock.lap("images")  # what was left to wait for after the load
    return summary


def _write_and_load(db: Database, tenant_id: int, tenant: str, data: DemoData,
                    summary: DemoSummary, say: Progress, clock: _Clock) -> None:  # fmt: skip
    """Write products.csv, import it, and bulk-load the rest; wipe the tenant on failure."""
    csv_path = Path(summary.products_csv)
    csv_rows = write_products_csv(data.products, csv_path)
    clock.lap("write_csv")

    def importing(done: int, total: int) -> None:
        say("import products", done, total)

    report = import_products(db, tenant_id, csv_path, format="shopify", progress=importing)
    clock.lap("import_products")
    try:
        summary.counts = _load(db, tenant_id, data, say, clock)
    except BaseException:
        log.warning("demo store load failed; wiping tenant %s so a rerun starts clean", tenant)
        with tenant_session(db, tenant_id) as session:
            load.wipe(session, tenant_id)
        raise
    summary.counts.update(csv_rows=csv_rows, products_imported=report.created + report.updated)


def _load(db: Database, tenant_id: int, data: DemoData, say: Progress,
          clock: _Clock) -> dict[str, int]:  # fmt: skip
    currency = data.metro.currency
    with tenant_session(db, tenant_id) as session:
        ids = load.fix_up_catalogue(session, data.products)
        missing = [v.sku for p in data.products for v in p.variants if v.sku not in ids["variants"]]
        if missing:
            raise TradewindsError(
                f"the Shopify importer did not create {len(missing)} variant(s) of the demo "
                f"catalogue (first: {missing[0]}); this is a bug, please report it"
            )
        clock.lap("fix_up_catalogue")
        customers = _ticker(say, "customers", len(data.customers))
        customer_ids = load.insert_customers(session, tenant_id, data.customers, customers)
        clock.lap("customers")
        rows = sum(1 + len(o.lines) + len(o.history) for o in data.orders)
        order_ids = load.insert_orders(
            session, tenant_id, data.orders, data.products, data.customers, customer_ids,
            ids["variants"], currency, _ticker(say, "orders", rows),
        )  # fmt: skip
        clock.lap("orders")
        load.insert_events(
            session, tenant_id, data.events, data.products, ids["products"], ids["variants"],
            customer_ids, order_ids, _ticker(say, "events", len(data.events)),
        )  # fmt: skip
        clock.lap("events")
        load.insert_fleet(session, tenant_id, data.metro)
        counts = _counts(data, session)
    clock.lap("commit")
    db.refresh_statistics()
    clock.lap("statistics")
    return counts


def _counts(data: DemoData, session: Session) -> dict[str, int]:
    kinds = Counter(e.kind for e in data.events)
    return {
        "products": len(data.products),
        "variants": session.scalar(select(func.count()).select_from(Variant)) or 0,
        "categories": session.scalar(select(func.count()).select_from(Category)) or 0,
        "leaf_categories": len({p.category.path for p in data.products}),
        "customers": len(data.customers), "orders": len(data.orders),
        "order_lines": sum(len(o.lines) for o in data.orders),
        "status_changes": sum(len(o.history) for o in data.orders),
        "events": len(data.events), "views": kinds["view"],
        "add_to_carts": kinds["add_to_cart"], "purchases": kinds["purchase"],
        "searches": kinds["search"],
        "depots": session.scalar(select(func.count()).select_from(Depot)) or 0,
        "vehicles": session.scalar(select(func.count()).select_from(Vehicle)) or 0,
    }  # fmt: skip


def _ticker(say: Progress, stage: str, total: int) -> Callable[[int], None]:
    done = 0
    say(stage, 0, total)

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        say(stage, done, total)

    return tick


class _Clock:
    def __init__(self) -> None:
        self.started = self.last = perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = perf_counter()
        self.laps.pop("total", None)
        self.laps[name] = round(now - self.last, 3)
        self.laps["total"] = round(now - self.started, 3)
        self.last = now
