"""``/admin/deliveries/plans/{id}``: one route plan — each route's stops in order, the map,
the unassigned orders with their reasons, and each route's driver manifest (printable HTML
and CSV); ``/admin/deliveries/promises``: what the shop promised a customer for an order.

Everything here reads what ``tradewinds.routing`` stored (``load_plan``, ``render_map_svg``,
``manifest_html``, ``manifest_csv``, ``delivery_promise``), as the REST API does.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import HTMLResponse, Response

from tradewinds.core.errors import NotFound
from tradewinds.routing import (
    delivery_promise,
    load_plan,
    manifest_csv,
    manifest_html,
    render_map_svg,
)
from tradewinds.staff import Permission
from tradewinds.store import tenant_session
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.deliveries_page import PAGE, _local_clock

router = APIRouter(include_in_schema=False)
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_DELIVERIES))]
MAX_VEHICLE = 64  # route_plans' vehicle codes are at most 64 characters
MAX_ORDER_REF = 40
# The manifest is a page of its own, printed by drivers: its one inline style sheet is
# allowed, nothing else (no script, no outside request, no form).
MANIFEST_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


@router.get(PAGE + "/plans/{plan_id}")
def plan_page(plan_id: str, console: ViewDep) -> Response:
    wanted = path_id(plan_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        with tenant_session(console.db, console.tenant_id) as session:
            plan = load_plan(session, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    context = {
        "plan": plan,
        "map_svg": render_map_svg(plan) if plan.routes or plan.unassigned else "",
        "local": _local_clock(console),
    }
    return admin_response(console, "admin/delivery_plan.html", context, current="deliveries")


@router.get(PAGE + "/plans/{plan_id}/manifests/{vehicle}")
def manifest(plan_id: str, vehicle: str, console: ViewDep) -> Response:
    """A route's driver manifest: printable HTML, or CSV with ``?format=csv``."""
    wanted = path_id(plan_id)
    if wanted is None or not 1 <= len(vehicle) <= MAX_VEHICLE:
        return message_response(console, "not_found", 404)
    as_csv = console.request.query_params.get("format") == "csv"
    try:
        with tenant_session(console.db, console.tenant_id) as session:
            plan = load_plan(session, wanted)
        body = manifest_csv(plan, vehicle) if as_csv else manifest_html(plan, vehicle)
    except NotFound:
        return message_response(console, "not_found", 404)
    headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
               "Referrer-Policy": "same-origin"}  # fmt: skip
    if as_csv:
        name = f"manifest-{plan.date.isoformat()}-{plan.id}-{_file_part(vehicle)}.csv"
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return Response(body, media_type="text/csv; charset=utf-8", headers=headers)
    headers["Content-Security-Policy"] = MANIFEST_CSP
    return HTMLResponse(body, headers=headers)


def _file_part(text: str) -> str:
    """``text`` safe inside a quoted file name (ASCII letters, digits, dash, underscore).

    >>> _file_part('VAN-1"; x=/..')
    'VAN-1___x____'
    """
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in text)


@router.get(PAGE + "/promises")
def promise_page(console: ViewDep) -> Response:
    """Look an order up by its number (``#1001``) or id: requested and promised windows,
    the planned arrival and vehicle, or why no route carries it."""
    typed = console.request.query_params.get("order", "").strip()[:MAX_ORDER_REF]
    context: dict[str, object] = {"typed": typed, "promise": None, "errors": {},
                                  "local": _local_clock(console)}  # fmt: skip
    status = 200
    if typed:
        try:
            with tenant_session(console.db, console.tenant_id) as session:
                context["promise"] = delivery_promise(session, typed)
        except NotFound:
            context["errors"], status = {"order": "unknown_order"}, 404
    return admin_response(console, "admin/delivery_promise.html", context, status, "deliveries")
