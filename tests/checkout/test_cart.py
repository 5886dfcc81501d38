"""Carts on SQLite and PostgreSQL: pricing, limits, tenant isolation."""

from __future__ import annotations

import pytest

from tests._shop import add_product
from tests.checkout.conftest import Shop, variant_id
from tradewinds.checkout import (
    MAX_LINES,
    add_to_cart,
    get_cart,
    new_cart_token,
    remove_from_cart,
    set_quantity,
)
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import tenant_session
from tradewinds.store.tables import ProductStatus, Tenant, Variant


def test_cart_is_priced_from_current_prices_with_stock(shop: Shop) -> None:
    token = new_cart_token()
    assert get_cart(shop.db, shop.tenant_id, token).lines == ()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 2)
    cart = add_to_cart(shop.db, shop.tenant_id, token, shop.lantern)
    assert [(ln.title, ln.quantity, ln.line_total_minor, ln.stock) for ln in cart.lines] == [
        ("Red Kite", 2, 3998, 5),
        ("Storm Lantern", 1, 2500, 1),
    ]
    assert cart.subtotal_minor == 6498 and cart.currency == "USD" and cart.can_check_out
    with tenant_session(shop.db, shop.tenant_id) as session:
        kite = session.get(Variant, shop.kite)
        assert kite is not None
        kite.price_minor = 1500
    assert get_cart(shop.db, shop.tenant_id, token).subtotal_minor == 3000 + 2500


def test_add_update_remove(shop: Shop) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 2)
    cart = add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 3)
    assert [ln.quantity for ln in cart.lines] == [5]
    cart = set_quantity(shop.db, shop.tenant_id, token, shop.kite, 7)
    assert cart.lines[0].problem == "short" and not cart.can_check_out
    assert remove_from_cart(shop.db, shop.tenant_id, token, shop.kite).lines == ()
    with pytest.raises(NotFound):
        set_quantity(shop.db, shop.tenant_id, token, shop.kite, 1)


@pytest.mark.parametrize("quantity", [0, -1, 100])
def test_quantity_limits_name_the_field(shop: Shop, quantity: int) -> None:
    token = new_cart_token()
    with pytest.raises(InvalidInput, match="quantity: expected a whole number from 1 to 99") as e:
        add_to_cart(shop.db, shop.tenant_id, token, shop.kite, quantity)
    assert e.value.details == {"field": "quantity"}
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 99)
    with pytest.raises(InvalidInput, match="quantity"):
        add_to_cart(shop.db, shop.tenant_id, token, shop.kite, 1)  # 100 in all
    assert get_cart(shop.db, shop.tenant_id, token).lines[0].quantity == 99


def test_at_most_fifty_lines(shop: Shop) -> None:
    token = new_cart_token()
    add_product(shop.db, shop.tenant_id, "bead", prices=[100] * (MAX_LINES + 1))
    for i in range(MAX_LINES):
        add_to_cart(
            shop.db, shop.tenant_id, token, variant_id(shop.db, shop.tenant_id, f"BEAD-{i + 1}")
        )
    last = variant_id(shop.db, shop.tenant_id, f"BEAD-{MAX_LINES + 1}")
    with pytest.raises(InvalidInput, match="at most 50 different items") as error:
        add_to_cart(shop.db, shop.tenant_id, token, last)
    assert error.value.details == {"field": "lines"}
    assert len(get_cart(shop.db, shop.tenant_id, token).lines) == MAX_LINES


def test_unlisted_products_cannot_be_added_and_show_as_unavailable(shop: Shop) -> None:
    add_product(shop.db, shop.tenant_id, "draft-thing", prices=[100], status=ProductStatus.DRAFT)
    draft = variant_id(shop.db, shop.tenant_id, "DRAFT-THING-1")
    token = new_cart_token()
    with pytest.raises(NotFound):
        add_to_cart(shop.db, shop.tenant_id, token, draft)
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    with tenant_session(shop.db, shop.tenant_id) as session:
        kite = session.get(Variant, shop.kite)
        assert kite is not None
        kite.product.status = ProductStatus.ARCHIVED
    cart = get_cart(shop.db, shop.tenant_id, token)
    assert cart.lines[0].problem == "unavailable" and not cart.can_check_out


def test_tenants_see_neither_carts_nor_variants_of_each_other(
    shop: Shop, other_tenant: Tenant
) -> None:
    token = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, token, shop.kite)
    assert get_cart(shop.db, other_tenant.id, token).lines == ()
    with pytest.raises(NotFound):
        add_to_cart(shop.db, other_tenant.id, new_cart_token(), shop.kite)


def test_bad_tokens_are_refused(shop: Shop) -> None:
    for token in ("", "x" * 65, "a b", "<script>"):
        with pytest.raises(InvalidInput, match="cart token"):
            get_cart(shop.db, shop.tenant_id, token)
