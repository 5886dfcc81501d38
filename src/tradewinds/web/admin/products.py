"""``/admin/products``: the catalogue list (search and filters) and a product's edit page.

Both call the catalogue capability (``tradewinds.catalog``): the list is the REST API's
product query; a save is checked whole (422 with messages at the fields and nothing
written), refused when someone else saved first (409, listing what they changed), recorded
in the console audit and reindexed for search. A saved edit answers 303 to the page again
(post/redirect/get).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.catalog import (
    STATUS_FILTERS,
    STOCK_FILTERS,
    EditConflict,
    InvalidProductEdit,
    ProductDraft,
    ProductFilters,
    category_paths,
    console_products,
    product_draft,
    save_product,
)
from tradewinds.core.errors import NotFound
from tradewinds.staff import Actor, Permission
from tradewinds.web.admin.ai_generate import product_copy_tools
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.product_form import draft_from_form, form_rows
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
CatalogueDep = Annotated[AdminRequest, Depends(allowed(Permission.EDIT_CATALOGUE))]


@router.get("/admin/products")
def product_list(console: CatalogueDep) -> Response:
    params = console.request.query_params
    filters = ProductFilters(
        params.get("q", ""), params.get("category", ""), params.get("status", ""),
        params.get("stock", ""),
    ).cleaned()  # fmt: skip
    offset = path_id(params.get("offset", "")) or 0
    listing = console_products(console.db, console.tenant_id, filters, offset)
    context = {
        "filters": filters,
        "listing": listing,
        "categories": category_paths(console.db, console.tenant_id),
        "statuses": STATUS_FILTERS[1:],
        "stocks": STOCK_FILTERS[1:],
    }
    return admin_response(console, "admin/products.html", context, current="catalogue")


def _edit_page(
    console: AdminRequest,
    draft: ProductDraft,
    status_code: int = 200,
    errors: dict[str, str] | None = None,
    conflict: EditConflict | None = None,
) -> Response:
    context = {
        "draft": draft,
        "attribute_rows": form_rows(draft),
        "errors": errors or {},
        "conflict": conflict,
        "saved": console.request.query_params.get("saved") == "1" and status_code == 200,
        "copy_tools": product_copy_tools(console),  # AI tools: "Generate copy"
    }
    return admin_response(console, "admin/product.html", context, status_code, "catalogue")


@router.get("/admin/products/{product_id}")
def edit_product(product_id: str, console: CatalogueDep) -> Response:
    wanted = path_id(product_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        draft = product_draft(console.db, console.tenant_id, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    return _edit_page(console, draft)


@router.post("/admin/products/{product_id}")
async def submit_product(product_id: str, console: CatalogueDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted, staff = path_id(product_id), console.staff
    if wanted is None or staff is None:
        return message_response(console, "not_found", 404)
    try:
        shown = await run_in_threadpool(product_draft, console.db, console.tenant_id, wanted)
        draft = draft_from_form(shown.id, form, shown)
        await run_in_threadpool(
            save_product, console.db, console.tenant_id, draft,
            Actor(staff.id, staff.email), console.settings,
        )  # fmt: skip
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidProductEdit as error:
        return _edit_page(console, draft, 422, errors=error.errors)
    except EditConflict as conflict:
        return _edit_page(console, conflict.current, 409, conflict=conflict)
    return RedirectResponse(f"/admin/products/{shown.id}?saved=1", status_code=303)
