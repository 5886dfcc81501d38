"""``/account/addresses``: the signed-in shopper's saved addresses (add, edit, delete,
make default). The default one fills the checkout form.

An address id of another customer (or none) is the 404 page, for GET and POST alike.
Wrong fields come back with a message at each and what was typed kept (422).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.accounts import (
    Address,
    add_address,
    delete_address,
    get_address,
    list_addresses,
    set_default_address,
    update_address,
)
from tradewinds.checkout import InvalidContact
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.web.page import PageRequest, no_shop_response, not_found_response, page_request
from tradewinds.web.session import CsrfRejected, read_form
from tradewinds.web.storefront.account_page import private_response, sign_in_redirect
from tradewinds.web.storefront.cart_page import forbidden_response

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]
FIELDS = ("name", "street", "city", "postal_code", "country")
LIST = "/account/addresses"


def _typed(form: dict[str, str]) -> dict[str, str]:
    return {name: form.get(name, "")[:1000] for name in FIELDS}


def _kinds(error: InvalidContact) -> dict[str, str]:
    return {f: "required" if m == "required" else "invalid" for f, m in error.errors.items()}


def _list_page(
    page: PageRequest,
    tenant_id: int,
    customer_id: int,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    full: bool = False,
    status_code: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "addresses": list_addresses(page.db, tenant_id, customer_id),
        "values": values or {"country": "US"},
        "errors": errors or {},
        "full": full,
    }
    return private_response(page, "storefront/addresses.html", context, status_code)


@router.get(LIST, response_class=HTMLResponse)
def addresses(page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    if page.account is None:
        return sign_in_redirect(page)
    return _list_page(page, tenant.id, page.account.customer_id)


@router.post(LIST)
async def add(page: PageDep) -> Response:
    tenant, account = page.shop.tenant, page.account
    if tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    if account is None:
        return sign_in_redirect(page)
    values = _typed(form)
    default = form.get("default") == "yes"
    try:
        await run_in_threadpool(
            add_address, page.db, tenant.id, account.customer_id, Address(**values), default
        )
    except InvalidContact as error:
        return await run_in_threadpool(
            _list_page, page, tenant.id, account.customer_id, values, _kinds(error), False, 422
        )
    except InvalidInput:  # too many addresses
        return await run_in_threadpool(
            _list_page, page, tenant.id, account.customer_id, values, {}, True, 422
        )
    return RedirectResponse(LIST, status_code=303)


@router.get(LIST + "/{address_id}", response_class=HTMLResponse)
def edit(address_id: str, page: PageDep) -> Response:
    tenant = page.shop.tenant
    if tenant is None:
        return no_shop_response(page, 404)
    if page.account is None:
        return sign_in_redirect(page)
    try:
        saved = get_address(page.db, tenant.id, page.account.customer_id, _id(address_id))
    except NotFound:
        return not_found_response(page)
    context = {"address_id": saved.id, "values": asdict(saved.address), "errors": {}}
    return private_response(page, "storefront/address_edit.html", context)


def _id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise NotFound(f"no saved address {text!r}")
    return int(text)


@router.post(LIST + "/{address_id}")
async def save(address_id: str, page: PageDep) -> Response:
    return await _change(page, address_id, "save")


@router.post(LIST + "/{address_id}/delete")
async def delete(address_id: str, page: PageDep) -> Response:
    return await _change(page, address_id, "delete")


@router.post(LIST + "/{address_id}/default")
async def make_default(address_id: str, page: PageDep) -> Response:
    return await _change(page, address_id, "default")


async def _change(page: PageRequest, address_id: str, action: str) -> Response:
    tenant, account = page.shop.tenant, page.account
    if tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    if account is None:
        return sign_in_redirect(page)
    values = _typed(form)
    try:
        number = _id(address_id)
        if action == "delete":
            await run_in_threadpool(delete_address, page.db, tenant.id, account.customer_id, number)
        elif action == "default":
            await run_in_threadpool(
                set_default_address, page.db, tenant.id, account.customer_id, number
            )
        else:
            await run_in_threadpool(
                update_address, page.db, tenant.id, account.customer_id, number, Address(**values)
            )
    except NotFound:
        return not_found_response(page)
    except InvalidContact as error:
        context = {"address_id": address_id, "values": values, "errors": _kinds(error)}
        return private_response(page, "storefront/address_edit.html", context, 422)
    return RedirectResponse(LIST, status_code=303)
