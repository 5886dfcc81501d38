"""Importing products: Shopify CSV or JSON Lines into a tenant's catalogue, as an upsert.

Products are matched by handle and variants by SKU (variants without a SKU by their
option values), so importing a file twice changes nothing and a changed price updates
in place, keeping variant ids stable for orders that point at them. The file is the truth
for the products it contains: their options, tags, attributes, images and variants become
exactly the file's. Products not in the file are untouched. Everything happens in one
transaction, with set-based statements (see ``_bulk``); ``dry_run`` rolls it back (a check
that counts exactly what an import would do), ``before_commit`` lets the caller add its own
rows to it (the console's audit record).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.db import Database
from tradewinds.store.importers._bulk import (
    chunked,
    delete_in,
    insert_returning,
    insert_rows,
    select_in,
    update_rows,
)
from tradewinds.store.importers._catalog_state import VARIANT_FIELDS, CatalogState, variant_values
from tradewinds.store.importers._jsonl import read_jsonl_products
from tradewinds.store.importers._pipeline import parse_file, settle, tenant_settings
from tradewinds.store.importers._shopify_products import read_shopify_products
from tradewinds.store.importers._source import SourceItem
from tradewinds.store.importers.records import ProductRecord, price_minor
from tradewinds.store.importers.report import ImportReport, ProgressCallback
from tradewinds.store.session import tenant_session
from tradewinds.store.tables import (
    Category,
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductTag,
    Variant,
)

Item = SourceItem[ProductRecord]
BeforeCommit = Callable[[Session, ImportReport], None]
"""Called as ``before_commit(session, report)`` inside the import's transaction."""
BATCH = 1000
"""Products written per round of statements (and per progress callback)."""
_CHILD_TABLES = (ProductOption, ProductTag, ProductAttribute, ProductImage)


def import_products(
    db: Database,
    tenant_id: int,
    path: Path,
    *,
    format: str = "auto",
    skip_invalid: bool = False,
    progress: ProgressCallback | None = None,
    dry_run: bool = False,
    before_commit: BeforeCommit | None = None,
) -> ImportReport:
    """Import a Shopify product CSV export or a JSON Lines file into ``tenant_id``'s store.

    Parameters
    ----------
    db, tenant_id
        Where to import; prices are read in the tenant's currency.
    path
        The file. ``format="auto"`` picks by suffix (``.csv``, ``.jsonl``), then content.
    skip_invalid
        Import the valid products and report the others in ``ImportReport.skipped``
        (a product with one bad row is skipped whole). Without it, any problem raises
        :class:`~tradewinds.core.errors.ImportFileError` listing every problem, and
        nothing is imported.
    progress
        Called as ``progress(done, total)`` (products) while writing.
    dry_run
        Check the file and count what would be created, updated and unchanged, then roll
        everything back (the same statements run, so database constraints are checked too).
    before_commit
        Called with the import's session and report after the writes, before the commit,
        so the caller's own rows commit with the import or not at all (not on a dry run).

    Returns
    -------
    ImportReport
        Products created, updated and unchanged, skipped rows, seconds taken, and the ids
        of the products created or updated (``changed_ids``, for reindexing).
    """
    started = time.perf_counter()
    path = Path(path)
    tenant = tenant_settings(db, tenant_id)
    readers = {"shopify": read_shopify_products, "jsonl": read_jsonl_products}
    fmt, parsed = parse_file(path, format, tenant.currency, readers)
    report = ImportReport(path=str(path), format=fmt)
    with tenant_session(db, tenant_id) as session:
        state = CatalogState.load(session, parsed.items)
        items, report.skipped = settle(path, parsed, state.conflicts, skip_invalid)
        writer = _CatalogWriter(session, tenant.currency, state, parsed.absent)
        writer.write(items, report, progress)
        if dry_run:
            session.rollback()
            report.changed_ids = []
        elif before_commit is not None:
            before_commit(session, report)
    report.dry_run = dry_run
    report.seconds = time.perf_counter() - started
    return report


def _variant_values(record: ProductRecord, index: int, currency: str) -> dict[str, Any]:
    variant = record.variants[index]
    options = [*variant.options, None, None, None]
    compare = variant.compare_at_price
    return {
        "sku": variant.sku,
        "position": index + 1,
        "option1": options[0],
        "option2": options[1],
        "option3": options[2],
        "price_minor": price_minor(variant.price, currency),
        "compare_at_minor": price_minor(compare, currency) if compare else None,
        "currency": currency,
        "inventory_qty": variant.inventory_qty,
        "weight_grams": variant.weight_grams,
        "volume_cm3": variant.volume_cm3,
        "barcode": variant.barcode,
        "image_src": variant.image,
    }


def _children(record: ProductRecord) -> dict[type[Any], list[dict[str, Any]]]:
    """The option, tag, attribute and image rows the record asks for (no ids)."""
    return {
        ProductOption: [{"position": i, "name": n} for i, n in enumerate(record.options, 1)],
        ProductTag: [{"tag": tag} for tag in record.tags],
        ProductAttribute: [{"key": k, "value": v} for k, v in sorted(record.attributes.items())],
        ProductImage: [
            {"position": i, "src": image.src, "alt": image.alt}
            for i, image in enumerate(record.images, 1)
        ],
    }


@dataclass
class _Plan:
    """The statements one product needs."""

    item: Item
    product_id: int | None  # None until a new product is inserted
    new: bool
    product_row: dict[str, Any] | None = None  # insert (no id) or update (with id)
    children: dict[type[Any], list[dict[str, Any]]] = field(default_factory=dict)
    variant_updates: list[dict[str, Any]] = field(default_factory=list)
    variant_inserts: list[dict[str, Any]] = field(default_factory=list)
    variant_deletes: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.product_row
            or self.children
            or self.variant_updates
            or self.variant_inserts
            or self.variant_deletes
        )


class _CatalogWriter:
    def __init__(
        self, session: Session, currency: str, state: CatalogState, absent: frozenset[str]
    ) -> None:
        self.session = session
        self.absent = absent
        self.tenant_id = state.tenant_id
        self.currency = currency
        self.state = state
        self.now = datetime.now(UTC)

    def write(
        self, items: list[Item], report: ImportReport, progress: ProgressCallback | None
    ) -> None:
        categories = self._categories({item.record.category for item in items})
        plans = self._plan(items, categories)
        total = len(plans)
        if progress:
            progress(0, total)
        for done, batch in enumerate(chunked(plans, BATCH)):
            self._execute(batch)
            if progress:
                progress(min((done + 1) * BATCH, total), total)
        for plan in plans:
            if plan.new:
                report.created += 1
            elif plan.changed:
                report.updated += 1
            else:
                report.unchanged += 1
                continue
            if plan.product_id is not None:
                report.changed_ids.append(plan.product_id)

    def _categories(self, paths: set[str]) -> dict[str, int]:
        """Ids of ``paths`` and their ancestors, creating missing levels top-down."""
        known = {
            path: id_ for id_, path in self.session.execute(select(Category.id, Category.path))
        }
        wanted: set[str] = set()
        for path in paths - {""}:
            parts = path.split(" > ")
            wanted.update(" > ".join(parts[: i + 1]) for i in range(len(parts)))
        missing = sorted(wanted - known.keys(), key=lambda p: p.count(" > "))
        for depth in sorted({p.count(" > ") for p in missing}):
            level = [p for p in missing if p.count(" > ") == depth]
            rows = [
                {
                    "tenant_id": self.tenant_id,
                    "path": p,
                    "name": p.rsplit(" > ", 1)[-1],
                    "parent_id": known[p.rsplit(" > ", 1)[0]] if depth else None,
                }
                for p in level
            ]
            for id_, path in insert_returning(
                self.session, Category, rows, Category.id, Category.path
            ):
                known[path] = id_
        return known

    def _plan(self, items: list[Item], categories: dict[str, int]) -> list[_Plan]:
        state = self.state
        plans: list[_Plan] = []
        claimed: set[int] = set()
        for item in items:
            record = item.record
            existing = state.products.get(item.key)
            plan = _Plan(item, existing.id if existing else None, existing is None)
            values = {
                "title": record.title,
                "body_html": record.body_html,
                "vendor": record.vendor,
                "product_type": record.product_type,
                "category_id": categories.get(record.category) if record.category else None,
                "status": record.status,
                "published": record.published,
            }
            if existing is None:
                plan.product_row = {
                    "tenant_id": self.tenant_id,
                    "handle": item.key,
                    "created_at": self.now,
                    "updated_at": self.now,
                    **values,
                }
                plan.children = _children(record)
            else:
                if any(getattr(existing, k) != v for k, v in values.items()):
                    plan.product_row = {"id": existing.id, "updated_at": self.now, **values}
                have = state.children.get(existing.id, {})
                plan.children = {
                    table: rows
                    for table, rows in _children(record).items()
                    if state.comparable(table, rows) != have.get(table, ())
                }
            for index in range(len(record.variants)):
                wanted = _variant_values(record, index, self.currency)
                match = state.match_variant(existing.id if existing else None, wanted, claimed)
                if match is None:
                    plan.variant_inserts.append({"tenant_id": self.tenant_id, **wanted})
                    continue
                claimed.add(match.id)
                for name in self.absent:  # the file cannot say: keep what is stored
                    wanted[name] = getattr(match, name)
                if variant_values(match) != tuple(wanted[k] for k in VARIANT_FIELDS) or (
                    existing is None or match.product_id != existing.id
                ):
                    plan.variant_updates.append({"id": match.id, **wanted})
            plans.append(plan)
        for plan in plans:
            if plan.product_id is None:
                continue
            plan.variant_deletes = [
                v.id for v in state.variants_of.get(plan.product_id, []) if v.id not in claimed
            ]
            if plan.changed and plan.product_row is None:  # a child changed: bump updated_at
                plan.product_row = {"id": plan.product_id, "updated_at": self.now}
        return plans

    def _execute(self, plans: Sequence[_Plan]) -> None:
        session = self.session
        inserts = [p for p in plans if p.new]
        # A plain executemany and one SELECT for the ids beat INSERT ... RETURNING, whose
        # many-VALUES statements psycopg must re-parse for every page.
        insert_rows(session, Product, [p.product_row for p in inserts if p.product_row])
        ids = {
            handle: id_
            for id_, handle in select_in(
                session,
                select(Product.id, Product.handle),
                Product.handle,
                [p.item.key for p in inserts],
            )
        }
        for plan in inserts:
            plan.product_id = ids[plan.item.key]
        update_rows(
            session,
            Product,
            [p.product_row for p in plans if p.product_row and "id" in p.product_row],
        )
        delete_in(session, Variant, Variant.id, [i for p in plans for i in p.variant_deletes])
        by_table: dict[type[Any], list[int]] = defaultdict(list)
        new_children: dict[type[Any], list[dict[str, Any]]] = defaultdict(list)
        for plan in plans:
            for table, rows in plan.children.items():
                if not plan.new and plan.product_id is not None:
                    by_table[table].append(plan.product_id)
                new_children[table].extend(
                    {"tenant_id": self.tenant_id, "product_id": plan.product_id, **row}
                    for row in rows
                )
        for table in _CHILD_TABLES:
            delete_in(session, table, table.product_id, by_table[table])
            insert_rows(session, table, new_children[table])
        update_rows(
            session,
            Variant,
            [{**row, "product_id": p.product_id} for p in plans for row in p.variant_updates],
        )
        insert_rows(
            session,
            Variant,
            [{**row, "product_id": p.product_id} for p in plans for row in p.variant_inserts],
        )
