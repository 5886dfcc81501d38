"""Staff accounts of a tenant: add, list, remove, change a role, reset a password.

Each change is recorded in the console's audit (:mod:`.audit`) in the same transaction,
with the acting person (or the command line). A tenant always keeps at least one owner:
removing or demoting the last one is refused, so a shop can never lock itself out of its
staff page. Passwords are hashed by the accounts capability (argon2id); emails are stored
lowercased and never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradewinds.accounts import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hash_password
from tradewinds.core.errors import Conflict, InvalidFields, NotFound
from tradewinds.staff.audit import Actor, record_change
from tradewinds.staff.roles import ROLES, Role
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import StaffMember, StaffSession

log = logging.getLogger(__name__)
MAX_EMAIL_LENGTH = 320


class InvalidStaff(InvalidFields):
    """Some fields are wrong: ``errors`` maps ``email``, ``password`` or ``role`` to
    ``required``, ``invalid``, ``too_short``, ``too_long`` or ``taken``."""


class LastOwner(Conflict):
    """The change would leave the shop without an owner."""


@dataclass(frozen=True)
class Staff:
    """A staff member as pages and commands show it (never the password hash)."""

    id: int
    email: str
    role: Role
    created_at: datetime


def as_staff(row: StaffMember) -> Staff:
    return Staff(row.id, row.email, Role(row.role), row.created_at)


def clean_email(email: str) -> str:
    """``email`` trimmed and lowercased (how it is stored and looked up)."""
    return email.strip().lower()


def _check_email(email: str, errors: dict[str, str]) -> str:
    email = clean_email(email)
    local, at, domain = email.partition("@")
    if not email:
        errors["email"] = "required"
    elif len(email) > MAX_EMAIL_LENGTH:
        errors["email"] = "too_long"
    elif not (local and at and "." in domain and not any(c.isspace() for c in email)):
        errors["email"] = "invalid"
    return email


def _check_password(password: str, errors: dict[str, str]) -> None:
    if not password:
        errors["password"] = "required"
    elif len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = "too_short"
    elif len(password) > MAX_PASSWORD_LENGTH:
        errors["password"] = "too_long"


def _check_role(role: str, errors: dict[str, str]) -> Role:
    if role not in ROLES:
        errors["role"] = "required" if not role else "invalid"
        return Role.STAFF
    return Role(role)


def add_staff(
    db: Database, tenant_id: int, email: str, password: str, role: str, actor: Actor
) -> Staff:
    """Add a staff member; raises :class:`InvalidStaff` (``taken`` for an email the shop's
    staff already has)."""
    errors: dict[str, str] = {}
    email = _check_email(email, errors)
    _check_password(password, errors)
    checked = _check_role(role, errors)
    if errors:
        raise InvalidStaff(errors)
    password_hash = hash_password(password)
    try:
        with tenant_session(db, tenant_id) as session:
            if session.scalar(select(StaffMember.id).where(StaffMember.email == email)):
                raise InvalidStaff({"email": "taken"})
            row = StaffMember(email=email, password_hash=password_hash, role=checked.value)
            session.add(row)
            session.flush()
            record_change(
                session, actor, "staff.add", ("staff", row.id), f"added {email} as {checked}",
                {}, {"email": email, "role": checked.value},
            )  # fmt: skip
            added = as_staff(row)
    except IntegrityError as error:  # the same email added concurrently
        raise InvalidStaff({"email": "taken"}) from error
    log.info("staff added", extra={"tenant_id": tenant_id, "staff_id": added.id})
    return added


def list_staff(db: Database, tenant_id: int) -> list[Staff]:
    """The shop's staff, by email."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(StaffMember).order_by(StaffMember.email))
        return [as_staff(r) for r in rows]


def _member(session: Session, staff: int | str) -> StaffMember:
    """A member by id or email (another shop's are not found)."""
    if isinstance(staff, int) or staff.isdigit():
        row = session.get(StaffMember, int(staff))
    else:
        row = session.scalars(
            select(StaffMember).where(StaffMember.email == clean_email(staff))
        ).one_or_none()
    if row is None:
        raise NotFound(f"no staff member {staff!r} in this shop", details={"staff": str(staff)})
    return row


def _owners(session: Session) -> int:
    """How many owners the shop has, their rows locked until commit (PostgreSQL), so two
    owners demoting each other at once cannot both pass the check; SQLite lets one writer
    at a time anyway."""
    owners = session.scalars(
        select(StaffMember.id).where(StaffMember.role == Role.OWNER.value).with_for_update()
    )
    return len(list(owners))


def find_staff_member(db: Database, tenant_id: int, staff: int | str) -> Staff:
    """One member by id or email; :class:`NotFound` for another shop's or an unknown one."""
    with tenant_session(db, tenant_id) as session:
        return as_staff(_member(session, staff))


def remove_staff(db: Database, tenant_id: int, staff: int | str, actor: Actor) -> Staff:
    """Remove a member (by id or email) and end their sessions; the last owner stays."""
    with tenant_session(db, tenant_id) as session:
        row = _member(session, staff)
        if row.role == Role.OWNER.value and _owners(session) <= 1:
            raise LastOwner("the shop's last owner cannot be removed; add another owner first")
        removed = as_staff(row)
        session.execute(delete(StaffSession).where(StaffSession.staff_id == row.id))
        session.delete(row)
        record_change(
            session, actor, "staff.remove", ("staff", removed.id), f"removed {removed.email}",
            {"email": removed.email, "role": removed.role.value}, {},
        )  # fmt: skip
    log.info("staff removed", extra={"tenant_id": tenant_id, "staff_id": removed.id})
    return removed


def set_role(db: Database, tenant_id: int, staff: int | str, role: str, actor: Actor) -> Staff:
    """Change a member's role (effective on their next request); the last owner stays one."""
    errors: dict[str, str] = {}
    checked = _check_role(role, errors)
    if errors:
        raise InvalidStaff(errors)
    with tenant_session(db, tenant_id) as session:
        row = _member(session, staff)
        before = row.role
        if before == checked.value:
            return as_staff(row)
        if before == Role.OWNER.value and _owners(session) <= 1:
            raise LastOwner("the shop's last owner cannot change role; add another owner first")
        row.role = checked.value
        record_change(
            session, actor, "staff.role", ("staff", row.id),
            f"{row.email}: {before} → {checked}", {"role": before}, {"role": checked.value},
        )  # fmt: skip
        return as_staff(row)


def set_password(
    db: Database, tenant_id: int, staff: int | str, password: str, actor: Actor
) -> Staff:
    """Give a member a new password and end their sessions (they sign in again)."""
    errors: dict[str, str] = {}
    _check_password(password, errors)
    if errors:
        raise InvalidStaff(errors)
    password_hash = hash_password(password)
    with tenant_session(db, tenant_id) as session:
        row = _member(session, staff)
        row.password_hash = password_hash
        session.execute(delete(StaffSession).where(StaffSession.staff_id == row.id))
        record_change(
            session, actor, "staff.password", ("staff", row.id),
            f"new password for {row.email}", {}, {"password": "changed"},
        )  # fmt: skip
        return as_staff(row)
