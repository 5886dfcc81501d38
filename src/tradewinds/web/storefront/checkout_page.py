"""``/checkout`` and ``/orders/{number}``: the guest checkout and its confirmation.

The form carries a random idempotency key made when it is first shown (and kept when it
is shown again with errors), so a double-clicked or resubmitted "Place order" makes one
order. Wrong fields come back with a message next to each and everything typed kept; a
product that sold out meanwhile is named above the form. Success redirects to the order's
page, which shows only with the order's token (``?token=``). A signed-in shopper's form
starts with their email, name and default address, and the order becomes theirs.

The shopper also picks a delivery window from routing's offers (when the shop has a fleet;
``delivery.py``) and a payment method (``paying.py``). A window that closed meanwhile or
was never offered, or a payment method the shop does not offer, comes back as a field
error and no order; a declined payment makes no order either and the form says why.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict
from functools import partial
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
    PaymentDeclined,
    get_cart,
    get_order_receipt,
    place_order,
)
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.routing import find_window
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
from tradewinds.web.shopper import visitor_id
from tradewinds.web.storefront.cart_page import forbidden_response
from tradewinds.web.storefront.delivery import checkout_choices, offered_windows, window_label
from tradewinds.web.storefront.paying import chosen_payment, offered_payments

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
    tenant = page.shop.tenant
    windows = offered_windows(page, tenant) if tenant is not None else []
    choices = checkout_choices(windows, tenant, page.language) if tenant is not None else []
    chosen = values.get("delivery_window", "")
    if choices and chosen not in {c["key"] for c in choices}:
        chosen = choices[0]["key"]  # the earliest, or the next one when the chosen closed
    payments = offered_payments(page.settings)
    payment = values.get("payment", "")
    return {
        "cart": get_cart(page.db, tenant_id, page.cart_token or session),
        "csrf_token": csrf_token(session),
        "values": {name: values.get(name, "") for name in FIELDS},
        "windows": choices,
        "chosen_window": chosen,
        "payments": payments,
        "chosen_payment": payment if payment in payments else payments[0],
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
    names = (*FIELDS, "idempotency_key", "delivery_window", "payment")
    values = {name: form.get(name, "")[:1000] for name in names}
    contact = Contact(**{name: values[name] for name in FIELDS})
    key = values["idempotency_key"]
    errors: dict[str, str] = {}
    windows = await run_in_threadpool(offered_windows, page, tenant)
    window = find_window(windows, values["delivery_window"])
    if windows and window is None:  # none chosen, or it closed while the form was open
        errors["delivery_window"] = "invalid" if values["delivery_window"] else "required"
    provider = chosen_payment(page.settings, values["payment"])
    if provider is None:
        errors["payment"] = "invalid"
    if errors:  # the contact is checked too, so every wrong field shows at once
        try:
            contact.cleaned()
        except InvalidContact as error:
            errors |= _kinds(error)
        return await _again(page, tenant.id, token, values, errors, "")
    order_for = partial(
        place_order,
        customer_id=page.account.customer_id if page.account else None,
        session_id=visitor_id(token),
        window=(window.start, window.end) if window is not None else None,
        payment=provider,
    )
    try:
        placed = await run_in_threadpool(
            order_for, page.db, tenant.id, page.cart_token, contact, key
        )
    except InvalidContact as error:
        return await _again(page, tenant.id, token, values, _kinds(error), "")
    except PaymentDeclined as error:  # nothing was written: the form again, saying why
        reason = {"payment": str(error.details["reason"])}
        return await _again(page, tenant.id, token, values, reason, "", status=402)
    except CannotOrder as error:
        return await _again(page, tenant.id, token, values, {}, str(error.details["product"]))
    except Conflict:  # a busy shop or a reused key: the same form with a fresh key
        fresh = {**values, "idempotency_key": ""}
        return await _again(page, tenant.id, token, fresh, {}, "", retry=True)
    except InvalidInput:  # an empty cart (already ordered in another tab) or a bad key
        return RedirectResponse("/cart", status_code=303)
    number = placed.number.lstrip("#")
    return RedirectResponse(f"/orders/{number}?token={placed.view_token}", status_code=303)


def _kinds(error: InvalidContact) -> dict[str, str]:
    return {f: "required" if m == "required" else "invalid" for f, m in error.errors.items()}


async def _again(
    page: PageRequest,
    tenant_id: int,
    token: str,
    values: dict[str, str],
    errors: dict[str, str],
    problem: str,
    retry: bool = False,
    status: int | None = None,
) -> Response:
    context = await run_in_threadpool(
        checkout_context, page, tenant_id, token, values, errors, problem, retry
    )
    code = status or (409 if problem or retry else 422)
    return page_response(page, "storefront/checkout.html", context, code)


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
    window = window_label(*receipt.window, tenant.timezone, page.language) if receipt.window else ""
    context = {"order": receipt, "window": window}
    response = page_response(page, "storefront/order.html", context)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"  # the token stays out of Referer
    return response
