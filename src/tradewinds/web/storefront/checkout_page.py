"""``/checkout`` and ``/orders/{number}``: the guest checkout and its confirmation.

The form carries a random idempotency key made when it is first shown (and kept when it
is shown again with errors), so a double-clicked or resubmitted "Place order" makes one
order. Wrong fields come back with a message next to each and everything typed kept; a
product that sold out meanwhile is named above the form. Success redirects to the order's
page, which shows only with the order's token (``?token=``). A signed-in shopper's form
starts with their email, name and default address, and the order becomes theirs.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.accounts import default_address
from tradewinds.checkout import (
    CannotOrder,
    Contact,
    InvalidContact,
    get_cart,
    get_order_receipt,
    place_order,
)
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
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
    session_token,
)
from tradewinds.web.storefront.cart_page import forbidden_response

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]
FIELDS = ("email", "name", "street", "city", "postal_code", "country")


def checkout_context(
    page: PageRequest,
    tenant_id: int,
    session: str,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    problem: str = "",
    retry: bool = False,
) -> dict[str, Any]:
    return {
        "cart": get_cart(page.db, tenant_id, page.cart_token or session),
        "csrf_token": csrf_token(session),
        "values": {name: values.get(name, "") for name in FIELDS},
        "idempotency_key": values.get("idempotency_key") or secrets.token_urlsafe(24),
        "errors": errors or {},
        "problem": problem,
        "retry": retry,
    }


def _prefill(page: PageRequest, tenant_id: int) -> dict[str, str]:
    """A guest's form starts empty (country US); a signed-in shopper's holds their email,
    name and default address."""
    if page.account is None:
        return {"country": "US"}
    values = {"email": page.account.email, "name": page.account.name, "country": "US"}
    saved = default_address(page.db, tenant_id, page.account.customer_id)
    if saved is not None:
        values.update(asdict(saved.address))
    return values


@router.get("/checkout", response_class=HTMLResponse)
def checkout(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    # A session made now has an empty cart, so only a known session reaches the form.
    token, _ = session_token(page.request)
    context = checkout_context(page, tenant.id, token, _prefill(page, tenant.id))
    if not context["cart"].lines:
        return RedirectResponse("/cart", status_code=303)
    return page_response(page, "storefront/checkout.html", context)


@router.post("/checkout")
async def submit_checkout(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    token = page.request.cookies[SESSION_COOKIE]
    values = {name: form.get(name, "")[:1000] for name in (*FIELDS, "idempotency_key")}
    contact = Contact(**{name: values[name] for name in FIELDS})
    key = values["idempotency_key"]
    account = page.account.customer_id if page.account else None
    try:
        placed = await run_in_threadpool(
            place_order, page.db, tenant.id, page.cart_token, contact, key, account
        )
    except InvalidContact as error:
        kinds = {f: "required" if m == "required" else "invalid" for f, m in error.errors.items()}
        return await _again(page, tenant.id, token, values, kinds, "")
    except CannotOrder as error:
        return await _again(page, tenant.id, token, values, {}, str(error.details["product"]))
    except Conflict:  # a busy shop or a reused key: the same form with a fresh key
        fresh = {**values, "idempotency_key": ""}
        return await _again(page, tenant.id, token, fresh, {}, "", retry=True)
    except InvalidInput:  # an empty cart (already ordered in another tab) or a bad key
        return RedirectResponse("/cart", status_code=303)
    number = placed.number.lstrip("#")
    return RedirectResponse(f"/orders/{number}?token={placed.view_token}", status_code=303)


async def _again(
    page: PageRequest,
    tenant_id: int,
    token: str,
    values: dict[str, str],
    errors: dict[str, str],
    problem: str,
    retry: bool = False,
) -> Response:
    context = await run_in_threadpool(
        checkout_context, page, tenant_id, token, values, errors, problem, retry
    )
    status = 409 if problem or retry else 422
    return page_response(page, "storefront/checkout.html", context, status)


@router.get("/orders/{number}", response_class=HTMLResponse)
def order(number: str, page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    view_token = page.request.query_params.get("token", "")
    if not number.isdigit() or len(number) > 18 or not 8 <= len(view_token) <= 64:
        return not_found_response(page)
    try:
        receipt = get_order_receipt(page.db, tenant.id, number, view_token)
    except NotFound:
        return not_found_response(page)
    response = page_response(page, "storefront/order.html", {"order": receipt})
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"  # the token stays out of Referer
    return response
