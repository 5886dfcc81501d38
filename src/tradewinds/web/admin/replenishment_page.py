"""``/admin/replenishment``: what to order today, and the purchase order as CSV.

Both are the forecast capability's ``replenishment_plan`` (the API's
``GET /api/v1/forecast/replenishment``) over the latest completed SKU-level run: SKUs with
stored supply terms use theirs, the others the lead time and service level of the form
(a GET form: reading changes nothing). The CSV is ``purchase_order_csv`` of the same
lines, so the download and the page cannot disagree.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.forecast import (
    SupplyPolicy,
    get_run,
    purchase_order_csv,
    replenishment_plan,
    supplier_names,
)
from tradewinds.staff import Permission
from tradewinds.store import tenant_session
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed

router = APIRouter(include_in_schema=False)
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_FORECASTS))]
PAGE = "/admin/replenishment"
MAX_LEAD_TIME = 365


def read_policy_query(query: Any) -> tuple[dict[str, str], dict[str, str]]:
    """The form's values as typed (defaults when absent) and its errors (field -> kind).

    >>> read_policy_query({"lead_time_days": "x", "service_level": "1"})[1]
    {'lead_time_days': 'whole', 'service_level': 'probability'}
    """
    values = {
        "lead_time_days": str(query.get("lead_time_days", "7")).strip()[:20],
        "service_level": str(query.get("service_level", "0.95")).strip()[:20],
        "all": "on" if query.get("all") == "on" else "",
    }
    errors = {}
    lead = values["lead_time_days"]
    if not (lead.isascii() and lead.isdigit()) or int(lead) > MAX_LEAD_TIME:
        errors["lead_time_days"] = "whole"
    try:
        level = float(values["service_level"])
        if not 0 < level < 1:
            raise ValueError(level)
    except ValueError:
        errors["service_level"] = "probability"
    return values, errors


def _plan(console: AdminRequest, values: dict[str, str]) -> dict[str, Any]:
    policy = SupplyPolicy(
        lead_time_days=int(values["lead_time_days"]),
        service_level=float(values["service_level"]),
    )
    with tenant_session(console.db, console.tenant_id) as session:
        try:
            run = get_run(session, None)
        except NotFound:
            return {"run": None, "lines": [], "suppliers": {}}
        lines = replenishment_plan(
            session, run_id=run.id, default_policy=policy, only_orders=values["all"] != "on"
        )
        return {"run": run, "lines": lines, "suppliers": supplier_names(session)}


def _page(
    console: AdminRequest,
    values: dict[str, str],
    errors: dict[str, str],
    plan: dict[str, Any],
    status_code: int = 200,
) -> Response:
    context = {"values": values, "errors": errors, **plan}
    return admin_response(
        console, "admin/replenishment.html", context, status_code, "replenishment"
    )


@router.get(PAGE)
def replenishment(console: ViewDep) -> Response:
    values, errors = read_policy_query(console.request.query_params)
    if errors:
        return _page(console, values, errors, {"run": None, "lines": [], "suppliers": {}}, 422)
    return _page(console, values, errors, _plan(console, values))


@router.get(PAGE + "/purchase-order.csv")
def purchase_order(console: ViewDep) -> Response:
    values, errors = read_policy_query(console.request.query_params)
    if errors:
        return replenishment(console)  # the form, with its errors at the fields (422)
    plan = _plan(console, values)
    if plan["run"] is None:  # nothing to order from yet: the page says so
        return _page(console, values, errors, plan, 409)
    name = f"purchase-order-run-{plan['run'].id}.csv"
    return Response(
        purchase_order_csv(plan["lines"], plan["suppliers"]),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
