"""``/admin/staff`` (owners only): the shop's staff; add a member, change a role, remove.

Every change goes through the staff capability, which records it in the console audit
and keeps at least one owner. A member cannot remove themselves (another owner can).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.staff import (
    ROLES,
    Actor,
    InvalidStaff,
    LastOwner,
    Permission,
    add_staff,
    list_staff,
    remove_staff,
    set_role,
)
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
OwnerDep = Annotated[AdminRequest, Depends(allowed(Permission.MANAGE_STAFF))]
PAGE = "/admin/staff"


def _actor(console: AdminRequest) -> Actor:
    assert console.staff is not None
    return Actor(console.staff.id, console.staff.email)


def _page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = {
        "members": list_staff(console.db, console.tenant_id),
        "roles": ROLES,
        "errors": {},
        "values": {"email": "", "role": "staff"},
        "problem": "",
        "done": console.request.query_params.get("done", ""),
        **context,
    }
    return admin_response(console, "admin/staff.html", values, status_code, "staff")


@router.get(PAGE)
def staff_page(console: OwnerDep) -> Response:
    return _page(console)


@router.post(PAGE)
async def submit_add(console: OwnerDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    email, role = form.get("email", "")[:400], form.get("role", "")
    try:
        await run_in_threadpool(
            add_staff, console.db, console.tenant_id, email, form.get("password", ""), role,
            _actor(console),
        )  # fmt: skip
    except InvalidStaff as error:
        values = {"email": email, "role": role}
        return await run_in_threadpool(_page, console, 422, errors=error.errors, values=values)
    return RedirectResponse(f"{PAGE}?done=added", status_code=303)


async def _member_form(
    console: AdminRequest, member_id: str
) -> tuple[int, dict[str, str]] | Response:
    """The member id and fields of a posted member form after the CSRF check, or the
    error page."""
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(member_id)
    return message_response(console, "not_found", 404) if wanted is None else (wanted, form)


@router.post(PAGE + "/{member_id}/role")
async def submit_role(member_id: str, console: OwnerDep) -> Response:
    posted = await _member_form(console, member_id)
    if isinstance(posted, Response):
        return posted
    wanted, form = posted
    try:
        await run_in_threadpool(
            set_role, console.db, console.tenant_id, wanted, form.get("role", ""),
            _actor(console),
        )  # fmt: skip
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidStaff:
        return await run_in_threadpool(_page, console, 422, problem="role")
    except LastOwner:
        return await run_in_threadpool(_page, console, 409, problem="last_owner")
    return RedirectResponse(f"{PAGE}?done=role", status_code=303)


@router.post(PAGE + "/{member_id}/remove")
async def submit_remove(member_id: str, console: OwnerDep) -> Response:
    posted = await _member_form(console, member_id)
    if isinstance(posted, Response):
        return posted
    wanted = posted[0]
    if console.staff is not None and wanted == console.staff.id:
        return await run_in_threadpool(_page, console, 409, problem="self")
    try:
        await run_in_threadpool(
            remove_staff, console.db, console.tenant_id, wanted, _actor(console)
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except LastOwner:
        return await run_in_threadpool(_page, console, 409, problem="last_owner")
    return RedirectResponse(f"{PAGE}?done=removed", status_code=303)
