"""Roles and what each may do in the console: the one table every check reads.

An owner may do everything; a manager everything but managing the staff; a staff member
runs the shop's daily work: the catalogue, viewing orders and customers and fulfilling
orders, reading forecasts, search analytics and delivery plans, generating and reviewing
listing-copy drafts, drafting customer segments and campaigns. Staff cannot publish or
restore listing copy or change its settings, send campaigns or export their recipients,
cancel or refund orders (they move money and stock), bulk-import the catalogue, start
forecast runs, plan deliveries, tune search, manage API keys, budgets, other staff or the
compliance pages, read the console's audit, or see the sales figures (the dashboard). Pages
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
    # Deliveries (issue 18, part 2): everyone reads plans, maps, manifests and promises
    # (drivers and the people answering customers need them); planning a day supersedes
    # its plan and rewrites the promises customers see, so owners and managers decide it.
    VIEW_DELIVERIES = "view_deliveries"
    PLAN_DELIVERIES = "plan_deliveries"
    # AI tools, listing copy (issue 19 in the console): everyone generates and reviews
    # drafts (approve, reject, edit); publishing, reverting and the copy settings (which
    # findings block, the storefront's AI label) change what every shopper reads, so they
    # are the owners' and managers' (a second pair of eyes on what staff approved).
    GENERATE_COPY = "generate_copy"
    REVIEW_COPY = "review_copy"
    PUBLISH_COPY = "publish_copy"
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
# deliveries (issue 18, part 2)
_DAILY_WORK |= {Permission.VIEW_DELIVERIES}
_RUNNING_THE_SHOP |= {Permission.VIEW_DELIVERIES, Permission.PLAN_DELIVERIES}
_DAILY_WORK |= {Permission.GENERATE_COPY, Permission.REVIEW_COPY}  # AI tools
_RUNNING_THE_SHOP |= _DAILY_WORK | {Permission.PUBLISH_COPY}
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
