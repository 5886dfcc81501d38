"""Staff accounts: add, list, roles, passwords, removal, the last owner, the audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tradewinds.core.errors import NotFound
from tradewinds.staff import (
    COMMAND_LINE,
    Actor,
    InvalidStaff,
    LastOwner,
    Role,
    add_staff,
    find_staff_member,
    list_changes,
    list_staff,
    remove_staff,
    set_password,
    set_role,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import StaffMember, Tenant

PW = "correct horse battery"


def test_add_and_list_keep_an_argon2_hash_and_a_lowercased_email(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme, globex = shops
    added = add_staff(db, acme.id, " Ann@Example.COM ", PW, "owner", COMMAND_LINE)
    assert added.email == "ann@example.com" and added.role is Role.OWNER
    assert [m.email for m in list_staff(db, acme.id)] == ["ann@example.com"]
    assert list_staff(db, globex.id) == []  # per shop
    with tenant_session(db, acme.id) as session:
        stored = session.scalars(select(StaffMember)).one().password_hash
    assert stored.startswith("$argon2id$") and PW not in stored
    # The same email may work for another shop: accounts are per tenant.
    add_staff(db, globex.id, "ann@example.com", PW, "staff", COMMAND_LINE)


@pytest.mark.parametrize(
    ("email", "password", "role", "errors"),
    [
        ("", "", "", {"email": "required", "password": "required", "role": "required"}),
        ("not-an-email", "short", "boss", {"email": "invalid", "password": "too_short",
                                            "role": "invalid"}),
        ("a@b.example", "x" * 1025, "staff", {"password": "too_long"}),
    ],
)  # fmt: skip
def test_invalid_fields_write_nothing(
    db: Database,
    shops: tuple[Tenant, Tenant],
    email: str,
    password: str,
    role: str,
    errors: dict[str, str],
) -> None:
    with pytest.raises(InvalidStaff) as raised:
        add_staff(db, shops[0].id, email, password, role, COMMAND_LINE)
    assert raised.value.errors == errors
    assert list_staff(db, shops[0].id) == []


def test_an_email_is_taken_once_per_shop(db: Database, shops: tuple[Tenant, Tenant]) -> None:
    add_staff(db, shops[0].id, "ann@example.com", PW, "owner", COMMAND_LINE)
    with pytest.raises(InvalidStaff) as raised:
        add_staff(db, shops[0].id, "ANN@example.com", PW, "staff", COMMAND_LINE)
    assert raised.value.errors == {"email": "taken"}


def test_the_last_owner_can_be_neither_removed_nor_demoted(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme = shops[0].id
    owner = add_staff(db, acme, "ann@example.com", PW, "owner", COMMAND_LINE)
    with pytest.raises(LastOwner):
        remove_staff(db, acme, owner.id, COMMAND_LINE)
    with pytest.raises(LastOwner):
        set_role(db, acme, "ann@example.com", "manager", COMMAND_LINE)
    add_staff(db, acme, "bob@example.com", PW, "owner", COMMAND_LINE)
    assert set_role(db, acme, owner.id, "manager", COMMAND_LINE).role is Role.MANAGER
    remove_staff(db, acme, "ann@example.com", COMMAND_LINE)
    assert [m.email for m in list_staff(db, acme)] == ["bob@example.com"]


def test_another_shops_member_is_not_found(db: Database, shops: tuple[Tenant, Tenant]) -> None:
    acme, globex = shops
    theirs = add_staff(db, globex.id, "gil@globex.test", PW, "staff", COMMAND_LINE)
    add_staff(db, acme.id, "ann@example.com", PW, "owner", COMMAND_LINE)
    for call in (
        lambda: find_staff_member(db, acme.id, theirs.id),
        lambda: remove_staff(db, acme.id, theirs.id, COMMAND_LINE),
        lambda: set_role(db, acme.id, theirs.id, "owner", COMMAND_LINE),
        lambda: set_password(db, acme.id, "gil@globex.test", PW + "!", COMMAND_LINE),
    ):
        with pytest.raises(NotFound):
            call()
    assert find_staff_member(db, globex.id, theirs.id).role is Role.STAFF


def test_every_change_is_in_the_audit_with_who_and_before_after(
    db: Database, shops: tuple[Tenant, Tenant]
) -> None:
    acme = shops[0].id
    owner = add_staff(db, acme, "ann@example.com", PW, "owner", COMMAND_LINE)
    ann = Actor(owner.id, owner.email)
    clerk = add_staff(db, acme, "cy@example.com", PW, "staff", ann)
    set_role(db, acme, clerk.id, "manager", ann)
    set_password(db, acme, clerk.id, "another passphrase", ann)
    remove_staff(db, acme, clerk.id, ann)
    changes = list_changes(db, acme).changes
    assert [c.action for c in changes] == [
        "staff.remove", "staff.password", "staff.role", "staff.add", "staff.add",
    ]  # fmt: skip
    assert changes[-1].actor == "command line"
    assert {c.actor for c in changes[:-1]} == {"ann@example.com"}
    assert (changes[2].before, changes[2].after) == ({"role": "staff"}, {"role": "manager"})
    assert changes[0].before == {"email": "cy@example.com", "role": "manager"}
    assert "another passphrase" not in repr(changes)
    assert list_changes(db, shops[1].id).total == 0
