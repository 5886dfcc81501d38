"""Saved addresses on SQLite and PostgreSQL: the default, checks, and one customer never
reaching another's addresses."""

from __future__ import annotations

import pytest

from tests.accounts.conftest import PASSWORD
from tests.checkout.conftest import Shop
from tradewinds.accounts import (
    Address,
    add_address,
    default_address,
    delete_address,
    get_address,
    list_addresses,
    set_default_address,
    sign_up,
    update_address,
)
from tradewinds.checkout import InvalidContact
from tradewinds.core.errors import NotFound
from tradewinds.store.tables import Tenant

HOME = Address("Ann Lee", "1 Main St", "Springfield", "12345", "us")
WORK = Address("Ann Lee", "9 Office Rd", "Shelbyville", "54321", "US")


def _customer(shop: Shop, email: str = "ann@example.com", tenant_id: int = 0) -> int:
    signed = sign_up(shop.db, tenant_id or shop.tenant_id, "Ann", email, PASSWORD)
    return signed.account.customer_id


def test_first_address_is_the_default_and_the_default_moves(shop: Shop) -> None:
    ann = _customer(shop)
    assert default_address(shop.db, shop.tenant_id, ann) is None
    home = add_address(shop.db, shop.tenant_id, ann, HOME)
    assert home.is_default and home.address.country == "US"  # cleaned like the checkout
    work = add_address(shop.db, shop.tenant_id, ann, WORK)
    assert not work.is_default
    set_default_address(shop.db, shop.tenant_id, ann, work.id)
    listed = list_addresses(shop.db, shop.tenant_id, ann)
    assert [(a.id, a.is_default) for a in listed] == [(work.id, True), (home.id, False)]
    delete_address(shop.db, shop.tenant_id, ann, work.id)
    found = default_address(shop.db, shop.tenant_id, ann)
    assert found is not None and found.id == home.id
    changed = update_address(shop.db, shop.tenant_id, ann, home.id, WORK)
    assert changed.address == WORK and get_address(shop.db, shop.tenant_id, ann, home.id) == changed


def test_wrong_fields_are_named_and_nothing_saved(shop: Shop) -> None:
    ann = _customer(shop)
    with pytest.raises(InvalidContact) as caught:
        add_address(shop.db, shop.tenant_id, ann, Address("", "1 Main St", "X", "!", "USA"))
    assert set(caught.value.errors) == {"name", "postal_code", "country"}
    assert list_addresses(shop.db, shop.tenant_id, ann) == []


def test_another_customers_address_is_not_found(shop: Shop, other_tenant: Tenant) -> None:
    ann, bo = _customer(shop), _customer(shop, "bo@example.com")
    home = add_address(shop.db, shop.tenant_id, ann, HOME)
    for call in (
        lambda: get_address(shop.db, shop.tenant_id, bo, home.id),
        lambda: update_address(shop.db, shop.tenant_id, bo, home.id, WORK),
        lambda: delete_address(shop.db, shop.tenant_id, bo, home.id),
        lambda: set_default_address(shop.db, shop.tenant_id, bo, home.id),
        lambda: get_address(shop.db, other_tenant.id, ann, home.id),
    ):
        with pytest.raises(NotFound):
            call()
    assert list_addresses(shop.db, shop.tenant_id, bo) == []
    assert get_address(shop.db, shop.tenant_id, ann, home.id).address.street == "1 Main St"
