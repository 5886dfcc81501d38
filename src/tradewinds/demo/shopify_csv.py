"""Writing the demo catalogue as a Shopify product CSV export.

The layout follows Shopify's export: one row per variant, the first row of a handle
carrying the product fields, extra rows for images beyond the variants, "Title / Default
Title" for products without options, and product metafields as
``Label (product.metafields.custom.key)`` columns; column names come from the importer's
``shopify_format`` so writer and reader cannot drift apart. Per-variant volumes go in our
``Variant Volume (cm3)`` extension column, which Shopify ignores and our importer reads.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from tradewinds.demo.catalog import CATEGORIES, DemoProduct
from tradewinds.store.importers.shopify_format import (
    PRODUCT_COLUMNS,
    PRODUCT_TAIL_COLUMNS,
    metafield_column,
)

EXTRA_COLUMNS = ("Cost per item",)  # Shopify writes it; our importer ignores it


def attribute_keys() -> list[str]:
    """Every product attribute the demo writes, in a stable order."""
    keys: dict[str, None] = {"color": None}
    for spec in CATEGORIES:
        keys.update(dict.fromkeys(spec.attributes))
    return list(keys)


def header() -> list[str]:
    """Shopify's columns, metafields, then the tail (``Variant Volume (cm3)`` is ours)."""
    metafields = [metafield_column(k) for k in attribute_keys()]
    return [*PRODUCT_COLUMNS, *EXTRA_COLUMNS, *metafields, *PRODUCT_TAIL_COLUMNS]


def write_products_csv(products: Iterable[DemoProduct], path: Path) -> int:
    """Write ``products`` to ``path`` (UTF-8, Shopify layout); returns the number of rows."""
    columns = header()
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for product in products:
            for row in _rows(product):
                writer.writerow([row.get(column, "") for column in columns])
                rows += 1
    return rows


def _money(minor: int | None) -> str:
    return "" if minor is None else f"{minor // 100}.{minor % 100:02d}"


def _rows(product: DemoProduct) -> Iterator[dict[str, str]]:
    names = product.option_names or ["Title"]
    for i in range(max(len(product.variants), len(product.images))):
        row = {"Handle": product.handle}
        if i == 0:
            row.update({
                "Title": product.title, "Body (HTML)": product.body_html,
                "Vendor": product.vendor, "Product Category": product.category.path,
                "Type": product.category.product_type, "Tags": ", ".join(product.tags),
                "Published": "TRUE" if product.status == "active" else "FALSE",
                "Gift Card": "FALSE", "SEO Title": product.title, "Status": product.status,
            })  # fmt: skip
            row.update({metafield_column(k): v for k, v in product.attributes.items()})
        if i < len(product.variants):
            variant = product.variants[i]
            values = list(variant.options) or ["Default Title"]
            for n, (name, value) in enumerate(zip(names, values, strict=True), start=1):
                row[f"Option{n} Value"] = value
                if i == 0:
                    row[f"Option{n} Name"] = name
            row.update({
                "Variant SKU": variant.sku, "Variant Grams": str(variant.grams),
                "Variant Inventory Tracker": "shopify",
                "Variant Inventory Qty": str(variant.inventory),
                "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                "Variant Price": _money(variant.price_minor),
                "Variant Compare At Price": _money(variant.compare_at_minor),
                "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                "Variant Barcode": variant.barcode, "Variant Image": variant.image or "",
                "Variant Weight Unit": "g", "Variant Volume (cm3)": str(variant.cm3),
                "Cost per item": _money(variant.cost_minor),
            })  # fmt: skip
        if i < len(product.images):
            row["Image Src"] = product.images[i]
            row["Image Position"] = str(i + 1)
            row["Image Alt Text"] = product.title
        yield row
