"""The role → permission table."""

from __future__ import annotations

from tradewinds.staff import PERMISSIONS, Permission, Role, can


def test_owner_may_do_everything_and_staff_only_daily_work() -> None:
    assert PERMISSIONS[Role.OWNER] == frozenset(Permission)
    for permission in (Permission.MANAGE_KEYS, Permission.MANAGE_BUDGETS, Permission.MANAGE_STAFF,
                       Permission.VIEW_AUDIT, Permission.IMPORT_CATALOGUE):  # fmt: skip
        assert not can("staff", permission)
    assert can("staff", Permission.EDIT_CATALOGUE) and can("staff", Permission.VIEW_CONSOLE)


def test_managers_run_the_shop_but_not_its_staff() -> None:
    assert can(Role.MANAGER, Permission.MANAGE_KEYS) and can("manager", Permission.VIEW_AUDIT)
    assert not can("manager", Permission.MANAGE_STAFF)
    assert can("manager", Permission.IMPORT_CATALOGUE)


def test_an_unknown_role_grants_nothing() -> None:
    assert not any(can("admin", p) for p in Permission)


def test_staff_view_and_fulfil_orders_but_only_managers_cancel_or_refund() -> None:
    daily = (Permission.VIEW_ORDERS, Permission.FULFIL_ORDERS, Permission.VIEW_CUSTOMERS)
    assert all(can("staff", p) and can("manager", p) for p in daily)
    for permission in (Permission.CANCEL_ORDERS, Permission.REFUND_ORDERS):
        assert not can("staff", permission) and can("manager", permission)


def test_everyone_reads_forecasts_and_managers_start_runs() -> None:
    assert all(can(role, Permission.VIEW_FORECASTS) for role in Role)
    assert can("owner", Permission.RUN_FORECASTS) and can("manager", Permission.RUN_FORECASTS)
    assert not can("staff", Permission.RUN_FORECASTS)


def test_staff_read_search_analytics_and_managers_tune_search() -> None:
    assert can("staff", Permission.VIEW_SEARCH) and not can("staff", Permission.TUNE_SEARCH)
    assert can("manager", Permission.TUNE_SEARCH) and can("owner", Permission.TUNE_SEARCH)


def test_everyone_reads_deliveries_and_managers_plan_them() -> None:
    assert all(can(role, Permission.VIEW_DELIVERIES) for role in Role)
    assert can("owner", Permission.PLAN_DELIVERIES) and can("manager", Permission.PLAN_DELIVERIES)
    assert not can("staff", Permission.PLAN_DELIVERIES)


def test_everyone_generates_and_reviews_copy_and_managers_publish_it() -> None:
    for permission in (Permission.GENERATE_COPY, Permission.REVIEW_COPY):
        assert all(can(role, permission) for role in Role)
    assert can("owner", Permission.PUBLISH_COPY) and can("manager", Permission.PUBLISH_COPY)
    assert not can("staff", Permission.PUBLISH_COPY)


def test_staff_draft_marketing_and_managers_send_it() -> None:
    drafting = (Permission.VIEW_MARKETING, Permission.EDIT_MARKETING)
    assert all(can(role, p) for role in Role for p in drafting)
    assert not can("staff", Permission.SEND_MARKETING)
    assert can("manager", Permission.SEND_MARKETING) and can("owner", Permission.SEND_MARKETING)
