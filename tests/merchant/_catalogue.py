"""A tiny Shopify CSV of our own for generation tests (not from any benchmark)."""

from __future__ import annotations

from pathlib import Path

from tradewinds.store import Database
from tradewinds.store.importers import import_products

CSV = """Handle,Title,Body (HTML),Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Inventory Qty,Material (product.metafields.custom.material),Capacity (product.metafields.custom.capacity),Wattage (product.metafields.custom.wattage)
trail-kettle,Trail Kettle,"<p>Boils in 5 minutes. Not dishwasher safe.</p>",Acme,Kettle,Color,Black,TK-1,39.00,5,Stainless steel,2.5 L,1500 W
trail-kettle,,,,,Color,Sage Green,TK-2,39.00,5,,,
plain-tote,Plain Tote,,Acme,Bag,Title,Default Title,PT-1,12.00,5,,,
"""  # noqa: E501


def write_catalogue(folder: Path) -> Path:
    path = folder / "products.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def import_catalogue(db: Database, tenant_id: int, folder: Path) -> None:
    import_products(db, tenant_id, write_catalogue(folder))
