"""The console's catalogue on SQLite and PostgreSQL: the list and its filters, saving an
edit whole or not at all, the version check between two editors, the audit, and other
shops' products."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from tests._shop import add_product
from tradewinds.catalog import (
    EditConflict,
    InvalidProductEdit,
    ProductFilters,
    VariantDraft,
    category_paths,
    console_products,
    product_draft,
    save_product,
)
from tradewinds.core.errors import NotFound
from tradewinds.core.settings import load_settings
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database
from tradewinds.store.tables import ProductStatus
from tradewinds.store.tenants import create_tenant

ANN = Actor(1, "ann@example.com")
BOB = Actor(2, "bob@example.com")


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    acme = create_tenant(db, "acme").id
    globex = create_tenant(db, "globex").id
    return {
        "acme": acme,
        "globex": globex,
        "kite": add_product(db, acme, "red-kite", "Red Kite", category="Toys > Kites",
                            prices=[1999], stock=[5]),
        "tent": add_product(db, acme, "dome-tent", "Dome Tent", category="Outdoor",
                            prices=[19999, 14999], stock=[0, 0], status=ProductStatus.DRAFT),
        "gadget": add_product(db, globex, "gadget", "Globex Gadget", prices=[4200],
                              currency="EUR"),
    }  # fmt: skip


def _titles(db: Database, tenant: int, **filters: str) -> list[str]:
    return [r.title for r in console_products(db, tenant, ProductFilters(**filters)).rows]


def test_the_list_searches_and_filters_this_shop_only(db: Database, shop: dict[str, int]) -> None:
    acme = shop["acme"]
    assert _titles(db, acme) == ["Dome Tent", "Red Kite"]  # drafts included
    assert _titles(db, acme, q="kite") == ["Red Kite"]
    assert _titles(db, acme, q="DOME-TENT-2") == ["Dome Tent"]  # by SKU
    assert _titles(db, acme, category="Toys") == ["Red Kite"]
    assert _titles(db, acme, status="draft") == ["Dome Tent"]
    assert _titles(db, acme, stock="sold_out") == ["Dome Tent"]
    assert _titles(db, acme, stock="in_stock", status="bogus") == ["Red Kite"]
    assert _titles(db, acme, q="gadget") == []
    assert category_paths(db, acme) == ["Outdoor", "Toys", "Toys > Kites"]
    row = console_products(db, acme, ProductFilters(q="tent")).rows[0]
    assert (row.variants, row.stock, row.min_price, row.currency) == (2, 0, 14999, "USD")


def test_a_save_writes_every_field_and_records_before_and_after(
    db: Database, shop: dict[str, int]
) -> None:
    acme, settings = shop["acme"], load_settings()
    draft = product_draft(db, acme, shop["tent"])
    first, second = draft.variants
    edited = replace(
        draft,
        title="Dome Tent 2P",
        status="active",
        published=False,
        attributes=[("capacity", "2 people"), ("", "")],
        variants=[replace(first, price="189.00", compare_at="229.99", stock="4"),
                  replace(second, stock="2")],
    )  # fmt: skip
    saved = save_product(db, acme, edited, ANN, settings)
    assert (saved.title, saved.status, saved.published) == ("Dome Tent 2P", "active", False)
    assert saved.attributes == [("capacity", "2 people")]
    assert [(v.price, v.compare_at, v.stock) for v in saved.variants] == [
        ("189.00", "229.99", "4"), ("149.99", "", "2"),
    ]  # fmt: skip
    assert saved.version != draft.version
    (change,) = list_changes(db, acme, subject=("product", shop["tent"])).changes
    assert change.actor == "ann@example.com" and change.action == "product.update"
    price = "DOME-TENT-1 price"
    assert (change.before[price], change.after[price]) == ("199.99 USD", "189.00 USD")
    assert change.before["attribute capacity"] is None
    assert change.after["title"] == "Dome Tent 2P" and "description" not in change.after


def test_invalid_values_name_their_fields_and_write_nothing(
    db: Database, shop: dict[str, int]
) -> None:
    acme = shop["acme"]
    draft = product_draft(db, acme, shop["tent"])
    first, second = draft.variants
    bad = replace(
        draft,
        title=" ",
        status="gone",
        attributes=[("colour", "red"), ("colour", "blue"), ("material", "")],
        variants=[replace(first, price="abc", compare_at="-1", stock="1.5"),
                  replace(second, price="100", compare_at="90", stock="-2")],
    )  # fmt: skip
    with pytest.raises(InvalidProductEdit) as raised:
        save_product(db, acme, bad, ANN, load_settings())
    v1, v2 = f"variants.{first.id}", f"variants.{second.id}"
    assert raised.value.errors == {
        "title": "required", "status": "invalid", "attributes.1.key": "duplicate",
        "attributes.2.value": "required", f"{v1}.price": "invalid",
        f"{v1}.compare_at": "negative", f"{v1}.stock": "invalid",
        f"{v2}.compare_at": "below_price", f"{v2}.stock": "negative",
    }  # fmt: skip
    assert product_draft(db, acme, shop["tent"]) == draft
    assert list_changes(db, acme).total == 0


def test_the_second_of_two_editors_is_refused_with_what_changed(
    db: Database, shop: dict[str, int]
) -> None:
    acme, settings = shop["acme"], load_settings()
    ann_sees = product_draft(db, acme, shop["kite"])
    bob_sees = product_draft(db, acme, shop["kite"])
    (variant,) = ann_sees.variants
    save_product(db, acme, replace(ann_sees, variants=[replace(variant, price="17.50")]),
                 ANN, settings)  # fmt: skip
    with pytest.raises(EditConflict) as raised:
        save_product(db, acme, replace(bob_sees, title="Blue Kite"), BOB, settings)
    (change,) = raised.value.changes
    assert change.actor == "ann@example.com" and change.after == {"RED-KITE-1 price": "17.50 USD"}
    assert raised.value.current.variants[0].price == "17.50"
    now = product_draft(db, acme, shop["kite"])
    assert now.title == "Red Kite" and now.variants[0].price == "17.50"  # nothing of Bob's
    # A tampered or empty version is a conflict too, never a blind overwrite.
    with pytest.raises(EditConflict):
        save_product(db, acme, replace(now, title="X", version="yesterday"), BOB, settings)


def test_a_save_that_changes_nothing_records_nothing(db: Database, shop: dict[str, int]) -> None:
    draft = product_draft(db, shop["acme"], shop["kite"])
    assert save_product(db, shop["acme"], draft, ANN, load_settings()) == draft
    assert list_changes(db, shop["acme"]).total == 0


def test_other_shops_products_and_variants_are_not_found(
    db: Database, shop: dict[str, int]
) -> None:
    acme, settings = shop["acme"], load_settings()
    with pytest.raises(NotFound):
        product_draft(db, acme, shop["gadget"])
    theirs = product_draft(db, shop["globex"], shop["gadget"])
    with pytest.raises(NotFound):
        save_product(db, acme, replace(theirs, title="Mine now"), ANN, settings)
    kite = product_draft(db, acme, shop["kite"])
    foreign = VariantDraft(theirs.variants[0].id, "1.00", "", "1")
    with pytest.raises(NotFound):
        save_product(db, acme, replace(kite, variants=[foreign]), ANN, settings)
    assert product_draft(db, shop["globex"], shop["gadget"]) == theirs


def test_two_saves_of_the_same_version_at_once_make_exactly_one_change(
    db: Database, shop: dict[str, int]
) -> None:
    acme, settings = shop["acme"], load_settings()
    seen = product_draft(db, acme, shop["kite"])
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(actor: Actor, title: str) -> None:
        barrier.wait()
        try:
            save_product(db, acme, replace(seen, title=title), actor, settings)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("refused")
        except Exception as error:  # reported by the assertion below, not lost in a thread
            outcomes.append(repr(error))

    threads = [threading.Thread(target=save, args=(a, t))
               for a, t in ((ANN, "Ann's Kite"), (BOB, "Bob's Kite"))]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["refused", "saved"]
    (change,) = list_changes(db, acme, subject=("product", shop["kite"])).changes
    assert product_draft(db, acme, shop["kite"]).title == change.after["title"]
