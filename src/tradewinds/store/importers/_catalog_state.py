"""What the catalogue already holds for the products of one import file.

Loaded with a handful of chunked queries before anything is written: the products by
handle, their variants, options, tags, attributes and images, and every variant that owns
one of the file's SKUs (wherever it lives, so a SKU owned by a product outside the file
is reported instead of violating the unique constraint).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import RowProblem
from tradewinds.store.importers._bulk import AnyRow, select_in
from tradewinds.store.importers._source import SourceItem
from tradewinds.store.importers.records import ProductRecord
from tradewinds.store.session import current_tenant_id
from tradewinds.store.tables import (
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductTag,
    Variant,
)

Item = SourceItem[ProductRecord]
Comparable = tuple[tuple[Any, ...], ...]

# The columns that make two child rows equal, per table.
CHILD_FIELDS: dict[type[Any], tuple[str, ...]] = {
    ProductOption: ("position", "name"),
    ProductTag: ("tag",),
    ProductAttribute: ("key", "value"),
    ProductImage: ("position", "src", "alt"),
}
_PRODUCT_COLUMNS = (
    Product.id,
    Product.handle,
    Product.title,
    Product.body_html,
    Product.vendor,
    Product.product_type,
    Product.category_id,
    Product.status,
    Product.published,
)
_VARIANT_COLUMNS = (
    Variant.id,
    Variant.product_id,
    Variant.sku,
    Variant.position,
    Variant.option1,
    Variant.option2,
    Variant.option3,
    Variant.price_minor,
    Variant.compare_at_minor,
    Variant.currency,
    Variant.inventory_qty,
    Variant.weight_grams,
    Variant.volume_cm3,
    Variant.barcode,
    Variant.image_src,
)
VARIANT_FIELDS = tuple(column.key for column in _VARIANT_COLUMNS[2:])
"""The variant columns an import sets, in the order :func:`variant_values` returns them."""


def variant_values(row: AnyRow) -> tuple[Any, ...]:
    """The :data:`VARIANT_FIELDS` of a loaded variant row."""
    return tuple(row)[2 : 2 + len(VARIANT_FIELDS)]


@dataclass
class CatalogState:
    tenant_id: int
    products: dict[str, AnyRow]
    """Existing products of the file, by handle."""
    variants_of: dict[int, list[AnyRow]]
    """Variants of those products, by product id."""
    by_sku: dict[str, AnyRow]
    """Every existing variant with one of the file's SKUs."""
    owner_of: dict[str, str]
    """The handle of the product owning each of those SKUs."""
    children: dict[int, dict[type[Any], Comparable]]
    """Options, tags, attributes and images of those products, comparable form."""

    @classmethod
    def load(cls, session: Session, items: list[Item]) -> CatalogState:
        products = {
            row.handle: row
            for row in select_in(
                session, select(*_PRODUCT_COLUMNS), Product.handle, [i.key for i in items]
            )
        }
        ids = [row.id for row in products.values()]
        variants_of: dict[int, list[AnyRow]] = defaultdict(list)
        for row in select_in(session, select(*_VARIANT_COLUMNS), Variant.product_id, ids):
            variants_of[row.product_id].append(row)
        known = {row.sku: row for rows in variants_of.values() for row in rows if row.sku}
        skus = [
            v.sku for item in items for v in item.record.variants if v.sku and v.sku not in known
        ]
        by_sku_stmt = select(*_VARIANT_COLUMNS, Product.handle.label("owner")).join(
            Product, Product.id == Variant.product_id
        )
        by_sku: dict[str, AnyRow] = dict(known)
        owners = {row.id: row.handle for row in products.values()}
        owner_of = {sku: owners[row.product_id] for sku, row in known.items()}
        for row in select_in(session, by_sku_stmt, Variant.sku, skus):
            by_sku[row.sku] = row
            owner_of[row.sku] = row.owner
        grouped: dict[int, dict[type[Any], list[tuple[Any, ...]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for table, names in CHILD_FIELDS.items():
            columns = [getattr(table, name) for name in names]
            for row in select_in(
                session, select(table.product_id, *columns), table.product_id, ids
            ):
                grouped[row[0]][table].append(tuple(row[1:]))
        children = {
            pid: {t: tuple(sorted(rows)) for t, rows in tables.items()}
            for pid, tables in grouped.items()
        }
        return cls(current_tenant_id(session), products, variants_of, by_sku, owner_of, children)

    @staticmethod
    def comparable(table: type[Any], rows: list[dict[str, Any]]) -> Comparable:
        names = CHILD_FIELDS[table]
        return tuple(sorted(tuple(row[name] for name in names) for row in rows))

    def match_variant(
        self, product_id: int | None, wanted: dict[str, Any], claimed: set[int]
    ) -> AnyRow | None:
        """The existing variant ``wanted`` updates: same SKU, or same options if no SKU."""
        sku = wanted["sku"]
        if sku is not None:
            row = self.by_sku.get(sku)
            return row if row is not None and row.id not in claimed else None
        options = (wanted["option1"], wanted["option2"], wanted["option3"])
        for row in self.variants_of.get(product_id or -1, []):
            if (
                row.sku is None
                and row.id not in claimed
                and ((row.option1, row.option2, row.option3) == options)
            ):
                return row
        return None

    def conflicts(self, items: list[Item]) -> list[tuple[str, RowProblem]]:
        """SKUs used twice in the file, or owned by a product the file does not contain."""
        handles = {item.key for item in items}
        first_use: dict[str, Item] = {}
        problems: list[tuple[str, RowProblem]] = []
        for item in items:
            for i, variant in enumerate(item.record.variants):
                sku = variant.sku
                if sku is None:
                    continue
                message = None
                other = first_use.setdefault(sku, item)
                owner = self.owner_of.get(sku)
                if other is not item:
                    message = (
                        f"SKU {sku!r} is also used by product {other.key!r} "
                        f"(line {other.line}); SKUs are unique in a store"
                    )
                elif owner is not None and owner not in handles:
                    message = (
                        f"SKU {sku!r} belongs to product {owner!r}, which is not "
                        "in this file (SKUs are unique in a store)"
                    )
                if message:
                    problems.append((item.key, item.problem(("variants", i, "sku"), message)))
        return problems
