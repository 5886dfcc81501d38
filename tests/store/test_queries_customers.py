"""Customer list/get queries on SQLite and PostgreSQL: filters, sorting, isolation."""

from __future__ import annotations

import pytest

from tests._shop import Shop, add_customer, seed_shop
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import get_customer, list_customers
from tradewinds.store.tables import Tenant


@pytest.fixture
def shop(db: Database, tenant: Tenant) -> Shop:
    return seed_shop(db, tenant.id)


def emails(db: Database, tenant: Tenant, **filters: object) -> list[str]:
    with tenant_session(db, tenant.id) as session:
        page = list_customers(session, **filters)  # type: ignore[arg-type]
        assert page.total == len(page.items)
        return [c.email for c in page.items]


def test_filters_and_sorting(db: Database, tenant: Tenant, shop: Shop) -> None:
    assert emails(db, tenant) == ["cy@example.com", "bob@example.com", "ann@example.com"]
    assert emails(db, tenant, sort="name") == [
        "ann@example.com", "cy@example.com", "bob@example.com"
    ]  # fmt: skip
    assert emails(db, tenant, sort="email") == sorted(emails(db, tenant))
    assert emails(db, tenant, city="SPRINGFIELD") == ["cy@example.com", "ann@example.com"]
    assert emails(db, tenant, q="bob st") == ["bob@example.com"]  # full name
    assert emails(db, tenant, q="ANN@") == ["ann@example.com"]
    assert emails(db, tenant, country="us", accepts_marketing=True) == ["bob@example.com"]
    assert emails(db, tenant, country="DE") == []


def test_get_by_id_or_email(db: Database, tenant: Tenant, shop: Shop) -> None:
    ann = shop.customers["ann@example.com"]
    with tenant_session(db, tenant.id) as session:
        assert get_customer(session, ann).name == "Ann Lee"
        assert get_customer(session, "Ann@Example.com").id == ann
        with pytest.raises(NotFound, match="nobody"):
            get_customer(session, "nobody")


def test_other_tenants_customers_are_invisible(
    db: Database, tenant: Tenant, other_tenant: Tenant, shop: Shop
) -> None:
    theirs = add_customer(db, other_tenant.id, "ann@example.com", "Other", "Ann")
    with tenant_session(db, tenant.id) as session:
        assert get_customer(session, "ann@example.com").id == shop.customers["ann@example.com"]
        with pytest.raises(NotFound):
            get_customer(session, theirs)
        assert list_customers(session, q="other").total == 0
    with tenant_session(db, other_tenant.id) as session:
        assert [c.id for c in list_customers(session).items] == [theirs]


def test_invalid_sort(db: Database, tenant: Tenant) -> None:
    with (
        tenant_session(db, tenant.id) as session,
        pytest.raises(InvalidInput, match="sort must be one of newest, name, email"),
    ):
        list_customers(session, sort="age")
