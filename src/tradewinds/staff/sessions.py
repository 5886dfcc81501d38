"""Signing in to the console: passwords, lockout, sessions.

A console session is separate from the shopper's: its own table and cookie, a new random
token at every sign-in (the database keeps its SHA-256), valid for ``SESSION_HOURS`` and
ended by signing out, by a password reset or by the member's removal. Every failure raises
the same :class:`~tradewinds.accounts.SignInFailed`; failures are counted per email and
per client address in the database under a scope of their own (``staff``; the
storefront's counts are apart), so every server process shares them; a locked email or
address gets :class:`~tradewinds.accounts.SignInLocked` before any password is checked.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from tradewinds.accounts import (
    MAX_PASSWORD_LENGTH,
    DatabaseThrottle,
    SignInFailed,
    SignInLocked,
    Throttle,
    client_key,
    email_key,
    hash_password,
    needs_rehash,
    verify_password,
)
from tradewinds.staff.members import Staff, as_staff, clean_email
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import StaffMember, StaffSession

log = logging.getLogger(__name__)
SESSION_HOURS = 12


@dataclass(frozen=True)
class StaffSignedIn:
    """A new console session: the token for the cookie, and whose it is."""

    session_token: str
    staff: Staff


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in_staff(
    db: Database,
    tenant_id: int,
    email: str,
    password: str,
    client: str = "",
    throttle: Throttle | None = None,
) -> StaffSignedIn:
    """Check the password and start a console session.

    Raises ``SignInFailed`` for an unknown email or a wrong password alike (each counted
    toward the lockout), and ``SignInLocked`` while the email or client is locked out.
    ``throttle`` defaults to the shop's console counts in the database (shared by every
    process).
    """
    throttle = throttle or DatabaseThrottle(db, tenant_id, "staff")
    email = clean_email(email)[:320]
    keys = (email_key(tenant_id, email), *((client_key(tenant_id, client),) if client else ()))
    wait = throttle.retry_after(*keys)
    if wait:
        raise SignInLocked(wait)
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(select(StaffMember).where(StaffMember.email == email)).one_or_none()
        stored = row.password_hash if row is not None else None
        ok = len(password) <= MAX_PASSWORD_LENGTH and verify_password(stored, password)
        if row is None or not ok:
            throttle.failed(*keys)
            log.info("console sign-in failed", extra={"tenant_id": tenant_id})
            raise SignInFailed("wrong email or password")
        if needs_rehash(row.password_hash):
            row.password_hash = hash_password(password)
        token = secrets.token_urlsafe(32)
        now = utcnow()
        session.execute(  # sweep this member's expired sessions
            delete(StaffSession).where(
                StaffSession.staff_id == row.id, StaffSession.expires_at < now
            )
        )
        session.add(
            StaffSession(
                staff_id=row.id,
                token_hash=_digest(token),
                expires_at=now + timedelta(hours=SESSION_HOURS),
            )
        )
        staff = as_staff(row)
    throttle.succeeded(keys[0])
    log.info("console signed in", extra={"tenant_id": tenant_id, "staff_id": staff.id})
    return StaffSignedIn(token, staff)


def find_staff(db: Database, tenant_id: int, session_token: str) -> Staff | None:
    """The member signed in with ``session_token`` to this shop's console, with their
    current role; None for no, an expired, an ended or another shop's session."""
    if not session_token:
        return None
    with tenant_session(db, tenant_id) as session:
        row = session.execute(
            select(StaffMember)
            .join(StaffSession, StaffSession.staff_id == StaffMember.id)
            .where(
                StaffSession.token_hash == _digest(session_token),
                StaffSession.expires_at > utcnow(),
            )
        ).one_or_none()
        return as_staff(row[0]) if row is not None else None


def sign_out_staff(db: Database, tenant_id: int, session_token: str) -> None:
    """End the console session of ``session_token`` (nothing happens for an unknown one)."""
    with tenant_session(db, tenant_id) as session:
        session.execute(
            delete(StaffSession).where(StaffSession.token_hash == _digest(session_token))
        )
