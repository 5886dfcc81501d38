"""Sign-up, sign-in, sign-out on SQLite and PostgreSQL: hashes, generic failures, lockout,
session rotation, tenant isolation, the guest cart merged, no personal data in logs."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from tests.accounts.conftest import PASSWORD
from tests.checkout.conftest import Shop
from tradewinds.accounts import (
    InvalidSignUp,
    SignInFailed,
    SignInLocked,
    find_account,
    sign_in,
    sign_out,
    sign_up,
)
from tradewinds.checkout import MAX_QUANTITY, add_to_cart, get_cart, new_cart_token
from tradewinds.store import tenant_session
from tradewinds.store.tables import AccountSession, Customer, Tenant


def test_sign_up_stores_an_argon2_hash_and_signs_in(shop: Shop) -> None:
    signed = sign_up(shop.db, shop.tenant_id, " Ann Lee ", "Ann@Example.com", PASSWORD)
    account = find_account(shop.db, shop.tenant_id, signed.session_token)
    assert account == signed.account
    assert (account.email, account.name) == ("ann@example.com", "Ann Lee")
    with tenant_session(shop.db, shop.tenant_id) as session:
        customer = session.scalars(select(Customer)).one()
        stored = [row.token_hash for row in session.scalars(select(AccountSession))]
    assert customer.password_hash and customer.password_hash.startswith("$argon2id$")
    assert PASSWORD not in customer.password_hash
    assert stored and signed.session_token not in stored  # only its digest is kept


def test_sign_up_names_each_wrong_field(shop: Shop) -> None:
    with pytest.raises(InvalidSignUp) as caught:
        sign_up(shop.db, shop.tenant_id, "", "not-an-email", "short")
    assert caught.value.errors == {"name": "required", "email": "invalid", "password": "too_short"}
    sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD)
    with pytest.raises(InvalidSignUp) as taken:
        sign_up(shop.db, shop.tenant_id, "Other", "ANN@example.com", "another password")
    assert taken.value.errors == {"email": "taken"}


def test_wrong_password_and_unknown_email_fail_alike(shop: Shop) -> None:
    sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        sign_in(shop.db, shop.tenant_id, "ann@example.com", "wrong password")
    with pytest.raises(SignInFailed) as unknown:
        sign_in(shop.db, shop.tenant_id, "nobody@example.com", PASSWORD)
    assert str(wrong.value) == str(unknown.value) and wrong.value.details == unknown.value.details


def test_five_failures_lock_the_email_even_for_the_right_password(shop: Shop) -> None:
    sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(shop.db, shop.tenant_id, "ann@example.com", "guess", client="198.51.100.7")
    with pytest.raises(SignInLocked) as locked:
        sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD, client="192.0.2.1")
    assert locked.value.http_status == 429 and 0 < locked.value.retry_after <= 900
    # Unknown emails lock the same way, so the lockout does not tell which exist.
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(shop.db, shop.tenant_id, "nobody@example.com", "guess", client="192.0.2.2")
    with pytest.raises(SignInLocked):
        sign_in(shop.db, shop.tenant_id, "nobody@example.com", "guess", client="192.0.2.3")


def test_each_sign_in_is_a_new_session_and_sign_out_ends_it(shop: Shop) -> None:
    sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD)
    first = sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD)
    second = sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD)
    assert first.session_token != second.session_token
    sign_out(shop.db, shop.tenant_id, first.session_token)
    assert find_account(shop.db, shop.tenant_id, first.session_token) is None
    assert find_account(shop.db, shop.tenant_id, second.session_token) is not None
    assert find_account(shop.db, shop.tenant_id, new_cart_token()) is None
    assert find_account(shop.db, shop.tenant_id, "") is None


def test_an_account_of_one_shop_cannot_sign_in_to_another(shop: Shop, other_tenant: Tenant) -> None:
    signed = sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD)
    with pytest.raises(SignInFailed):
        sign_in(shop.db, other_tenant.id, "ann@example.com", PASSWORD)
    assert find_account(shop.db, other_tenant.id, signed.session_token) is None
    # The same email may have its own, separate account in the other shop.
    other = sign_up(shop.db, other_tenant.id, "Ann G", "ann@example.com", "globex password")
    assert other.account.customer_id != signed.account.customer_id
    with pytest.raises(SignInFailed):
        sign_in(shop.db, other_tenant.id, "ann@example.com", PASSWORD)


def test_the_guest_cart_merges_into_the_account_cart(shop: Shop) -> None:
    guest = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, guest, shop.kite, 2)
    signed = sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD, guest)
    cart_token = signed.account.cart_token
    assert cart_token and cart_token not in (guest, signed.session_token)
    assert [
        (ln.variant_id, ln.quantity) for ln in get_cart(shop.db, shop.tenant_id, cart_token).lines
    ] == [(shop.kite, 2)]
    assert get_cart(shop.db, shop.tenant_id, guest).lines == ()  # the guest cart is gone
    sign_out(shop.db, shop.tenant_id, signed.session_token)

    # Next visit: another guest cart, merged into the same account cart (quantities add).
    later = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, later, shop.kite, 3)
    add_to_cart(shop.db, shop.tenant_id, later, shop.lantern, 1)
    again = sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD, later)
    assert again.account.cart_token == cart_token
    lines = get_cart(shop.db, shop.tenant_id, cart_token).lines
    assert [(ln.variant_id, ln.quantity) for ln in lines] == [(shop.kite, 5), (shop.lantern, 1)]


def test_merged_quantities_stop_at_the_limit(shop: Shop) -> None:
    first = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, first, shop.kite, 60)
    signed = sign_up(shop.db, shop.tenant_id, "Ann", "ann@example.com", PASSWORD, first)
    second = new_cart_token()
    add_to_cart(shop.db, shop.tenant_id, second, shop.kite, 60)
    sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD, second)
    lines = get_cart(shop.db, shop.tenant_id, signed.account.cart_token).lines
    assert [ln.quantity for ln in lines] == [MAX_QUANTITY]


def test_logs_hold_ids_never_emails_or_passwords(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tradewinds")
    sign_up(shop.db, shop.tenant_id, "Ann Lee", "ann@example.com", PASSWORD)
    sign_in(shop.db, shop.tenant_id, "ann@example.com", PASSWORD)
    with pytest.raises(SignInFailed):
        sign_in(shop.db, shop.tenant_id, "ann@example.com", "wrong password")
    assert caplog.records
    for record in caplog.records:
        text = f"{record.getMessage()} {record.__dict__}"
        for secret in ("ann@example.com", "Ann Lee", PASSWORD, "wrong password"):
            assert secret not in text
