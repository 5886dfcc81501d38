"""``/account``: sign up, sign in, sign out, and the signed-in shopper's orders.

The pages call the accounts capability's public functions. Signing in (or up) starts a
new session token in the ``tw_session`` cookie and merges the guest cart into the
account's; signing out ends the session on the server and gives the browser a fresh guest
cookie. A wrong email and a wrong password get the same message; too many failures get
429 and a wait. Every form is a POST with a CSRF token, answered with a redirect, so the
pages work without JavaScript. Account pages are sent with ``Cache-Control: no-store``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.accounts import (
    MIN_PASSWORD_LENGTH,
    InvalidSignUp,
    SignedIn,
    SignInFailed,
    SignInLocked,
    get_order,
    list_orders,
    sign_in,
    sign_out,
    sign_up,
)
from tradewinds.checkout import new_cart_token
from tradewinds.core.errors import NotFound
from tradewinds.web.page import (
    PageRequest,
    no_shop_response,
    not_found_response,
    page_request,
    page_response,
)
from tradewinds.web.session import (
    SESSION_COOKIE,
    CsrfRejected,
    csrf_token,
    read_form,
    remember_session,
    session_token,
)
from tradewinds.web.storefront.cart_page import forbidden_response
from tradewinds.web.storefront.delivery import window_label

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]
SIGN_IN = "/account/sign-in"
_NEXT = ("/account", "/checkout", "/cart", "/account/addresses")  # where sign-in may return


def private_response(
    page: PageRequest, template: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    """An account page: with the session's CSRF token, never cached, cookie set if new."""
    session, new = session_token(page.request)
    response = page_response(
        page, template, {"csrf_token": csrf_token(session), **context}, status_code
    )
    response.headers["Cache-Control"] = "no-store"
    if new:
        remember_session(response, page.request, session)
    return response


def sign_in_redirect(page: PageRequest) -> Response:
    """Send a guest to the sign-in page, to come back here afterwards."""
    path = page.request.url.path
    target = f"{SIGN_IN}?next={path}" if path in _NEXT else SIGN_IN
    return RedirectResponse(target, status_code=303)


def _next(value: str) -> str:
    return value if value in _NEXT else "/account"


def _client(page: PageRequest) -> str:
    return page.request.client.host if page.request.client else ""


def _signed_in(page: PageRequest, signed: SignedIn, target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    remember_session(response, page.request, signed.session_token)
    return response


async def _form(page: PageRequest) -> dict[str, str] | None:
    try:
        return await read_form(page.request)
    except CsrfRejected:
        return None


@router.get("/account/sign-in", response_class=HTMLResponse)
def sign_in_page(page: PageDep) -> Response:
    if page.shop.tenant is None:
        return no_shop_response(page, 404)
    target = _next(page.request.query_params.get("next", ""))
    if page.account is not None:
        return RedirectResponse(target, status_code=303)
    context = {"values": {"email": ""}, "error": "", "next": target}
    return private_response(page, "storefront/sign_in.html", context)


@router.post("/account/sign-in")
async def submit_sign_in(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    form = await _form(page)
    if form is None:
        return forbidden_response(page)
    email, password = form.get("email", "")[:320], form.get("password", "")
    target = _next(form.get("next", ""))
    old = page.request.cookies[SESSION_COOKIE]
    if page.account is not None:  # signing in again: the old session ends first
        await run_in_threadpool(sign_out, page.db, tenant.id, old)
    try:
        signed = await run_in_threadpool(
            sign_in, page.db, tenant.id, email, password, old, _client(page)
        )
    except (SignInFailed, SignInLocked) as error:
        locked = isinstance(error, SignInLocked)
        minutes = max(1, round(error.retry_after / 60)) if isinstance(error, SignInLocked) else 0
        context = {
            "values": {"email": email},
            "error": "locked" if locked else "wrong",
            "minutes": minutes,
            "next": target,
        }
        return private_response(page, "storefront/sign_in.html", context, 429 if locked else 401)
    return _signed_in(page, signed, target)


@router.get("/account/sign-up", response_class=HTMLResponse)
def sign_up_page(page: PageDep) -> Response:
    if page.shop.tenant is None:
        return no_shop_response(page, 404)
    if page.account is not None:
        return RedirectResponse("/account", status_code=303)
    return private_response(page, "storefront/sign_up.html", _sign_up_context({}, {}, False))


def _sign_up_context(
    values: dict[str, str], errors: dict[str, str], locked: bool
) -> dict[str, Any]:
    return {
        "values": {"name": values.get("name", ""), "email": values.get("email", "")},
        "errors": errors,
        "locked": locked,
        "min_password": MIN_PASSWORD_LENGTH,
    }


@router.post("/account/sign-up")
async def submit_sign_up(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    form = await _form(page)
    if form is None:
        return forbidden_response(page)
    name, email = form.get("name", "")[:1000], form.get("email", "")[:1000]
    old = page.request.cookies[SESSION_COOKIE]
    try:
        signed = await run_in_threadpool(
            sign_up, page.db, tenant.id, name, email, form.get("password", ""), old, _client(page)
        )
    except (InvalidSignUp, SignInLocked) as error:
        locked = isinstance(error, SignInLocked)
        errors = {} if isinstance(error, SignInLocked) else error.errors
        context = _sign_up_context({"name": name, "email": email}, errors, locked)
        return private_response(page, "storefront/sign_up.html", context, 429 if locked else 422)
    if page.account is not None:
        await run_in_threadpool(sign_out, page.db, tenant.id, old)
    return _signed_in(page, signed, "/account")


@router.post("/account/sign-out")
async def submit_sign_out(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    if await _form(page) is None:
        return forbidden_response(page)
    await run_in_threadpool(sign_out, page.db, tenant.id, page.request.cookies[SESSION_COOKIE])
    response = RedirectResponse("/", status_code=303)
    remember_session(response, page.request, new_cart_token())  # a fresh guest session
    return response


@router.get("/account", response_class=HTMLResponse)
def account(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    if page.account is None:
        return sign_in_redirect(page)
    orders = list_orders(page.db, tenant.id, page.account.customer_id)
    context = {"account": page.account, "orders": orders}
    return private_response(page, "storefront/account.html", context)


@router.get("/account/orders/{number}", response_class=HTMLResponse)
def account_order(number: str, page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    if page.account is None:
        return sign_in_redirect(page)
    if not number.isdigit() or len(number) > 18:
        return not_found_response(page)
    try:
        order = get_order(page.db, tenant.id, page.account.customer_id, number)
    except NotFound:
        return not_found_response(page)
    # Routing's promise once the day is planned, else the window chosen at checkout.
    planned = (order.promised_start, order.promised_end)
    chosen = (order.window_start, order.window_end)
    start, end = planned if None not in planned else chosen
    window = (
        window_label(start, end, tenant.timezone, page.language)
        if start is not None and end is not None
        else ""
    )
    context = {"order": order, "window": window}
    return private_response(page, "storefront/account_order.html", context)
