"""Order list/get queries on SQLite and PostgreSQL: filters, dates, sorting, isolation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests._shop import Shop, add_order, seed_shop
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import get_order, list_orders
from tradewinds.store.tables import OrderStatus, Tenant


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    return seed_shop(db, tenant.id)


def names(db: Database, tenant: Tenant, **filters: object) -> list[str]:
    with tenant_session(db, tenant.id) as session:
        page = list_orders(session, **filters)  # type: ignore[arg-type]
        assert page.total == len(page.items)
        return [o.name for o in page.items]


def test_filters_and_sorting(db: Database, tenant: Tenant, shop: Shop) -> None:
    ann = shop.customers["ann@example.com"]
    assert names(db, tenant) == ["#1003", "#1002", "#1001"]
    assert names(db, tenant, sort="oldest") == ["#1001", "#1002", "#1003"]
    assert names(db, tenant, sort="total_desc") == ["#1002", "#1001", "#1003"]
    assert names(db, tenant, sort="total_asc") == ["#1003", "#1001", "#1002"]
    assert names(db, tenant, status="delivered") == ["#1002"]
    assert names(db, tenant, status=OrderStatus.PENDING) == ["#1003"]
    assert names(db, tenant, customer_id=ann) == ["#1003", "#1001"]
    assert names(db, tenant, email="bob@EXAMPLE.com") == ["#1002"]
    assert names(db, tenant, q="1002") == ["#1002"]


def test_created_range_is_from_inclusive_to_exclusive(
    db: Database, tenant: Tenant, shop: Shop
) -> None:
    feb_10 = datetime(2024, 2, 10, 9, tzinfo=UTC)  # exactly #1002's created_at
    assert names(db, tenant, created_from=feb_10) == ["#1003", "#1002"]
    assert names(db, tenant, created_to=feb_10) == ["#1001"]
    assert names(db, tenant, created_from=datetime(2024, 1, 1, tzinfo=UTC),
                 created_to=datetime(2024, 3, 1, tzinfo=UTC)) == ["#1002", "#1001"]  # fmt: skip


def test_order_detail_has_lines_history_and_window(
    db: Database, tenant: Tenant, shop: Shop
) -> None:
    with tenant_session(db, tenant.id) as session:
        order = get_order(session, "#1002")
        assert get_order(session, "1002").id == order.id == shop.orders["#1002"]
        assert get_order(session, order.id).name == "#1002"
        assert [(ln.title, ln.quantity, ln.price_minor) for ln in order.lines] == [
            ("Dome Tent", 1, 14999), ("Red Kite", 2, 1999)
        ]  # fmt: skip
        assert [h.status for h in order.history] == ["pending", "paid", "delivered"]
        assert order.window_start == datetime(2024, 2, 11, 9, tzinfo=UTC)
        assert order.window_end == datetime(2024, 2, 11, 11, tzinfo=UTC)
        assert order.promised_start is None


def test_other_tenants_orders_are_invisible(
    db: Database, tenant: Tenant, other_tenant: Tenant, shop: Shop
) -> None:
    theirs = add_order(db, other_tenant.id, "#1001", email="ann@example.com", currency="EUR")
    with tenant_session(db, tenant.id) as session:
        assert get_order(session, "#1001").id == shop.orders["#1001"]
        with pytest.raises(NotFound, match="no order"):
            get_order(session, theirs)
        assert list_orders(session, email="ann@example.com").total == 2
    with tenant_session(db, other_tenant.id) as session:
        page = list_orders(session)
        assert [o.id for o in page.items] == [theirs] and page.total == 1
        with pytest.raises(NotFound):
            get_order(session, "#1002")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "shipped"}, "status must be one of pending, paid"),
        ({"created_from": datetime(2024, 1, 1)}, "created_from must carry a time zone"),
        ({"created_from": datetime(2024, 2, 1, tzinfo=UTC),
          "created_to": datetime(2024, 1, 1, tzinfo=UTC)}, "must be before"),
        ({"sort": "biggest"}, "sort must be one of newest, oldest"),
        ({"limit": 500}, "limit must be an integer from 1 to 200"),
    ],
)  # fmt: skip
def test_invalid_arguments_say_what_was_expected(
    db: Database, tenant: Tenant, kwargs: dict[str, object], message: str
) -> None:
    with tenant_session(db, tenant.id) as session, pytest.raises(InvalidInput, match=message):
        list_orders(session, **kwargs)  # type: ignore[arg-type]
