"""The order page's forms: fulfil (staff and up), cancel and refund (owners and managers).

Each posts with the console's CSRF token to ``/admin/orders/{id}/<action>`` and calls the
orders capability. Success answers 303 to the order's page with what was done
(post/redirect/get); wrong values answer 422 with messages at the fields and what was
typed; a step the order cannot take answers 409 saying why. Nothing is written then.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.orders import (
    InvalidOrderAction,
    OrderActionRefused,
    RefundRequest,
    Shipment,
    cancel_order,
    fulfil_order,
    refund_order,
)
from tradewinds.staff import Actor, Permission
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.orders_page import order_page
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
FulfilDep = Annotated[AdminRequest, Depends(allowed(Permission.FULFIL_ORDERS))]
CancelDep = Annotated[AdminRequest, Depends(allowed(Permission.CANCEL_ORDERS))]
RefundDep = Annotated[AdminRequest, Depends(allowed(Permission.REFUND_ORDERS))]
_LINE_FIELD = re.compile(r"^lines\.(\d{1,18})\.quantity$")


def _actor(console: AdminRequest) -> Actor:
    assert console.staff is not None
    return Actor(console.staff.id, console.staff.email)


def refund_request(form: dict[str, str]) -> RefundRequest:
    """The refund form's values: ``lines.<id>.quantity`` and ``lines.<id>.restock``,
    ``amount``, and ``scope`` (``whole`` for the whole order)."""
    lines: dict[int, tuple[str, bool]] = {}
    for name, value in form.items():
        match = _LINE_FIELD.match(name)
        if match:
            restock = form.get(f"lines.{match[1]}.restock") == "on"
            lines[int(match[1])] = (value[:20], restock)
    return RefundRequest(lines, form.get("scope") == "whole", form.get("amount", "")[:30])


async def _act(console: AdminRequest, order_id: str, action: str) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(order_id)
    if wanted is None or console.staff is None:
        return message_response(console, "not_found", 404)
    db, tenant, actor = console.db, console.tenant_id, _actor(console)
    try:
        if action == "fulfil":
            shipment = Shipment(
                form.get("carrier", "")[:200], form.get("tracking_number", "")[:200]
            )
            await run_in_threadpool(fulfil_order, db, tenant, wanted, shipment, actor)
        elif action == "cancel":
            await run_in_threadpool(cancel_order, db, tenant, wanted, actor)
        else:
            request = refund_request(form)
            await run_in_threadpool(refund_order, db, tenant, wanted, request, actor)
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidOrderAction as error:
        return await run_in_threadpool(
            order_page, console, wanted, 422, errors=error.errors, form=form, action=action
        )
    except OrderActionRefused as refused:
        return await run_in_threadpool(
            order_page, console, wanted, 409, refused=refused, form=form, action=action
        )
    done = {"fulfil": "fulfilled", "cancel": "cancelled", "refund": "refunded"}[action]
    return RedirectResponse(f"/admin/orders/{wanted}?done={done}", status_code=303)


@router.post("/admin/orders/{order_id}/fulfil")
async def fulfil(order_id: str, console: FulfilDep) -> Response:
    return await _act(console, order_id, "fulfil")


@router.post("/admin/orders/{order_id}/cancel")
async def cancel(order_id: str, console: CancelDep) -> Response:
    return await _act(console, order_id, "cancel")


@router.post("/admin/orders/{order_id}/refund")
async def refund(order_id: str, console: RefundDep) -> Response:
    return await _act(console, order_id, "refund")
