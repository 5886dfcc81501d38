"""Importing products from Shopify CSV: every field, upsert semantics, tenancy, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.fixtures import BROKEN_PRODUCTS_CSV, PRODUCTS_CSV, Row, edited
from tradewinds.core.errors import ImportFileError, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.importers import import_products
from tradewinds.store.tables import (
    Category,
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductStatus,
    ProductTag,
    Tenant,
    Variant,
)

CDN = "https://cdn.shopify.com/s/files/1/0612/3456/7890/files/"
ALL_TABLES = (Product, Variant, ProductOption, ProductTag, ProductAttribute, ProductImage, Category)


def product(db: Database, tenant_id: int, handle: str) -> Product:
    with tenant_session(db, tenant_id) as session:
        found = session.scalars(select(Product).where(Product.handle == handle)).one()
        session.expunge_all()
        return found


def snapshot(db: Database, tenant_id: int) -> dict[str, set[tuple[Any, ...]]]:
    """Every column of every catalogue row of the tenant (ids included)."""
    with tenant_session(db, tenant_id) as session:
        return {
            table.__tablename__: {
                tuple(
                    getattr(row, c.key)
                    for c in table.__table__.columns
                    if c.key not in ("created_at", "updated_at")
                )
                for row in session.scalars(select(table))
            }
            for table in ALL_TABLES
        }


def test_shopify_export_imports_every_field(db: Database, tenant: Tenant) -> None:
    report = import_products(db, tenant.id, PRODUCTS_CSV)
    assert (report.created, report.updated, report.unchanged, report.skipped) == (3, 0, 0, [])
    assert report.format == "shopify"

    jacket = product(db, tenant.id, "trail-runner-jacket")
    assert jacket.title == "Trail Runner Jacket"
    assert jacket.body_html.startswith("<p>A light, <strong>waterproof</strong>")
    assert '"stuff" pocket</li>\n</ul>' in jacket.body_html
    assert (jacket.vendor, jacket.product_type) == ("Northwind Outfitters", "Jacket")
    assert jacket.status == ProductStatus.ACTIVE and jacket.published
    assert jacket.category is not None
    assert jacket.category.path == "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets"
    assert [o.name for o in jacket.options] == ["Size", "Color"]
    assert [t.tag for t in jacket.tags] == ["outdoor", "running", "waterproof"]
    assert {a.key: a.value for a in jacket.attributes} == {
        "color-pattern": "Blue; Black",
        "material": "Recycled nylon",
    }
    assert [(i.position, i.src, i.alt) for i in jacket.images] == [
        (1, CDN + "trail-runner-blue.jpg?v=1700000001", "Trail Runner Jacket in blue"),
        (2, CDN + "trail-runner-black.jpg?v=1700000002", "Trail Runner Jacket in black"),
        (3, CDN + "trail-runner-detail.jpg?v=1700000003", ""),
    ]
    variants = [
        (
            v.sku,
            v.position,
            v.title,
            v.price_minor,
            v.compare_at_minor,
            v.currency,
            v.inventory_qty,
            v.weight_grams,
            v.barcode,
        )
        for v in jacket.variants
    ]
    assert variants == [
        ("TRJ-S-BLU", 1, "S / Blue", 12900, 14900, "USD", 12, 450, "0840012345671"),
        ("TRJ-M-BLU", 2, "M / Blue", 12900, 14900, "USD", 8, 470, "0840012345688"),
        ("TRJ-M-BLK", 3, "M / Black", 11900, 14900, "USD", 0, 470, "0840012345695"),
        ("TRJ-L-BLK", 4, "L / Black", 11900, None, "USD", -2, 490, "0840012345701"),
    ]
    assert jacket.variants[2].image_src == CDN + "trail-runner-black.jpg?v=1700000002"

    mug = product(db, tenant.id, "enamel-camp-mug")
    assert mug.options == []
    assert [(v.sku, v.title, v.option1, v.price_minor) for v in mug.variants] == [
        ("MUG-ENM-350", "Default Title", None, 1850)
    ]
    assert [i.alt for i in mug.images] == ["Speckled blue enamel mug", "Mug on a camp stove"]

    socks = product(db, tenant.id, "merino-wool-socks")
    assert socks.status == ProductStatus.DRAFT and not socks.published
    assert [v.option1 for v in socks.variants] == ["S/M", "L/XL"]


def test_category_breadcrumb_becomes_a_tree(db: Database, tenant: Tenant) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    with tenant_session(db, tenant.id) as session:
        categories = {c.path: c for c in session.scalars(select(Category))}
    jacket_leaf = categories["Apparel & Accessories > Clothing > Outerwear > Coats & Jackets"]
    assert jacket_leaf.name == "Coats & Jackets"
    outerwear = categories["Apparel & Accessories > Clothing > Outerwear"]
    clothing = categories["Apparel & Accessories > Clothing"]
    assert jacket_leaf.parent_id == outerwear.id and outerwear.parent_id == clothing.id
    assert categories["Apparel & Accessories > Clothing > Socks"].parent_id == clothing.id
    assert categories["Apparel & Accessories"].parent_id is None
    assert len(categories) == 4 + 1 + 5  # jacket's levels, socks' leaf, the mug's five


def test_reimport_is_idempotent(db: Database, tenant: Tenant) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    before = snapshot(db, tenant.id)
    again = import_products(db, tenant.id, PRODUCTS_CSV)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert snapshot(db, tenant.id) == before


def test_changed_price_updates_the_same_variant(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    old = {v.sku: v.id for v in product(db, tenant.id, "trail-runner-jacket").variants}

    def reprice(rows: list[Row]) -> list[Row]:
        for row in rows:
            if row["Variant SKU"] == "TRJ-S-BLU":
                row["Variant Price"] = "99.95"
        return rows

    report = import_products(db, tenant.id, edited(PRODUCTS_CSV, tmp_path / "p.csv", reprice))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    jacket = product(db, tenant.id, "trail-runner-jacket")
    assert {v.sku: v.id for v in jacket.variants} == old
    assert [v.price_minor for v in jacket.variants] == [9995, 12900, 11900, 11900]


def test_the_file_is_the_truth_for_its_products(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    before = product(db, tenant.id, "trail-runner-jacket").updated_at

    def trim(rows: list[Row]) -> list[Row]:
        jacket = [r for r in rows if r["Handle"] == "trail-runner-jacket"][:2]  # 2 variants
        jacket[0]["Tags"] = "running, sale"
        jacket[0]["Material (product.metafields.custom.material)"] = ""
        jacket[1]["Image Src"] = ""  # drops image 2; image 3 was on a dropped row
        return jacket

    report = import_products(db, tenant.id, edited(PRODUCTS_CSV, tmp_path / "p.csv", trim))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    jacket = product(db, tenant.id, "trail-runner-jacket")
    assert jacket.updated_at > before
    assert [v.sku for v in jacket.variants] == ["TRJ-S-BLU", "TRJ-M-BLU"]
    assert [t.tag for t in jacket.tags] == ["running", "sale"]
    assert [a.key for a in jacket.attributes] == ["color-pattern"]
    assert [i.position for i in jacket.images] == [1]
    with tenant_session(db, tenant.id) as session:  # no orphans left behind
        assert session.scalars(select(Variant.sku).where(Variant.sku == "TRJ-L-BLK")).all() == []
    # Products absent from the file are untouched.
    assert len(product(db, tenant.id, "enamel-camp-mug").images) == 2
    assert len(product(db, tenant.id, "merino-wool-socks").variants) == 2


def test_import_into_one_tenant_leaves_another_alone(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> None:
    import_products(db, other_tenant.id, PRODUCTS_CSV)  # same handles and SKUs, in EUR
    theirs = snapshot(db, other_tenant.id)

    def rename(rows: list[Row]) -> list[Row]:
        rows[0]["Title"] = "Renamed in tenant A only"
        return rows

    report = import_products(db, tenant.id, edited(PRODUCTS_CSV, tmp_path / "p.csv", rename))
    assert report.created == 3  # the other tenant's same-handle products are invisible
    assert snapshot(db, other_tenant.id) == theirs
    assert product(db, other_tenant.id, "trail-runner-jacket").title == "Trail Runner Jacket"
    assert product(db, other_tenant.id, "trail-runner-jacket").variants[0].currency == "EUR"
    assert product(db, tenant.id, "trail-runner-jacket").title == "Renamed in tenant A only"


BROKEN_PROBLEMS = [
    (4, "Variant Price", "'abc' is not a number (expected e.g. 19.99)"),
    (5, "Status", "'active', 'draft' or 'archived' (got 'published')"),
    (5, "Variant Grams", "'heavy' is not a number"),
    (6, "Handle", "is required on every row"),
    (7, "Title", "is required"),
    (8, "Variant SKU", "'TEE-S' is also used by product 'good-tee' (line 2)"),
    (9, "Option2 Value", "has 1 option value(s) but the product has 2 option(s) (Size, Color)"),
    (10, "Image Position", "'first' is not a whole number"),
    (11, "Variant Price", "more than 2 decimal places"),  # a row whose body spans 3 lines
    (14, "Variant Price", "'-5.00' is negative"),
    (15, "Variant Compare At Price", "'ten' is not a number"),
]


def test_broken_file_reports_every_problem_and_imports_nothing(
    db: Database, tenant: Tenant
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_products(db, tenant.id, BROKEN_PRODUCTS_CSV)
    problems = caught.value.problems
    assert [(p.line, p.field) for p in problems] == [(ln, f) for ln, f, _ in BROKEN_PROBLEMS]
    for problem, (_, _, expected) in zip(problems, BROKEN_PROBLEMS, strict=True):
        assert expected in problem.message
    assert f"{BROKEN_PRODUCTS_CSV} line 4: Variant Price: 'abc'" in caught.value.message
    assert caught.value.exit_code == 2
    assert snapshot(db, tenant.id)["products"] == set()


def test_skip_invalid_imports_the_valid_products(db: Database, tenant: Tenant) -> None:
    report = import_products(db, tenant.id, BROKEN_PRODUCTS_CSV, skip_invalid=True)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    assert [(p.line, p.field) for p in report.skipped] == [(ln, f) for ln, f, _ in BROKEN_PROBLEMS]
    assert report.skipped_lines == [4, 5, 6, 7, 8, 9, 10, 11, 14, 15]
    with tenant_session(db, tenant.id) as session:
        assert session.scalars(select(Product.handle)).all() == ["good-tee"]
        assert sorted(session.scalars(select(Variant.sku))) == ["TEE-M", "TEE-S"]


def test_a_product_with_one_bad_row_is_skipped_whole(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    def break_third_variant(rows: list[Row]) -> list[Row]:
        rows[2]["Variant Inventory Qty"] = "lots"
        return rows

    path = edited(PRODUCTS_CSV, tmp_path / "p.csv", break_third_variant)
    report = import_products(db, tenant.id, path, skip_invalid=True)
    # The first row's HTML body spans lines 2-6, so the third variant row is line 8.
    assert [(p.line, p.field) for p in report.skipped] == [(8, "Variant Inventory Qty")]
    assert report.created == 2
    with tenant_session(db, tenant.id) as session:
        assert sorted(session.scalars(select(Product.handle))) == [
            "enamel-camp-mug",
            "merino-wool-socks",
        ]
        assert session.scalars(select(Variant).where(Variant.sku.like("TRJ%"))).all() == []


def test_sku_of_a_product_outside_the_file_is_a_problem(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)

    def new_product_reusing_sku(rows: list[Row]) -> list[Row]:
        mug = rows[4]
        mug["Handle"], mug["Variant SKU"] = "new-mug", "TRJ-S-BLU"
        return [mug]

    path = edited(PRODUCTS_CSV, tmp_path / "p.csv", new_product_reusing_sku)
    with pytest.raises(ImportFileError) as caught:
        import_products(db, tenant.id, path)
    [problem] = caught.value.problems
    assert (problem.line, problem.field) == (2, "Variant SKU")
    assert "belongs to product 'trail-runner-jacket'" in problem.message
    report = import_products(db, tenant.id, path, skip_invalid=True)
    assert (report.created, len(report.skipped)) == (0, 1)


def test_a_sku_can_move_between_products_of_the_file(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_products(db, tenant.id, PRODUCTS_CSV)
    moved_id = {v.sku: v.id for v in product(db, tenant.id, "merino-wool-socks").variants}

    def move(rows: list[Row]) -> list[Row]:
        socks = [r for r in rows if r["Handle"] == "merino-wool-socks"]
        extra = dict(
            socks[1],
            Handle="merino-wool-socks-xl",
            Title="Merino Socks XL",
            **{"Option1 Name": "Size"},
        )
        return [socks[0], extra]  # L/XL leaves the socks for a new product

    import_products(db, tenant.id, edited(PRODUCTS_CSV, tmp_path / "p.csv", move))
    xl = product(db, tenant.id, "merino-wool-socks-xl")
    assert [(v.sku, v.id) for v in xl.variants] == [("SOCK-MER-LXL", moved_id["SOCK-MER-LXL"])]
    assert [v.sku for v in product(db, tenant.id, "merino-wool-socks").variants] == ["SOCK-MER-SM"]


def test_variants_without_sku_are_matched_by_options(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    def no_skus(rows: list[Row]) -> list[Row]:
        for row in rows:
            row["Variant SKU"] = ""
        return rows

    path = edited(PRODUCTS_CSV, tmp_path / "p.csv", no_skus)
    import_products(db, tenant.id, path)
    ids = [v.id for v in product(db, tenant.id, "trail-runner-jacket").variants]
    again = import_products(db, tenant.id, path)
    assert again.unchanged == 3
    assert [v.id for v in product(db, tenant.id, "trail-runner-jacket").variants] == ids


def test_progress_is_reported(db: Database, tenant: Tenant) -> None:
    calls: list[tuple[int, int]] = []
    import_products(
        db, tenant.id, PRODUCTS_CSV, progress=lambda done, total: calls.append((done, total))
    )
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_unknown_tenant_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound, match="no tenant with id 4242"):
        import_products(db, 4242, PRODUCTS_CSV)


def test_a_dry_run_counts_and_writes_nothing(db: Database, tenant: Tenant) -> None:
    before = snapshot(db, tenant.id)
    report = import_products(db, tenant.id, PRODUCTS_CSV, dry_run=True)
    assert (report.created, report.updated, report.dry_run, report.changed_ids) == (3, 0, True, [])
    assert snapshot(db, tenant.id) == before


def test_before_commit_joins_the_transaction_and_changed_ids_name_the_products(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []

    def note(session: Any, report: Any) -> None:
        seen.append((report.created, len(report.changed_ids)))
        session.add(Category(path=f"Noted {len(seen)}", name="Noted"))  # commits with it

    report = import_products(db, tenant.id, PRODUCTS_CSV, before_commit=note)
    with tenant_session(db, tenant.id) as session:
        ids = set(session.scalars(select(Product.id)))
        assert session.scalars(select(Category).where(Category.path == "Noted 1")).one()
    assert seen == [(3, 3)] and set(report.changed_ids) == ids
    again = import_products(db, tenant.id, PRODUCTS_CSV, before_commit=note)
    assert again.changed_ids == [] and again.unchanged == 3 and seen[1] == (0, 0)

    def fail(session: Any, report: Any) -> None:
        raise RuntimeError("the caller's record failed")

    before = snapshot(db, tenant.id)
    with pytest.raises(RuntimeError):
        renamed = edited(
            PRODUCTS_CSV,
            tmp_path / "p.csv",
            lambda rows: [{**r, "Title": r["Title"] and "Renamed"} for r in rows],
        )
        import_products(db, tenant.id, renamed, before_commit=fail)  # fmt: skip
    assert snapshot(db, tenant.id) == before
