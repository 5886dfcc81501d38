"""Sign-up, sign-in, sign-out and the signed-in session.

A signed-in session is a new random token (the old cookie's token is never promoted, so a
token planted before sign-in is useless after it); the database keeps its SHA-256 and
expiry, and signing out deletes it. Signing in merges the guest cart into the account's
cart (``tradewinds.checkout.claim_cart``). Every failure to sign in raises the same
:class:`SignInFailed`, whether the email is unknown or the password wrong; logs carry ids,
never emails.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from tradewinds.accounts.passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    hash_password,
    needs_rehash,
    verify_password,
)
from tradewinds.accounts.shared_throttle import DatabaseThrottle
from tradewinds.accounts.throttle import Throttle, client_key, email_key
from tradewinds.checkout import Contact, InvalidContact, claim_cart
from tradewinds.core.errors import InvalidFields, Unauthorized
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import AccountSession, Customer

log = logging.getLogger(__name__)
SESSION_DAYS = 30


class SignInFailed(Unauthorized):
    """Wrong email or password (deliberately not saying which)."""


class SignInLocked(Unauthorized):
    """Too many failed attempts for this email or from this client; ``retry_after`` is in
    seconds."""

    code = "too_many_attempts"
    http_status = 429

    def __init__(self, retry_after: float) -> None:
        minutes = max(1, round(retry_after / 60))
        super().__init__(
            f"too many failed sign-ins: try again in {minutes} minutes",
            details={"retry_after": int(retry_after) + 1},
        )
        self.retry_after = retry_after


class InvalidSignUp(InvalidFields):
    """Some sign-up fields are wrong; ``errors`` maps each field (``name``, ``email``,
    ``password``) to ``required``, ``invalid``, ``too_short``, ``too_long`` or ``taken``."""


@dataclass(frozen=True)
class Account:
    """A signed-in customer as the pages need it."""

    customer_id: int
    email: str
    name: str
    cart_token: str


@dataclass(frozen=True)
class SignedIn:
    """A new signed-in session: the token for the cookie, and whose it is."""

    session_token: str
    account: Account


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _account(customer: Customer) -> Account:
    return Account(customer.id, customer.email, customer.name, customer.cart_token or "")


def _check_sign_up(name: str, email: str, password: str) -> tuple[str, str]:
    errors: dict[str, str] = {}
    try:  # the checkout's rules for a name and an email
        Contact(email, name, "-", "-", "000", "US").cleaned()
    except InvalidContact as error:
        for field in ("name", "email"):
            if field in error.errors:
                required = error.errors[field] == "required"
                errors[field] = "required" if required else "invalid"
    if not password:
        errors["password"] = "required"
    elif len(password) < MIN_LENGTH:
        errors["password"] = "too_short"
    elif len(password) > MAX_LENGTH:
        errors["password"] = "too_long"
    if errors:
        raise InvalidSignUp(errors)
    return name.strip(), email.strip().lower()


def sign_up(
    db: Database,
    tenant_id: int,
    name: str,
    email: str,
    password: str,
    guest_token: str = "",
    client: str = "",
    throttle: Throttle | None = None,
) -> SignedIn:
    """Create an account and sign it in (merging the guest cart of ``guest_token``).

    A customer already known by this email from a guest checkout becomes the account (their
    earlier guest orders stay out of it: see :func:`~tradewinds.accounts.list_orders`).
    Raises :class:`InvalidSignUp` (``taken`` when the email already has an account) and
    :class:`SignInLocked` when this client has failed too often. ``throttle`` defaults to
    the shop's counts in the database (:class:`DatabaseThrottle`, shared by every process).
    """
    throttle = throttle or DatabaseThrottle(db, tenant_id)
    keys = (client_key(tenant_id, client),) if client else ()
    wait = throttle.retry_after(*keys)
    if wait:
        raise SignInLocked(wait)
    name, email = _check_sign_up(name, email, password)
    password_hash = hash_password(password)
    first, _, last = name.partition(" ")
    try:
        with tenant_session(db, tenant_id) as session:
            customer = session.scalars(
                select(Customer).where(Customer.email == email)
            ).one_or_none()
            if customer is not None and customer.password_hash:
                throttle.failed(*keys)  # probing for registered emails counts as a failure
                raise InvalidSignUp({"email": "taken"})
            if customer is None:
                customer = Customer(email=email)
                session.add(customer)
            customer.first_name, customer.last_name = first, last
            customer.password_hash = password_hash
            customer.signed_up_at = utcnow()
            session.flush()
            customer_id = customer.id
    except IntegrityError as error:  # the same email signed up concurrently
        raise InvalidSignUp({"email": "taken"}) from error
    log.info("account created", extra={"tenant_id": tenant_id, "customer_id": customer_id})
    return _start_session(db, tenant_id, customer_id, guest_token)


def sign_in(
    db: Database,
    tenant_id: int,
    email: str,
    password: str,
    guest_token: str = "",
    client: str = "",
    throttle: Throttle | None = None,
) -> SignedIn:
    """Check the password and start a new signed-in session, merging the guest cart.

    Raises :class:`SignInFailed` for an unknown email or a wrong password alike, and
    :class:`SignInLocked` (before checking anything) while the email or the client is
    locked out. ``throttle`` defaults to the shop's counts in the database
    (:class:`DatabaseThrottle`, shared by every process).
    """
    throttle = throttle or DatabaseThrottle(db, tenant_id)
    email = email.strip().lower()[:MAX_LENGTH]
    keys = (email_key(tenant_id, email), *((client_key(tenant_id, client),) if client else ()))
    wait = throttle.retry_after(*keys)
    if wait:
        raise SignInLocked(wait)
    with tenant_session(db, tenant_id) as session:
        customer = session.scalars(select(Customer).where(Customer.email == email)).one_or_none()
        stored = customer.password_hash if customer is not None else None
        ok = len(password) <= MAX_LENGTH and verify_password(stored, password)
        if customer is None or stored is None or not ok:
            throttle.failed(*keys)
            log.info("sign-in failed", extra={"tenant_id": tenant_id})
            raise SignInFailed("wrong email or password")
        if needs_rehash(stored):
            customer.password_hash = hash_password(password)
        customer_id = customer.id
    throttle.succeeded(keys[0])
    return _start_session(db, tenant_id, customer_id, guest_token)


def _start_session(db: Database, tenant_id: int, customer_id: int, guest_token: str) -> SignedIn:
    claim_cart(db, tenant_id, guest_token, customer_id)
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with tenant_session(db, tenant_id) as session:
        session.execute(  # sweep this customer's expired sessions
            delete(AccountSession).where(
                AccountSession.customer_id == customer_id, AccountSession.expires_at < now
            )
        )
        session.add(
            AccountSession(
                customer_id=customer_id,
                token_hash=_digest(token),
                expires_at=now + timedelta(days=SESSION_DAYS),
            )
        )
        customer = session.get(Customer, customer_id)
        assert customer is not None
        account = _account(customer)
    log.info("signed in", extra={"tenant_id": tenant_id, "customer_id": customer_id})
    return SignedIn(token, account)


def find_account(db: Database, tenant_id: int, session_token: str) -> Account | None:
    """The account signed in with ``session_token`` in this shop, or None (a guest, an
    expired or signed-out session, or another shop's session)."""
    if not session_token:
        return None
    with tenant_session(db, tenant_id) as session:
        row = session.execute(
            select(Customer)
            .join(AccountSession, AccountSession.customer_id == Customer.id)
            .where(
                AccountSession.token_hash == _digest(session_token),
                AccountSession.expires_at > utcnow(),
            )
        ).one_or_none()
        return _account(row[0]) if row is not None else None


def sign_out(db: Database, tenant_id: int, session_token: str) -> None:
    """End the signed-in session of ``session_token`` (nothing happens for a guest's)."""
    with tenant_session(db, tenant_id) as session:
        session.execute(
            delete(AccountSession).where(AccountSession.token_hash == _digest(session_token))
        )
