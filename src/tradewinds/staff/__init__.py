"""The merchant console's people: staff accounts per tenant, their roles and sessions, and
the audit of every change made in the console.

>>> from tradewinds.staff import COMMAND_LINE, Permission, add_staff, can, sign_in_staff
>>> add_staff(db, 1, "ann@example.com", "passphrase", "owner", COMMAND_LINE)  # doctest: +SKIP
>>> can("staff", Permission.MANAGE_STAFF)
False

Roles and permissions are one table (:mod:`.roles`); passwords are argon2id hashes made by
the accounts capability; sign-in is throttled per email and client (:mod:`.sessions`);
changes are recorded with their before and after (:mod:`.audit`).
"""

from tradewinds.staff.audit import (
    COMMAND_LINE,
    Actor,
    Change,
    ChangePage,
    changes_since,
    list_changes,
    record_change,
)
from tradewinds.staff.members import (
    InvalidStaff,
    LastOwner,
    Staff,
    add_staff,
    find_staff_member,
    list_staff,
    remove_staff,
    set_password,
    set_role,
)
from tradewinds.staff.roles import PERMISSIONS, ROLES, Permission, Role, can
from tradewinds.staff.sessions import (
    SESSION_HOURS,
    StaffSignedIn,
    find_staff,
    sign_in_staff,
    sign_out_staff,
)

__all__ = [
    "COMMAND_LINE",
    "PERMISSIONS",
    "ROLES",
    "SESSION_HOURS",
    "Actor",
    "Change",
    "ChangePage",
    "InvalidStaff",
    "LastOwner",
    "Permission",
    "Role",
    "Staff",
    "StaffSignedIn",
    "add_staff",
    "can",
    "changes_since",
    "find_staff",
    "find_staff_member",
    "list_changes",
    "list_staff",
    "record_change",
    "remove_staff",
    "set_password",
    "set_role",
    "sign_in_staff",
    "sign_out_staff",
]
