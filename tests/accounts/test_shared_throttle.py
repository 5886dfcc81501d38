"""The sign-in throttle in the database, on SQLite and PostgreSQL: one count for every
process sharing the database (two separate ``Database`` handles stand for two server
processes), kept across a restart, per shop and per scope, keys stored only as digests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.accounts.conftest import PASSWORD
from tests.checkout.conftest import Shop
from tradewinds.accounts import (
    DatabaseThrottle,
    SignInFailed,
    SignInLocked,
    client_key,
    email_key,
    sign_in,
    sign_up,
)
from tradewinds.store import Database, open_database, system_session
from tradewinds.store.tables import SignInFailure, Tenant


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def second(db: Database) -> Iterator[Database]:
    """Another handle on the same database, as another worker process would open it."""
    other = open_database(url=db.engine.url.render_as_string(hide_password=False), migrate=False)
    yield other
    other.dispose()


def test_two_processes_count_one_email_together(
    db: Database, second: Database, tenant: Tenant
) -> None:
    clock = Clock()
    one = DatabaseThrottle(db, tenant.id, clock=clock)
    two = DatabaseThrottle(second, tenant.id, clock=clock)
    ann = email_key(tenant.id, "ann@example.com")
    for throttle in (one, two, one, two):
        throttle.failed(ann)
        clock.now += 10
    assert one.retry_after(ann) == two.retry_after(ann) == 0  # 4 of 5
    two.failed(ann)
    assert one.retry_after(ann) == pytest.approx(900 - 40)  # the 1st of the 5 ages out
    assert two.retry_after(email_key(tenant.id, " ANN@example.com")) > 0  # the same email
    clock.now += 900 - 40
    assert one.retry_after(ann) == 0


def test_a_client_locks_after_twenty_failures_over_many_emails(
    db: Database, second: Database, tenant: Tenant
) -> None:
    clock = Clock()
    client = client_key(tenant.id, "203.0.113.9")
    for n in range(20):
        throttle = DatabaseThrottle(db if n % 2 else second, tenant.id, clock=clock)
        throttle.failed(email_key(tenant.id, f"user{n}@example.com"), client)
    throttle = DatabaseThrottle(db, tenant.id, clock=clock)
    assert throttle.retry_after(email_key(tenant.id, "new@example.com"), client) == 900
    assert throttle.retry_after(client_key(tenant.id, "::1")) == 0


def test_counts_are_per_shop_and_scope_and_success_forgets_the_email(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    ann = email_key(tenant.id, "ann@example.com")
    shop = DatabaseThrottle(db, tenant.id)
    for _ in range(5):
        shop.failed(ann)
    assert shop.retry_after(ann) > 0
    assert DatabaseThrottle(db, tenant.id, "staff").retry_after(ann) == 0
    # Another shop's throttle never sees these rows, even asked for the same key.
    assert DatabaseThrottle(db, other_tenant.id).retry_after(ann) == 0
    DatabaseThrottle(db, other_tenant.id).clear()
    assert shop.retry_after(ann) > 0
    shop.succeeded(ann)
    assert shop.retry_after(ann) == 0


def test_rows_hold_digests_only_and_expired_ones_are_swept(db: Database, tenant: Tenant) -> None:
    clock = Clock()
    throttle = DatabaseThrottle(db, tenant.id, clock=clock)
    throttle.failed(email_key(tenant.id, "ann@example.com"), client_key(tenant.id, "192.0.2.1"))
    clock.now += 901
    throttle.failed(email_key(tenant.id, "bob@example.com"))
    with system_session(db) as session:
        rows = session.scalars(select(SignInFailure)).all()
        keys = [(row.key_sha256, row.failed_at, row.scope, row.tenant_id) for row in rows]
    assert len(keys) == 1  # ann's and the client's aged out and were swept
    digest, failed_at, scope, tenant_id = keys[0]
    assert len(digest) == 64 and int(digest, 16) >= 0 and "bob" not in digest
    assert (failed_at, scope, tenant_id) == (clock.now, "shop", tenant.id)


def test_parameters_are_checked(db: Database, tenant: Tenant) -> None:
    with pytest.raises(ValueError, match="max_per_email"):
        DatabaseThrottle(db, tenant.id, max_per_client=0)
    with pytest.raises(ValueError, match="scope"):
        DatabaseThrottle(db, tenant.id, "api")


def test_sign_in_counts_in_the_database_across_processes_and_restarts(shop: Shop) -> None:
    """Failures through one handle lock the email for another, and still after every handle
    is closed and the database reopened (a lower limit than the default's 5 keeps the
    password hashing short; the default throttle is ``test_signin``'s)."""
    ann, tid = "ann@example.com", shop.tenant_id
    sign_up(shop.db, tid, "Ann", ann, PASSWORD)
    url = shop.db.engine.url.render_as_string(hide_password=False)
    for n in range(2):
        worker = open_database(url=url, migrate=False)
        throttle = DatabaseThrottle(worker, tid, max_per_email=2)
        with pytest.raises(SignInFailed):
            sign_in(worker, tid, ann, "guess", "", f"192.0.2.{n}", throttle)
        worker.dispose()
    shop.db.dispose()  # a restart: no process holds anything
    restarted = open_database(url=url, migrate=False)
    try:
        throttle = DatabaseThrottle(restarted, tid, max_per_email=2)
        with pytest.raises(SignInLocked) as locked:
            sign_in(restarted, tid, ann, PASSWORD, "", "192.0.2.9", throttle)
        assert 0 < locked.value.retry_after <= 900
        throttle.clear()  # an operator lifting it
        assert sign_in(restarted, tid, ann, PASSWORD, "", "", throttle).account.email == ann
    finally:
        restarted.dispose()
