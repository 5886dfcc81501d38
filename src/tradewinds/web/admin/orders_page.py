"""``/admin/orders``: the order list (filters, search, pages), an order's page with its
timeline and the forms for the steps it may take, and its packing slip.

Everything is read through the orders capability (``tradewinds.orders``); the list is the
REST API's order query. The forms post to :mod:`.order_actions`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.orders import (
    FINANCIAL_FILTERS,
    FULFILMENT_FILTERS,
    STATUS_FILTERS,
    OrderFilters,
    console_orders,
    order_view,
)
from tradewinds.staff import Permission, can
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_response,
    allowed,
    message_response,
    path_id,
)

router = APIRouter(include_in_schema=False)
OrdersDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_ORDERS))]


@router.get("/admin/orders")
def order_list(console: OrdersDep) -> Response:
    params = console.request.query_params
    filters = OrderFilters(
        params.get("q", ""), params.get("status", ""), params.get("financial", ""),
        params.get("fulfilment", ""), params.get("from", ""), params.get("to", ""),
    ).cleaned()  # fmt: skip
    offset = path_id(params.get("offset", "")) or 0
    listing = console_orders(console.db, console.tenant_id, filters, offset)
    context = {
        "filters": filters,
        "listing": listing,
        "errors": listing.errors,
        "statuses": STATUS_FILTERS[1:],
        "financials": FINANCIAL_FILTERS[1:],
        "fulfilments": FULFILMENT_FILTERS[1:],
    }
    status_code = 422 if listing.errors else 200
    return admin_response(console, "admin/orders.html", context, status_code, "orders")


def order_page(
    console: AdminRequest,
    order_id: int,
    status_code: int = 200,
    **context: Any,
) -> Response:
    """The order's page; ``context`` carries a refusal, field errors and typed values."""
    try:
        order = order_view(console.db, console.tenant_id, order_id)
    except NotFound:
        return message_response(console, "not_found", 404)
    role = console.staff.role if console.staff else ""
    values = {
        "order": order,
        "may": {
            "fulfil": can(role, Permission.FULFIL_ORDERS),
            "cancel": can(role, Permission.CANCEL_ORDERS),
            "refund": can(role, Permission.REFUND_ORDERS),
        },
        "done": console.request.query_params.get("done", "") if status_code == 200 else "",
        "errors": {},
        "form": {},
        "refused": None,
        "action": "",
        **context,
    }
    return admin_response(console, "admin/order.html", values, status_code, "orders")


@router.get("/admin/orders/{order_id}")
def order_detail(order_id: str, console: OrdersDep) -> Response:
    wanted = path_id(order_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    return order_page(console, wanted)


@router.get("/admin/orders/{order_id}/packing-slip")
def packing_slip(order_id: str, console: OrdersDep) -> Response:
    wanted = path_id(order_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        order = order_view(console.db, console.tenant_id, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    return admin_response(console, "admin/packing_slip.html", {"order": order}, 200, "orders")
