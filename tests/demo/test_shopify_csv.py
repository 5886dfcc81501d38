"""The demo catalogue as a Shopify product CSV export."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from tradewinds.demo import DemoData, DemoParams, build_demo_data, write_products_csv
from tradewinds.demo.shopify_csv import header
from tradewinds.store.importers.shopify_format import PRODUCT_COLUMNS, metafield_column


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_layout_follows_shopify(small_store: DemoData, tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    count = write_products_csv(small_store.products, path)
    rows = _read(path)
    assert len(rows) == count
    columns = list(rows[0])
    assert columns == header()
    assert columns[: len(PRODUCT_COLUMNS)] == PRODUCT_COLUMNS and columns[-1] == "Status"
    assert "Age range (product.metafields.custom.age_range)" in columns
    by_handle: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_handle.setdefault(row["Handle"], []).append(row)
    assert list(by_handle) == [p.handle for p in small_store.products]
    for product in small_store.products:
        group = by_handle[product.handle]
        assert len(group) == max(len(product.variants), len(product.images))
        first = group[0]
        assert first["Title"] == product.title and first["Status"] == product.status
        assert first["Product Category"] == product.category.path
        assert all(not row["Title"] and not row["Status"] for row in group[1:])
        skus = [row["Variant SKU"] for row in group if row["Variant SKU"]]
        assert skus == [v.sku for v in product.variants]
        assert [r["Image Src"] for r in group if r["Image Src"]] == product.images
        if not product.option_names:
            assert (first["Option1 Name"], first["Option1 Value"]) == ("Title", "Default Title")
        price = product.variants[0].price_minor
        assert first["Variant Price"] == f"{price // 100}.{price % 100:02d}"
        assert first["Variant Volume (cm3)"] == str(product.variants[0].cm3)
        for key, value in product.attributes.items():
            assert first[metafield_column(key)] == value


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(tmp_path: Path) -> None:
    def digest(seed: int, name: str) -> str:
        data = build_demo_data(DemoParams(seed=seed, products=80, customers=20, days=30))
        write_products_csv(data.products, tmp_path / name)
        return hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()

    assert digest(3, "a.csv") == digest(3, "b.csv")
    assert digest(3, "a.csv") != digest(4, "c.csv")
