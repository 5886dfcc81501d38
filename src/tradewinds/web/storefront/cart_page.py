"""``/cart``: the shopper's cart, and the forms that change it (add, update, remove).

Every form is a plain POST answered with a redirect back to ``/cart`` (post/redirect/get),
so the cart works without JavaScript. Bad input (a quantity out of 1..99, a 51st line, a
product no longer sold) shows the cart again with a message and changes nothing.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.checkout import (
    CartView,
    add_to_cart,
    get_cart,
    remove_from_cart,
    set_quantity,
)
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store.tables import Tenant
from tradewinds.web.page import PageRequest, no_shop_response, page_request, page_response
from tradewinds.web.session import (
    CsrfRejected,
    csrf_token,
    read_form,
    remember_session,
    session_token,
)
from tradewinds.web.shopper import current_shopper
from tradewinds.web.storefront.interactions import record_shopper_event
from tradewinds.web.storefront.slots import recommendation_slot

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]


def forbidden_response(page: PageRequest) -> HTMLResponse:
    """The 403 page for a form without a valid CSRF token."""
    return page_response(page, "storefront/forbidden.html", {}, 403)


def cart_context(cart: CartView, session: str, error: str = "") -> dict[str, Any]:
    return {"cart": cart, "csrf_token": csrf_token(session), "error": error}


def complete_the_set(page: PageRequest, tenant: Tenant, cart: CartView) -> dict[str, Any] | None:
    """The cart's "Complete the set" slot: products bought with what is in it."""
    if not cart.lines:
        return None
    products = list(dict.fromkeys(line.product_id for line in cart.lines))
    shopper = current_shopper(page.request)
    return recommendation_slot(page, tenant, "complete_the_set", shopper, cart=products)


def render_cart(page: PageRequest, error: str = "", status_code: int = 200) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    token, new = session_token(page.request)
    cart = get_cart(page.db, tenant.id, page.cart_token or token)
    context = {**cart_context(cart, token, error), "complete_the_set": None}
    if not error:
        context["complete_the_set"] = complete_the_set(page, tenant, cart)
    response = page_response(page, "storefront/cart.html", context, status_code)
    if new:
        remember_session(response, page.request, token)
    return response


@router.get("/cart", response_class=HTMLResponse)
def cart(page: PageDep) -> Response:
    return render_cart(page)


def _number(form: dict[str, str], field: str) -> int:
    value = form.get(field, "").strip()
    if not value.isdigit() or len(value) > 6:
        raise InvalidInput(f"{field}: expected a whole number", details={"field": field})
    return int(value)


def error_kind(error: InvalidInput) -> str:
    """Which message the cart shows: ``quantity``, ``lines`` or ``variant``."""
    field = str(error.details.get("field", ""))
    return field if field in ("quantity", "lines") else "variant"


async def _change(page: PageRequest, action: str) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    token = page.cart_token
    try:
        variant = _number(form, "variant_id")
        if action == "add":
            quantity = _number(form, "quantity") if form.get("quantity") else 1
            await run_in_threadpool(add_to_cart, page.db, tenant.id, token, variant, quantity)
            await run_in_threadpool(
                record_shopper_event,
                page, tenant.id, "add_to_cart", variant_id=variant, quantity=quantity,
            )  # fmt: skip
        elif action == "update":
            quantity = _number(form, "quantity")
            await run_in_threadpool(set_quantity, page.db, tenant.id, token, variant, quantity)
        else:
            await run_in_threadpool(remove_from_cart, page.db, tenant.id, token, variant)
    except (InvalidInput, NotFound) as error:
        kind = error_kind(error) if isinstance(error, InvalidInput) else "variant"
        return await run_in_threadpool(render_cart, page, kind, 422)
    return RedirectResponse("/cart", status_code=303)


@router.post("/cart/add")
async def add(page: PageDep) -> Response:
    return await _change(page, "add")


@router.post("/cart/update")
async def update(page: PageDep) -> Response:
    return await _change(page, "update")


@router.post("/cart/remove")
async def remove(page: PageDep) -> Response:
    return await _change(page, "remove")
