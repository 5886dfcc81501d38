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
