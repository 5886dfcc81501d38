"""The shopper's pages: ``/``, ``/search``, ``/products/{handle}``; the cart, checkout and
assistant pages come from :mod:`.cart_page`, :mod:`.checkout_page` and :mod:`.assistant_page`,
the account pages from :mod:`.account_page` and :mod:`.address_page`, the search box's
suggestions from :mod:`.suggest`.

Each route builds its context with a plain function of the capabilities' public API (easy
to test without a browser) and renders one template under ``templates/storefront/``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.search import record_click
from tradewinds.store import tenant_session
from tradewinds.store.tables import Tenant
from tradewinds.web.page import (
    PageRequest,
    no_shop_response,
    not_found_response,
    page_request,
    page_response,
)
from tradewinds.web.session import csrf_token, remember_session, session_token
from tradewinds.web.shopper import current_shopper
from tradewinds.web.storefront import (
    account_page,
    address_page,
    assistant_page,
    cart_page,
    checkout_page,
    suggest,
)
from tradewinds.web.storefront.delivery import product_promise
from tradewinds.web.storefront.home import home_context
from tradewinds.web.storefront.interactions import record_shopper_event
from tradewinds.web.storefront.product import product_context
from tradewinds.web.storefront.search_page import SearchParams, search_context
from tradewinds.web.storefront.slots import recommendation_slot, record_recommendation_click

router = APIRouter(include_in_schema=False)
router.include_router(cart_page.router)
router.include_router(checkout_page.router)
router.include_router(assistant_page.router)
router.include_router(account_page.router)
router.include_router(address_page.router)
router.include_router(suggest.router)
PageDep = Annotated[PageRequest, Depends(page_request)]


@router.get("/", response_class=HTMLResponse)
def home(page: PageDep) -> HTMLResponse:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page)
    context = home_context(page.db, tenant, page.settings)
    shopper = current_shopper(page.request)
    context["for_you"] = recommendation_slot(page, tenant, "for_you", shopper)
    return page_response(page, "storefront/home.html", context)


@router.get("/search", response_class=HTMLResponse)
def search(page: PageDep) -> HTMLResponse:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    params = SearchParams.read(dict(page.request.query_params))
    context = search_context(page.db, tenant, page.settings, params)
    status = 400 if context["error"] else 200
    return page_response(page, "storefront/search.html", context, status)


@router.get("/products/{handle}", response_class=HTMLResponse)
def product(handle: str, page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    try:
        context = product_context(
            page.db, tenant.id, handle, dict(page.request.query_params),
            language=page.language, settings=page.settings,
        )  # fmt: skip
    except NotFound:
        return not_found_response(page)
    chosen = context["selection"]
    if chosen.from_options and chosen.variant is not None:  # the picker's form, without JS
        where = f"/products/{quote(handle)}?variant={chosen.variant['id']}"
        return RedirectResponse(where, status_code=303)
    _record_click(page, tenant.id, context["id"])
    record_recommendation_click(page, tenant.id, context["id"])
    record_shopper_event(page, tenant.id, "view", product_id=context["id"])
    session, new = session_token(page.request)  # the "Add to cart" form needs its CSRF token
    response = page_response(
        page,
        "storefront/product.html",
        {
            "product": context,
            "csrf_token": csrf_token(session),
            "delivery": product_promise(page, tenant) if context["in_stock"] else None,
            **product_slots(page, tenant, context["id"]),
        },
    )
    if new:
        remember_session(response, page.request, session)
    return response


def product_slots(page: PageRequest, tenant: Tenant, product_id: int) -> dict[str, Any]:
    """The product page's "Bought together" and "Similar" slots (no product in both)."""
    shopper = current_shopper(page.request)
    together = recommendation_slot(page, tenant, "bought_together", shopper, product_id=product_id)
    shown = [item["product_id"] for item in together["items"]] if together else []
    similar = recommendation_slot(
        page, tenant, "similar", shopper, product_id=product_id, exclude=shown
    )
    return {"bought_together": together, "similar": similar}


def _record_click(page: PageRequest, tenant_id: int, product_id: int) -> None:
    """Log the click when the shopper came from a search result (``?sid=&pos=``)."""
    sid, pos = page.request.query_params.get("sid", ""), page.request.query_params.get("pos", "")
    if not (sid.isdigit() and pos.isdigit()) or len(sid) > 18 or len(pos) > 6:
        return
    try:
        with tenant_session(page.db, tenant_id) as session:
            record_click(session, int(sid), product_id, int(pos))
    except (NotFound, InvalidInput):
        pass  # a stale or edited link: the page still shows, the click is not counted
