"""Files that are not what an importer expects, format detection, and JSON Lines products."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.fixtures import PRODUCTS_CSV
from tradewinds.core.errors import ImportFileError, InvalidInput
from tradewinds.store import Database, tenant_session
from tradewinds.store.importers import import_orders, import_products
from tradewinds.store.tables import Product, Tenant, Variant
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def shop(sqlite_db: Database) -> tuple[Database, int]:
    """File-level errors happen before the database is touched: SQLite suffices."""
    return sqlite_db, create_tenant(sqlite_db, "acme").id


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\xef\xbb\xbf \n\n", "is empty"),
    ("utf16.csv", "Handle,Title\n".encode("utf-16"), "UTF-16"),
    (
        "latin1.csv",
        "Handle,Title\nmug,Caf\xe9 mug\n".encode("latin-1"),
        "line 2: not UTF-8 text (byte 0xe9)",
    ),
    ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text"),
    ("nul.csv", b"Handle,Title\nmug,M\x00ug\n", "line 2: contains a NUL byte"),
    ("nohandle.csv", b"Title,Variant Price\nMug,5.00\n", "column(s) Handle missing"),
    ("semicolon.csv", b"Handle;Title;Variant Price\nmug;Mug;5.00\n", "seems to use ';'"),
    ("prose.csv", b"Dear merchant,\nhere is my catalogue.\n", "column(s) Handle, Title missing"),
    ("quote.csv", b'Handle,Title,Variant Price\nmug,"Mug,5.00\n', "not valid CSV"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unreadable_files_get_a_clear_error(
    shop: tuple[Database, int], tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    db, tenant_id = shop
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        import_products(db, tenant_id, path)
    assert expected in caught.value.message
    assert str(path) in caught.value.message
    assert caught.value.exit_code == 2


def test_missing_file_and_unknown_format(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, tenant_id = shop
    with pytest.raises(InvalidInput, match="no such file"):
        import_products(db, tenant_id, tmp_path / "nope.csv")
    with pytest.raises(InvalidInput, match="is a directory"):
        import_orders(db, tenant_id, tmp_path)
    with pytest.raises(InvalidInput, match="unknown format 'xml'"):
        import_products(db, tenant_id, PRODUCTS_CSV, format="xml")


def test_orders_file_given_as_products_names_the_missing_columns(
    shop: tuple[Database, int], tmp_path: Path
) -> None:
    db, tenant_id = shop
    with pytest.raises(InvalidInput, match=r"column\(s\) Name, Created at missing"):
        import_orders(db, tenant_id, PRODUCTS_CSV)


def _line(**overrides: Any) -> str:
    record: dict[str, Any] = {
        "handle": "camp-stool",
        "title": "Camp Stool",
        "category": "Outdoor > Furniture",
        "tags": ["camping"],
        "options": ["Color"],
        "attributes": {"material": "Aluminium"},
        "images": [{"src": "https://cdn.example.com/stool.jpg", "alt": "Stool"}],
        "variants": [
            {
                "sku": "STOOL-GRN",
                "options": ["Green"],
                "price": "34.00",
                "weight_grams": 900,
                "volume_cm3": 5400,
            }
        ],
    }
    record.update(overrides)
    return json.dumps(record)


def test_jsonl_products_are_imported(db: Database, tenant: Tenant, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.jsonl"
    path.write_text(
        _line()
        + "\n\n"
        + _line(
            handle="camp-table",
            options=[],
            variants=[{"sku": "TABLE-1", "price": "$1,299.5", "inventory_qty": 3}],
        )
        + "\n"
    )
    report = import_products(db, tenant.id, path)
    assert (report.format, report.created) == ("jsonl", 2)
    with tenant_session(db, tenant.id) as session:
        stool = session.scalars(select(Product).where(Product.handle == "camp-stool")).one()
        assert stool.category is not None and stool.category.path == "Outdoor > Furniture"
        assert [
            (v.sku, v.option1, v.price_minor, v.weight_grams, v.volume_cm3) for v in stool.variants
        ] == [("STOOL-GRN", "Green", 3400, 900, 5400)]
        table_price = session.scalars(select(Variant.price_minor).where(Variant.sku == "TABLE-1"))
        assert table_price.one() == 129950


def test_jsonl_problems_name_line_and_json_path(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    path = tmp_path / "catalogue.jsonl"
    lines = [
        _line(),
        "{not json",
        _line(handle="b", variants=[{"sku": "B", "price": 12.5}]),
        _line(handle="c", colour="red"),
        _line(handle="d", variants=[{"sku": "D", "options": ["Red", "L"], "price": "1"}]),
        "[1, 2]",
        _line(handle="camp-stool", title="Duplicate"),
    ]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ImportFileError) as caught:
        import_products(db, tenant.id, path)
    found = [(p.line, p.field) for p in caught.value.problems]
    assert found == [
        (2, "(line)"),
        (3, "variants[0].price"),
        (4, "colour"),
        (5, "variants[0].options[1]"),
        (6, "(line)"),
        (7, "handle"),
    ]
    messages = [p.message for p in caught.value.problems]
    assert "not valid JSON" in messages[0]
    assert "valid string" in messages[1]
    assert "not a known field" in messages[2]
    assert "already appears on line 1" in messages[5]


def test_volume_is_kept_when_the_csv_cannot_say(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    """A real Shopify export has no volume column: re-importing it keeps stored volumes."""
    path = tmp_path / "catalogue.jsonl"
    path.write_text(
        _line(
            handle="enamel-camp-mug",
            options=[],
            variants=[{"sku": "MUG-ENM-350", "price": "18.50", "volume_cm3": 700}],
        )
        + "\n"
    )
    import_products(db, tenant.id, path)
    report = import_products(db, tenant.id, PRODUCTS_CSV)  # has no "Variant Volume (cm3)"
    assert report.updated == 1
    with tenant_session(db, tenant.id) as session:
        mug = session.scalars(select(Variant).where(Variant.sku == "MUG-ENM-350")).one()
        assert (mug.price_minor, mug.weight_grams, mug.volume_cm3) == (1850, 280, 700)
