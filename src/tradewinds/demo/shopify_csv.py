"""Writing the demo catalogue as a Shopify product CSV export.

The layout follows Shopify's export: one row per variant, the first row of a handle
carrying the product fields, extra rows for images beyond the variants, "Title / Default
Title" for products without options, and product metafields as
``Label (product.metafields.custom.key)`` columns. The file is what a merchant would
download from Shopify admin, so loading it exercises the real importer path.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from tradewinds.demo.catalog import CATEGORIES, DemoProduct

BASE_COLUMNS = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
    "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Variant Image", "Variant Weight Unit", "Cost per item",
)  # fmt: skip
STATUS_COLUMN = "Status"
VOLUME_KEY = "volume_cm3"


def attribute_keys() -> list[str]:
    """Every product attribute the demo writes, in a stable order."""
    keys: dict[str, None] = {"color": None}
    for spec in CATEGORIES:
        keys.update(dict.fromkeys(spec.attributes))
    keys[VOLUME_KEY] = None
    return list(keys)


def metafield_column(key: str) -> str:
    """``Age range (product.metafields.custom.age_range)``."""
    label = "Volume cm3" if key == VOLUME_KEY else key.replace("_", " ").capitalize()
    return f"{label} (product.metafields.custom.{key})"


def write_products_csv(products: Iterable[DemoProduct], path: Path) -> int:
    """Write ``products`` to ``path`` (UTF-8, Shopify layout); returns the number of rows."""
    keys = attribute_keys()
    header = [*BASE_COLUMNS, *(metafield_column(k) for k in keys), STATUS_COLUMN]
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for product in products:
            for row in _rows(product, keys):
                writer.writerow(row)
                rows += 1
    return rows


def _money(minor: int | None) -> str:
    return "" if minor is None else f"{minor // 100}.{minor % 100:02d}"


def _rows(product: DemoProduct, keys: list[str]) -> Iterator[list[str]]:
    names = product.option_names or ["Title"]
    for i in range(max(len(product.variants), len(product.images))):
        row = dict.fromkeys(BASE_COLUMNS, "")
        row["Handle"] = product.handle
        if i == 0:
            row.update({
                "Title": product.title, "Body (HTML)": product.body_html,
                "Vendor": product.vendor, "Product Category": product.category.path,
                "Type": product.category.product_type, "Tags": ", ".join(product.tags),
                "Published": "TRUE" if product.status == "active" else "FALSE",
                "Gift Card": "FALSE", "SEO Title": product.title,
            })  # fmt: skip
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
                "Variant Weight Unit": "g", "Cost per item": _money(variant.cost_minor),
            })  # fmt: skip
        if i < len(product.images):
            row["Image Src"] = product.images[i]
            row["Image Position"] = str(i + 1)
            row["Image Alt Text"] = product.title
        facts = {**product.attributes, VOLUME_KEY: str(product.variants[0].cm3)}
        metafields = [facts.get(k, "") if i == 0 else "" for k in keys]
        status = product.status if i == 0 else ""
        yield [*row.values(), *metafields, status]
