"""``/admin/login`` and ``/admin/logout``: signing in to the console and out again.

A wrong email and a wrong password get the same message and both count toward the
lockout (5 per email, 20 per client address in 15 minutes; then 429 and a wait). Signing
in makes a new session token (the anonymous token the form was shown with is never
promoted) and returns to ``next``, a console path of this site only.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.accounts import SignInFailed, SignInLocked
from tradewinds.checkout import new_cart_token
from tradewinds.staff import sign_in_staff, sign_out_staff
from tradewinds.web.admin.console import (
    HOME,
    LOGIN,
    AdminRequest,
    admin_form,
    admin_request,
    admin_response,
    message_response,
    remember_admin,
    safe_next,
)
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
AnyoneDep = Annotated[AdminRequest, Depends(admin_request)]


def _client(console: AdminRequest) -> str:
    client = console.request.client
    return client.host if client else ""


def _login_page(
    console: AdminRequest, email: str, error: str, next_path: str, status: int, minutes: int = 0
) -> Response:
    context = {"email": email, "error": error, "next": next_path, "minutes": minutes}
    return admin_response(console, "admin/login.html", context, status)


@router.get("/admin/login")
def login_page(console: AnyoneDep) -> Response:
    if console.tenant is None:
        return message_response(console, "no_shop", 404)
    next_path = safe_next(console.request.query_params.get("next", HOME))
    if console.staff is not None:
        return RedirectResponse(next_path, status_code=303)
    return _login_page(console, "", "", next_path, 200)


@router.post("/admin/login")
async def submit_login(console: AnyoneDep) -> Response:
    if console.tenant is None:
        return message_response(console, "no_shop", 404)
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    email, password = form.get("email", "")[:320], form.get("password", "")
    next_path = safe_next(form.get("next", HOME))
    if console.staff is not None:  # signing in again: the old session ends first
        await run_in_threadpool(sign_out_staff, console.db, console.tenant_id, console.token)
    try:
        signed = await run_in_threadpool(
            sign_in_staff, console.db, console.tenant_id, email, password, _client(console)
        )
    except SignInLocked as error:
        minutes = max(1, round(error.retry_after / 60))
        return _login_page(console, email, "locked", next_path, 429, minutes)
    except SignInFailed:
        return _login_page(console, email, "wrong", next_path, 401)
    response = RedirectResponse(next_path, status_code=303)
    remember_admin(response, console.request, signed.session_token)
    return response


@router.post("/admin/logout")
async def logout(console: AnyoneDep) -> Response:
    if console.tenant is None:
        return message_response(console, "no_shop", 404)
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    await run_in_threadpool(sign_out_staff, console.db, console.tenant_id, console.token)
    response = RedirectResponse(LOGIN, status_code=303)
    remember_admin(response, console.request, new_cart_token())  # a fresh anonymous token
    return response
