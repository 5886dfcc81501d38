"""Console sign-in: generic failures, lockout, sessions that end."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from tradewinds.accounts import SignInFailed, SignInLocked, SignInThrottle
from tradewinds.staff import (
    COMMAND_LINE,
    add_staff,
    find_staff,
    remove_staff,
    set_password,
    set_role,
    sign_in_staff,
    sign_out_staff,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import StaffSession, Tenant

PW = "correct horse battery"


def test_sign_in_finds_the_member_with_their_current_role(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme, globex = shops
    add_staff(db, acme.id, "ann@example.com", PW, "owner", COMMAND_LINE)
    clerk = add_staff(db, acme.id, "cy@example.com", PW, "staff", COMMAND_LINE)
    signed = sign_in_staff(db, acme.id, "CY@example.com", PW)
    found = find_staff(db, acme.id, signed.session_token)
    assert found is not None and found.id == clerk.id and found.role == "staff"
    set_role(db, acme.id, clerk.id, "manager", COMMAND_LINE)
    found = find_staff(db, acme.id, signed.session_token)
    assert found is not None and found.role == "manager"
    assert find_staff(db, globex.id, signed.session_token) is None  # another shop
    sign_out_staff(db, acme.id, signed.session_token)
    assert find_staff(db, acme.id, signed.session_token) is None


def test_wrong_password_and_unknown_email_fail_alike_and_lock_out(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme = shops[0].id
    add_staff(db, acme, "ann@example.com", PW, "owner", COMMAND_LINE)
    throttle = SignInThrottle(max_per_email=3, max_per_client=10)
    for email in ("nobody@example.com", "ann@example.com"):
        with pytest.raises(SignInFailed) as raised:
            sign_in_staff(db, acme, email, "wrong password", "1.2.3.4", throttle)
        assert raised.value.message == "wrong email or password"
    for _ in range(2):
        with pytest.raises(SignInFailed):
            sign_in_staff(db, acme, "ann@example.com", "wrong", "1.2.3.4", throttle)
    with pytest.raises(SignInLocked):  # even the right password, while locked
        sign_in_staff(db, acme, "ann@example.com", PW, "1.2.3.4", throttle)


def test_sessions_end_when_expired_reset_or_removed(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme = shops[0].id
    add_staff(db, acme, "ann@example.com", PW, "owner", COMMAND_LINE)
    clerk = add_staff(db, acme, "cy@example.com", PW, "staff", COMMAND_LINE)
    old = sign_in_staff(db, acme, "cy@example.com", PW).session_token
    with tenant_session(db, acme) as session:
        session.execute(update(StaffSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert find_staff(db, acme, old) is None
    token = sign_in_staff(db, acme, "cy@example.com", PW).session_token
    set_password(db, acme, clerk.id, "a new passphrase", COMMAND_LINE)
    assert find_staff(db, acme, token) is None
    with pytest.raises(SignInFailed):
        sign_in_staff(db, acme, "cy@example.com", PW)
    token = sign_in_staff(db, acme, "cy@example.com", "a new passphrase").session_token
    remove_staff(db, acme, clerk.id, COMMAND_LINE)
    assert find_staff(db, acme, token) is None
