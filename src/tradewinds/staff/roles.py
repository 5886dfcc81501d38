"""Roles and what each may do in the console: the one table every check reads.

An owner may do everything; a manager everything but managing the staff; a staff member
runs the shop's daily work (catalogue, later orders) but cannot manage API keys, budgets,
other staff, or read the console's audit. Bulk catalogue import is for owners and
managers: one file can rewrite thousands of products (and create new ones, which the
staff's product form cannot), so it is not part of a staff member's daily work. Pages
name the permission they need; the console's one dependency (``web/admin/console.py``)
checks it against this table.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"


class Permission(enum.StrEnum):
    VIEW_CONSOLE = "view_console"
    EDIT_CATALOGUE = "edit_catalogue"
    IMPORT_CATALOGUE = "import_catalogue"
    VIEW_AUDIT = "view_audit"
    MANAGE_KEYS = "manage_keys"
    MANAGE_BUDGETS = "manage_budgets"
    MANAGE_STAFF = "manage_staff"


_DAILY_WORK = frozenset({Permission.VIEW_CONSOLE, Permission.EDIT_CATALOGUE})
_RUNNING_THE_SHOP = _DAILY_WORK | {
    Permission.IMPORT_CATALOGUE,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_KEYS,
    Permission.MANAGE_BUDGETS,
}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.MANAGER: frozenset(_RUNNING_THE_SHOP),
    Role.STAFF: _DAILY_WORK,
}
ROLES = tuple(r.value for r in Role)


def can(role: Role | str, permission: Permission) -> bool:
    """Whether ``role`` grants ``permission`` (an unknown role grants nothing).

    >>> can("staff", Permission.MANAGE_KEYS), can("manager", Permission.MANAGE_KEYS)
    (False, True)
    """
    try:
        return permission in PERMISSIONS[Role(role)]
    except ValueError:
        return False
