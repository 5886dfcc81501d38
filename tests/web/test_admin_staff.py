"""The staff and audit pages: owners only (staff), owners and managers (audit); adding,
changing a role and removing people, each recorded and shown in the audit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.web._console import PASSWORD, Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.staff import Role, list_changes, list_staff
from tradewinds.store import Database


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


def _client(db: Database, email: str) -> TestClient:
    client = console_client(db)
    sign_in(client, email)
    return client


@pytest.fixture
def owner(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with _client(console_db, "owner@acme.test") as client:
        yield client


def _member_id(db: Database, shops: Shops, email: str) -> int:
    return next(m.id for m in list_staff(db, shops.acme.id) if m.email == email)


def test_staff_members_can_neither_see_nor_post_to_the_staff_or_audit_pages(
    console_db: Database, shops: Shops
) -> None:
    before = list_staff(console_db, shops.acme.id)
    clerk_id = _member_id(console_db, shops, "clerk@acme.test")
    with _client(console_db, "clerk@acme.test") as clerk:
        token = csrf_of(clerk.get("/admin/products").text)
        for path in ("/admin/staff", "/admin/audit"):
            page = clerk.get(path)
            assert page.status_code == 403 and "Not allowed" in page.text, path
        posts = {
            "/admin/staff": {"email": "mallory@acme.test", "password": PASSWORD, "role": "owner"},
            f"/admin/staff/{clerk_id}/role": {"role": "owner"},
            f"/admin/staff/{_member_id(console_db, shops, 'owner@acme.test')}/remove": {},
        }
        for path, data in posts.items():
            answer = clerk.post(path, data={"csrf_token": token, **data})
            assert answer.status_code == 403, path
    assert list_staff(console_db, shops.acme.id) == before


def test_managers_see_the_audit_but_not_the_staff_page(console_db: Database, shops: Shops) -> None:
    with _client(console_db, "manager@acme.test") as manager:
        assert manager.get("/admin/staff").status_code == 403
        page = manager.get("/admin/audit")
        assert page.status_code == 200
        assert 'href="/admin/audit" aria-current="page"' in page.text
        assert 'href="/admin/staff"' not in page.text  # not in the navigation either


def test_owners_add_change_and_remove_staff_and_the_audit_shows_it(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    page = owner.get("/admin/staff")
    assert page.status_code == 200 and "clerk@acme.test" in page.text
    assert "owner@globex.test" not in page.text and "clerk@globex.test" not in page.text
    token = csrf_of(page.text)
    added = owner.post("/admin/staff", data={"csrf_token": token, "email": "Dee@Acme.test",
                                             "password": PASSWORD, "role": "manager"},
                       follow_redirects=False)  # fmt: skip
    assert added.status_code == 303 and added.headers["location"] == "/admin/staff?done=added"
    dee = _member_id(console_db, shops, "dee@acme.test")
    changed = owner.post(f"/admin/staff/{dee}/role", data={"csrf_token": token, "role": "staff"})
    assert changed.status_code == 200 and "Role changed." in changed.text
    removed = owner.post(f"/admin/staff/{dee}/remove", data={"csrf_token": token})
    assert removed.status_code == 200 and "Staff member removed." in removed.text
    assert "dee@acme.test" not in removed.text.split("<h2")[0]
    audit = owner.get("/admin/audit").text
    assert "staff.add" in audit and "staff.role" in audit and "staff.remove" in audit
    assert "<dt>role</dt><dd>manager</dd>" in audit and "owner@acme.test" in audit
    assert PASSWORD not in audit
    actions = [c.action for c in list_changes(console_db, shops.acme.id).changes[:3]]
    assert actions == ["staff.remove", "staff.role", "staff.add"]


def test_add_errors_are_at_the_fields_and_write_nothing(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    token = csrf_of(owner.get("/admin/staff").text)
    answer = owner.post("/admin/staff", data={"csrf_token": token, "email": "dee at acme",
                                              "password": "short", "role": "boss"})  # fmt: skip
    assert answer.status_code == 422
    html = answer.text
    assert 'aria-describedby="add-email-error"' in html and 'value="dee at acme"' in html
    assert "Enter an email address such as ann@example.com." in html
    assert "Use at least 8 characters." in html and "Choose a role." in html
    assert len(list_staff(console_db, shops.acme.id)) == 3
    taken = owner.post("/admin/staff", data={"csrf_token": token, "email": "clerk@acme.test",
                                             "password": PASSWORD, "role": "staff"})  # fmt: skip
    assert taken.status_code == 422
    assert "This email already belongs to a staff member." in taken.text


def test_the_last_owner_stays_and_nobody_removes_themselves(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    token = csrf_of(owner.get("/admin/staff").text)
    me = _member_id(console_db, shops, "owner@acme.test")
    demoted = owner.post(f"/admin/staff/{me}/role", data={"csrf_token": token, "role": "staff"})
    assert demoted.status_code == 409 and "at least one owner" in demoted.text
    removed = owner.post(f"/admin/staff/{me}/remove", data={"csrf_token": token})
    assert removed.status_code == 409 and "You cannot remove yourself" in removed.text
    roles = {m.email: m.role for m in list_staff(console_db, shops.acme.id)}
    assert roles["owner@acme.test"] is Role.OWNER


def test_a_role_change_applies_on_the_next_request(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    with _client(console_db, "manager@acme.test") as manager:
        assert manager.get("/admin/audit").status_code == 200
        token = csrf_of(owner.get("/admin/staff").text)
        who = _member_id(console_db, shops, "manager@acme.test")
        owner.post(f"/admin/staff/{who}/role", data={"csrf_token": token, "role": "staff"})
        assert manager.get("/admin/audit").status_code == 403


def test_the_staff_page_in_chinese(owner: TestClient) -> None:
    html = owner.get("/admin/staff?lang=zh").text
    assert '<html lang="zh-Hans">' in html and "添加员工" in html and "店主" in html


def test_odd_ids_and_offsets_are_404s_or_clamped_never_500s(owner: TestClient) -> None:
    token = csrf_of(owner.get("/admin/staff").text)
    for odd in ("9" * 30, "٣", "-1", "1e3", "0x1"):
        assert owner.get(f"/admin/products/{odd}").status_code == 404, odd
        for action in ("remove", "role"):
            posted = owner.post(f"/admin/staff/{odd}/{action}", data={"csrf_token": token})
            assert posted.status_code == 404, (odd, action)
    assert owner.get("/admin/products", params={"offset": "9" * 30}).status_code == 200
    assert owner.get("/admin/audit", params={"offset": "9" * 30}).status_code == 200
