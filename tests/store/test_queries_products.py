"""Product list/get queries on SQLite and PostgreSQL: filters, sorting, pages, isolation."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from tests._shop import Shop, add_product, seed_shop
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.money import Money
from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import get_product, list_products
from tradewinds.store.tables import Tenant


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    return seed_shop(db, tenant.id)


def handles(db: Database, tenant: Tenant, **filters: object) -> list[str]:
    with tenant_session(db, tenant.id) as session:
        page = list_products(session, **filters)  # type: ignore[arg-type]
        assert page.total >= len(page.items)
        return [p.handle for p in page.items]


def test_default_sort_is_newest_first(db: Database, tenant: Tenant, shop: Shop) -> None:
    assert handles(db, tenant) == [
        "cotton-tee", "beach-ball", "dome-tent", "jigsaw-1000", "red-kite"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"q": "kite"}, ["red-kite"]),
        ({"q": "TENT"}, ["dome-tent"]),
        ({"q": "100%"}, ["cotton-tee"]),  # % is literal, not a wildcard
        ({"q": "tee_"}, ["cotton-tee"]),  # matches the SKU TEE_01; _ is literal
        ({"q": "e_t"}, []),
        ({"q": "JIGSAW-1000-2"}, ["jigsaw-1000"]),  # variant SKU
        ({"category": "Toys"}, ["jigsaw-1000", "red-kite"]),  # path includes subcategories
        ({"category": "puzzles"}, ["jigsaw-1000"]),  # by name, case-insensitive
        ({"category": "Outdoor > Tents"}, ["dome-tent"]),
        ({"vendor": "SKYCO"}, ["beach-ball", "red-kite"]),
        ({"status": "archived"}, ["beach-ball"]),
        ({"tag": "summer"}, ["dome-tent", "red-kite"]),
        ({"in_stock": False}, ["jigsaw-1000"]),
        ({"in_stock": True, "vendor": "skyco", "status": "active"}, ["red-kite"]),
        ({"min_price": Money(1999, "USD")}, ["dome-tent", "jigsaw-1000", "red-kite"]),
        ({"max_price": Money(1999, "USD")}, ["cotton-tee", "beach-ball", "red-kite"]),
        # dome-tent's cheapest variant is 149.99 although its first costs 199.99
        ({"min_price": Money(15000, "USD")}, []),
        ({"min_price": Money(2000, "USD"), "max_price": Money(14999, "USD")},
         ["dome-tent", "jigsaw-1000"]),
        ({"min_price": Money(1, "EUR")}, []),  # no product is priced in EUR
    ],
)  # fmt: skip
def test_filters(
    db: Database, tenant: Tenant, shop: Shop, filters: dict[str, object], expected: list[str]
) -> None:
    assert handles(db, tenant, **filters) == expected


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            "title",
            ["cotton-tee", "beach-ball", "dome-tent", "jigsaw-1000", "red-kite"],
        ),  # "100% ..."
        ("price_asc", ["beach-ball", "cotton-tee", "red-kite", "jigsaw-1000", "dome-tent"]),
        ("price_desc", ["dome-tent", "jigsaw-1000", "red-kite", "cotton-tee", "beach-ball"]),
    ],
)
def test_sorting(db: Database, tenant: Tenant, shop: Shop, sort: str, expected: list[str]) -> None:
    assert handles(db, tenant, sort=sort) == expected


def test_pages_cover_all_rows_once_with_total(db: Database, tenant: Tenant, shop: Shop) -> None:
    seen: list[str] = []
    with tenant_session(db, tenant.id) as session:
        offset: int | None = 0
        while offset is not None:
            page = list_products(session, sort="title", limit=2, offset=offset)
            assert page.total == 5
            assert len(page.items) <= 2
            seen += [p.handle for p in page.items]
            offset = page.next_offset
        beyond = list_products(session, limit=2, offset=10)
    assert seen == ["cotton-tee", "beach-ball", "dome-tent", "jigsaw-1000", "red-kite"]
    assert beyond.items == [] and beyond.total == 5 and beyond.next_offset is None


def test_total_counts_all_matches_not_the_page(db: Database, tenant: Tenant, shop: Shop) -> None:
    with tenant_session(db, tenant.id) as session:
        page = list_products(session, tag="summer", limit=1)
    assert page.total == 2 and len(page.items) == 1 and page.next_offset == 1


def test_relationships_load_without_a_query_per_row(db: Database, tenant: Tenant) -> None:
    for i in range(12):
        add_product(db, tenant.id, f"p-{i}", category="A > B", tags=["x", "y"],
                    prices=[100, 200])  # fmt: skip
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with tenant_session(db, tenant.id) as session:
            page = list_products(session, limit=12)
            # Touch every relationship a response uses.
            summary = [(len(p.variants), len(p.tags), p.category and p.category.path,
                        len(p.images), len(p.attributes), len(p.options))
                       for p in page.items]  # fmt: skip
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert summary[0][:3] == (2, 2, "A > B")
    # count + products (category joined) + one selectin per collection; not 12 x anything
    assert len(statements) <= 8, statements


def test_other_tenants_products_are_invisible(
    db: Database, tenant: Tenant, other_tenant: Tenant, shop: Shop
) -> None:
    theirs = add_product(db, other_tenant.id, "red-kite", "Their Kite", tags=["summer"],
                         prices=[1])  # fmt: skip
    with tenant_session(db, tenant.id) as session:
        assert list_products(session, q="their").total == 0
        assert get_product(session, "red-kite").id == shop.products["red-kite"]
        with pytest.raises(NotFound):
            get_product(session, theirs)
    with tenant_session(db, other_tenant.id) as session:
        page = list_products(session, tag="summer")
        assert [p.title for p in page.items] == ["Their Kite"] and page.total == 1
        with pytest.raises(NotFound):
            get_product(session, shop.products["dome-tent"])


def test_get_by_id_or_handle(db: Database, tenant: Tenant, shop: Shop) -> None:
    digits = add_product(db, tenant.id, "1000", "Numbered")
    with tenant_session(db, tenant.id) as session:
        by_id = get_product(session, shop.products["dome-tent"])
        by_text_id = get_product(session, str(shop.products["dome-tent"]))
        by_handle = get_product(session, "dome-tent")
        assert by_id.id == by_text_id.id == by_handle.id
        assert [v.price_minor for v in by_handle.variants] == [19999, 14999]
        assert get_product(session, "1000").id == digits  # no product has id 1000
        with pytest.raises(NotFound, match="no-such"):
            get_product(session, "no-such")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": 0}, "limit must be an integer from 1 to 200"),
        ({"limit": 201}, "limit must be an integer from 1 to 200"),
        ({"offset": -1}, "offset must be an integer >= 0"),
        ({"sort": "cheapest"}, "sort must be one of newest, title, price_asc, price_desc"),
        ({"status": "gone"}, "status must be one of active, draft, archived"),
        ({"min_price": Money(500, "USD"), "max_price": Money(100, "USD")}, "greater than"),
    ],
)
def test_invalid_arguments_say_what_was_expected(
    db: Database, tenant: Tenant, kwargs: dict[str, object], message: str
) -> None:
    with tenant_session(db, tenant.id) as session, pytest.raises(InvalidInput, match=message):
        list_products(session, **kwargs)  # type: ignore[arg-type]
