"""Exporting products, and round trips: import -> export -> import elsewhere -> export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures import PRODUCTS_CSV
from tradewinds.core.errors import InvalidInput
from tradewinds.store import Database
from tradewinds.store.exporters import export_products
from tradewinds.store.importers import import_products
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant

EVERY_FIELD = {
    "handle": "summit-pack",
    "title": "Summit Pack 30L",
    "body_html": '<p>Roll-top, "seam-sealed",\nwith a hip belt.</p>\r\n<p>Made in Portugal.</p>',
    "vendor": "Northwind",
    "product_type": "Backpack",
    "category": "Luggage & Bags > Backpacks",
    "tags": ["hiking", "waterproof"],
    "status": "archived",
    "published": False,
    "options": ["Color", "Size", "Fit"],
    "attributes": {"age_range": "Adult", "material": "Ripstop nylon, 420D"},
    "images": [
        {"src": "https://cdn.example.com/pack-1.jpg", "alt": "Front, in green"},
        {"src": "https://cdn.example.com/pack-2.jpg", "alt": ""},
        {"src": "https://cdn.example.com/pack-3.jpg", "alt": "Inside"},
    ],
    "variants": [
        {
            "sku": "PACK-GRN-M-R",
            "options": ["Green", "M", "Regular"],
            "price": "149.00",
            "compare_at_price": "179.00",
            "inventory_qty": -1,
            "weight_grams": 1200,
            "volume_cm3": 30000,
            "barcode": "4006381333931",
            "image": "https://cdn.example.com/pack-1.jpg",
        },
        {
            "sku": None,
            "options": ["Grey", "L", "Long"],
            "price": "0.00",
            "compare_at_price": None,
            "inventory_qty": 0,
            "weight_grams": None,
            "volume_cm3": None,
            "barcode": None,
            "image": None,
        },
    ],
}


def exported(db: Database, tenant_id: int, format: str) -> str:
    out = io.StringIO()
    export_products(db, tenant_id, out, format=format)
    return out.getvalue()


def reimported(db: Database, text: str, format: str, tmp_path: Path, slug: str) -> int:
    """Import ``text`` into a fresh tenant; its id."""
    path = tmp_path / f"{slug}.{'csv' if format == 'shopify' else 'jsonl'}"
    path.write_text(text, encoding="utf-8", newline="")
    tenant_id = create_tenant(db, slug).id
    import_products(db, tenant_id, path)
    return tenant_id


@pytest.mark.parametrize("format", ["shopify", "jsonl"])
def test_round_trip_is_stable(db: Database, tenant: Tenant, tmp_path: Path, format: str) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    first = exported(db, tenant.id, format)
    fresh = reimported(db, first, format, tmp_path, "fresh")
    assert exported(db, fresh, format) == first
    assert exported(db, fresh, "jsonl") == exported(db, tenant.id, "jsonl")


def test_jsonl_export_preserves_every_stored_field(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "pack.jsonl"
    path.write_text(json.dumps(EVERY_FIELD) + "\n")
    import_products(db, tenant.id, path)
    [line] = exported(db, tenant.id, "jsonl").splitlines()
    assert json.loads(line) == EVERY_FIELD


def test_shopify_export_preserves_every_stored_field(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "pack.jsonl"
    path.write_text(json.dumps(EVERY_FIELD) + "\n")
    import_products(db, tenant.id, path)
    fresh = reimported(db, exported(db, tenant.id, "shopify"), "shopify", tmp_path, "fresh")
    [line] = exported(db, fresh, "jsonl").splitlines()
    assert json.loads(line) == EVERY_FIELD


def test_shopify_export_looks_like_shopify(db: Database, tenant: Tenant) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    text = exported(db, tenant.id, "shopify")
    reader = csv.DictReader(io.StringIO(text))
    header = list(reader.fieldnames or [])
    assert header[:8] == [
        "Handle",
        "Title",
        "Body (HTML)",
        "Vendor",
        "Product Category",
        "Type",
        "Tags",
        "Published",
    ]
    assert "Material (product.metafields.custom.material)" in header
    assert header[-1] == "Status"
    rows: list[dict[str, Any]] = list(reader)[:2]
    mug, image_only = rows
    assert (mug["Handle"], mug["Option1 Name"], mug["Option1 Value"]) == (
        "enamel-camp-mug",
        "Title",
        "Default Title",
    )
    assert (mug["Variant Price"], mug["Variant Grams"], mug["Published"]) == (
        "18.50",
        "280",
        "TRUE",
    )
    assert image_only["Handle"] == "enamel-camp-mug" and image_only["Variant Price"] == ""
    assert image_only["Image Position"] == "2"


def test_empty_store_and_unknown_format(db: Database, tenant: Tenant) -> None:
    out = io.StringIO()
    assert export_products(db, tenant.id, out, format="jsonl") == 0
    assert out.getvalue() == ""
    assert export_products(db, tenant.id, out) == 0
    assert out.getvalue().startswith("Handle,Title,")
    with pytest.raises(InvalidInput, match="unknown format 'xlsx'"):
        export_products(db, tenant.id, out, format="xlsx")


def test_where_exports_only_the_matching_products(db: Database, tenant: Tenant) -> None:
    from tradewinds.store.tables import Product

    import_products(db, tenant.id, PRODUCTS_CSV)
    out = io.StringIO(newline="")
    assert export_products(db, tenant.id, out, where=[Product.handle.like("%jacket%")]) == 1
    handles = {row["Handle"] for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert handles == {"trail-runner-jacket"}
