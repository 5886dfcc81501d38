"""Roles and what each may do in the console: the one table every check reads.

An owner may do everything; a manager everything but managing the staff; a staff member
runs the shop's daily work: the catalogue, viewing orders and customers and fulfilling
orders, reading forecasts and search analytics, drafting customer segments and campaigns.
Staff cannot send campaigns or export their recipients, cancel or refund orders (they
move money and stock), bulk-import the catalogue, start forecast runs, tune search, manage
API keys, budgets, other staff or the compliance pages, read the console's audit, or see
the sales figures (the dashboard). Pages name the permission they need; the console's one
dependency (``web/admin/console.py``) checks it against this table.
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
    # Orders and customers (console orders): staff view and ship; money and stock
    # decisions (cancel, refund) are the owners' and managers'.
    VIEW_ORDERS = "view_orders"
    FULFIL_ORDERS = "fulfil_orders"
    CANCEL_ORDERS = "cancel_orders"
    REFUND_ORDERS = "refund_orders"
    VIEW_CUSTOMERS = "view_customers"
    # Forecasts and replenishment (issue 18, part 2): everyone reads them and downloads the
    # purchase order; starting a run (minutes of the server's CPU) is a manager's decision.
    VIEW_FORECASTS = "view_forecasts"
    RUN_FORECASTS = "run_forecasts"
    VIEW_REPORTS = "view_reports"  # the dashboard: revenue, orders, conversion

    # search pages (issue 18, part 2): analytics and ranker status / synonyms and rules
    VIEW_SEARCH = "view_search"
    TUNE_SEARCH = "tune_search"
    # The compliance pages: the generation audit log (shoppers' prompts), complaints (with
    # the complainant's contact), the blocklist and label checks.
    MANAGE_COMPLIANCE = "manage_compliance"
    # Marketing (segments and campaigns): staff read and draft segments and campaigns;
    # what reaches customers or leaves the shop with their addresses (sending, the CSV and
    # .eml exports) is the owners' and managers'.
    VIEW_MARKETING = "view_marketing"
    EDIT_MARKETING = "edit_marketing"
    SEND_MARKETING = "send_marketing"


_DAILY_WORK = frozenset({Permission.VIEW_CONSOLE, Permission.EDIT_CATALOGUE})
_DAILY_WORK |= {Permission.VIEW_ORDERS, Permission.FULFIL_ORDERS, Permission.VIEW_CUSTOMERS}
_DAILY_WORK |= {Permission.VIEW_FORECASTS, Permission.VIEW_SEARCH}
_RUNNING_THE_SHOP = _DAILY_WORK | {
    Permission.CANCEL_ORDERS,
    Permission.REFUND_ORDERS,
    Permission.VIEW_REPORTS,
    Permission.IMPORT_CATALOGUE,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_KEYS,
    Permission.MANAGE_BUDGETS,
    Permission.TUNE_SEARCH,
    Permission.MANAGE_COMPLIANCE,
}
_RUNNING_THE_SHOP |= {Permission.RUN_FORECASTS}  # forecasts (issue 18, part 2)
_DAILY_WORK |= {Permission.VIEW_MARKETING, Permission.EDIT_MARKETING}  # marketing
_RUNNING_THE_SHOP |= _DAILY_WORK | {Permission.SEND_MARKETING}

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
