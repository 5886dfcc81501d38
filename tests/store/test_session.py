"""Tenant isolation: tenant A can never read or change tenant B's data, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, insert, select, update

from tradewinds.core.errors import TenantIsolationError
from tradewinds.store import Database, system_session, tenant_session
from tradewinds.store.tables import (
    Customer,
    InteractionEvent,
    Order,
    OrderLine,
    Product,
    Tenant,
    Variant,
)


def _seed(db: Database, tenant: Tenant, handle: str = "tent") -> int:
    with tenant_session(db, tenant.id) as s:
        product = Product(
            handle=handle,
            title=f"{tenant.slug} {handle}",
            variants=[Variant(sku=f"{handle}-1", price_minor=19999, currency=tenant.currency)],
        )
        customer = Customer(email="ann@example.com", first_name="Ann")
        s.add_all([product, customer])
        s.flush()
        order = Order(
            name="#1001", currency=tenant.currency, customer_id=customer.id, total_minor=19999
        )
        order.lines.append(
            OrderLine(
                variant_id=product.variants[0].id,
                sku=f"{handle}-1",
                title="Tent",
                quantity=1,
                price_minor=19999,
            )
        )
        s.add(order)
        s.flush()
        return product.id


def test_each_tenant_sees_only_its_own_rows(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    a_product = _seed(db, tenant)
    _seed(db, other_tenant)  # same handle, SKU, email and order name: allowed per tenant
    for t in (tenant, other_tenant):
        with tenant_session(db, t.id) as s:
            titles = s.scalars(select(Product.title)).all()
            assert titles == [f"{t.slug} tent"]
            assert s.scalar(select(func.count()).select_from(Variant)) == 1
            assert s.scalar(select(func.count()).select_from(Order)) == 1
            # Joins and relationship loads are scoped too.
            joined = s.execute(select(Order.name, OrderLine.sku).join(Order.lines)).all()
            assert len(joined) == 1
            order = s.scalars(select(Order)).one()
            assert [line.tenant_id for line in order.lines] == [t.id]
    with tenant_session(db, other_tenant.id) as s:
        assert s.get(Product, a_product) is None


def test_bulk_update_and_delete_cannot_reach_another_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    _seed(db, tenant)
    with tenant_session(db, other_tenant.id) as s:
        assert s.execute(update(Product).values(title="defaced")).rowcount == 0
        assert s.execute(delete(Variant)).rowcount == 0
        assert s.execute(update(Variant).values(price_minor=1)).rowcount == 0
    with tenant_session(db, tenant.id) as s:
        product = s.scalars(select(Product)).one()
        assert product.title == "acme tent"
        assert product.variants[0].price_minor == 19999


def test_bulk_update_by_primary_key_cannot_reach_another_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    _seed(db, tenant)
    with tenant_session(db, tenant.id) as s:
        variant_id = s.scalars(select(Variant.id)).one()
    with tenant_session(db, other_tenant.id) as s:
        s.execute(update(Variant), [{"id": variant_id, "price_minor": 1}])
    with tenant_session(db, tenant.id) as s:
        assert s.scalars(select(Variant.price_minor)).one() == 19999


def test_writing_rows_for_another_tenant_is_refused(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(TenantIsolationError), tenant_session(db, other_tenant.id) as s:
        s.add(Product(handle="x", title="X", tenant_id=tenant.id))
    with pytest.raises(TenantIsolationError), tenant_session(db, other_tenant.id) as s:
        s.execute(insert(Product), [{"handle": "y", "title": "Y", "tenant_id": tenant.id}])
    with system_session(db) as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 0


def test_moving_a_row_to_another_tenant_is_refused(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    _seed(db, tenant)
    with pytest.raises(TenantIsolationError), tenant_session(db, tenant.id) as s:
        product = s.scalars(select(Product)).one()
        product.tenant_id = other_tenant.id
    with tenant_session(db, other_tenant.id) as s:
        assert s.scalars(select(Product)).all() == []


def test_new_rows_are_stamped_with_the_session_tenant(db: Database, tenant: Tenant) -> None:
    with tenant_session(db, tenant.id) as s:
        s.add(InteractionEvent(kind="view"))
    with system_session(db) as s:
        assert s.scalars(select(InteractionEvent.tenant_id)).all() == [tenant.id]


def test_a_session_without_tenant_refuses_tenant_data(db: Database, tenant: Tenant) -> None:
    _seed(db, tenant)
    session = db.sessions()
    try:
        with pytest.raises(TenantIsolationError, match="without a tenant"):
            session.scalars(select(Product)).all()
        # Non-tenant tables (the tenant list itself) stay readable for lookups.
        assert session.scalars(select(Tenant.slug)).all() == ["acme"]
    finally:
        session.close()


def test_deleting_a_tenant_cascades_to_its_rows_only(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    _seed(db, tenant)
    _seed(db, other_tenant)
    with system_session(db) as s:
        s.execute(delete(Tenant).where(Tenant.id == tenant.id))
    with system_session(db) as s:
        assert s.scalars(select(Product.tenant_id)).all() == [other_tenant.id]
        assert s.scalars(select(OrderLine.tenant_id)).all() == [other_tenant.id]
