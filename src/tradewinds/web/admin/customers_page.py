"""``/admin/customers``: the shop's customers (search by email, name or phone) with their
order count, total spent and last order; a customer's page with orders and addresses.
Read through the orders capability (``tradewinds.orders``) over the REST API's queries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.orders import console_customers, customer_view
from tradewinds.staff import Permission
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_response,
    allowed,
    message_response,
    path_id,
)

router = APIRouter(include_in_schema=False)
CustomersDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_CUSTOMERS))]


@router.get("/admin/customers")
def customer_list(console: CustomersDep) -> Response:
    params = console.request.query_params
    q = params.get("q", "").strip()[:200]
    offset = path_id(params.get("offset", "")) or 0
    listing = console_customers(console.db, console.tenant_id, q, offset)
    context = {"q": q, "listing": listing}
    return admin_response(console, "admin/customers.html", context, current="customers")


@router.get("/admin/customers/{customer_id}")
def customer_detail(customer_id: str, console: CustomersDep) -> Response:
    wanted = path_id(customer_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        customer = customer_view(console.db, console.tenant_id, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    context = {"customer": customer}
    return admin_response(console, "admin/customer.html", context, current="customers")
