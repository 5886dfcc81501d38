"""Writing :class:`ProductRecord` s as a Shopify product CSV (Shopify's own export layout).

The first row of a product carries the product fields and its first variant; row *i*
carries variant *i* and image *i*; image-only rows follow when a product has more images
than variants. Attributes become ``product.metafields.custom.<key>`` columns. The standard
columns Shopify needs to import the file (inventory tracker, policy, fulfilment service,
requires shipping, taxable, gift card) get Shopify's defaults.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple, TextIO

from tradewinds.store.importers.records import ProductRecord
from tradewinds.store.importers.shopify_format import (
    DEFAULT_OPTION,
    PRODUCT_COLUMNS,
    PRODUCT_TAIL_COLUMNS,
    metafield_column,
)
from tradewinds.store.tables import ProductStatus

AI_LABEL_COLUMN = "AI Content Label"
"""The signed implicit label of AI-written published copy (JSON); not a Shopify column."""


class CopyFields(NamedTuple):
    """A product's published listing copy, as the CSV carries it."""

    seo_title: str
    seo_description: str
    ai_label: str  # JSON of the signed implicit label, or "" when no model wrote it


def write_shopify_products(
    records: Iterable[ProductRecord],
    out: TextIO,
    *,
    attribute_keys: Sequence[str] | None = None,
    copies: Mapping[str, CopyFields] | None = None,
) -> int:
    """Write ``records`` as CSV to ``out``; returns the number of products written.

    ``attribute_keys`` fixes the metafield columns (so records can be streamed); by
    default the records are collected first and every key they use gets a column.
    ``copies`` (by handle) fills the SEO columns, and the ``AI Content Label`` column,
    written only when some copy has a label.
    """
    copies = copies or {}
    if attribute_keys is None:
        records = list(records)
        attribute_keys = sorted({key for record in records for key in record.attributes})
    metafields = [(key, metafield_column(key)) for key in attribute_keys]
    header = PRODUCT_COLUMNS + [column for _, column in metafields] + PRODUCT_TAIL_COLUMNS
    if any(fields.ai_label for fields in copies.values()):
        header = [*header, AI_LABEL_COLUMN]
    at = {name: i for i, name in enumerate(header)}
    # CRLF as RFC 4180 says: with a bare LF terminator, csv would leave a CR unquoted.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for record in records:
        options = record.options or [DEFAULT_OPTION[0]]
        for i in range(max(len(record.variants), len(record.images))):
            row = [""] * len(header)
            row[at["Handle"]] = record.handle
            if i == 0:
                row[at["Title"]] = record.title
                row[at["Body (HTML)"]] = record.body_html
                row[at["Vendor"]] = record.vendor
                row[at["Product Category"]] = record.category
                row[at["Type"]] = record.product_type
                row[at["Tags"]] = ", ".join(record.tags)
                row[at["Published"]] = "TRUE" if record.published else "FALSE"
                for j, name in enumerate(options, 1):
                    row[at[f"Option{j} Name"]] = name
                row[at["Gift Card"]] = "FALSE"
                for key, column in metafields:
                    row[at[column]] = record.attributes.get(key, "")
                row[at["Status"]] = ProductStatus(record.status).value
                if (fields := copies.get(record.handle)) is not None:
                    row[at["SEO Title"]] = fields.seo_title
                    row[at["SEO Description"]] = fields.seo_description
                    if AI_LABEL_COLUMN in at:
                        row[at[AI_LABEL_COLUMN]] = fields.ai_label
            if i < len(record.variants):
                variant = record.variants[i]
                values = variant.options or [DEFAULT_OPTION[1]]
                for j, value in enumerate(values, 1):
                    row[at[f"Option{j} Value"]] = value
                row[at["Variant SKU"]] = variant.sku or ""
                row[at["Variant Grams"]] = _number(variant.weight_grams)
                row[at["Variant Inventory Tracker"]] = "shopify"
                row[at["Variant Inventory Qty"]] = str(variant.inventory_qty)
                row[at["Variant Inventory Policy"]] = "deny"
                row[at["Variant Fulfillment Service"]] = "manual"
                row[at["Variant Price"]] = variant.price
                row[at["Variant Compare At Price"]] = variant.compare_at_price or ""
                row[at["Variant Requires Shipping"]] = "TRUE"
                row[at["Variant Taxable"]] = "TRUE"
                row[at["Variant Barcode"]] = variant.barcode or ""
                row[at["Variant Image"]] = variant.image or ""
                row[at["Variant Weight Unit"]] = "g"
                row[at["Variant Volume (cm3)"]] = _number(variant.volume_cm3)
            if i < len(record.images):
                image = record.images[i]
                row[at["Image Src"]] = image.src
                row[at["Image Position"]] = str(i + 1)
                row[at["Image Alt Text"]] = image.alt
            writer.writerow(row)
        count += 1
    return count


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
