"""``/admin``: the console's home. Owners and managers see the sales dashboard; a role
without ``view_reports`` (staff) is sent on to its first section, the catalogue.

The figures are ``tradewinds.reports.sales_dashboard`` for the date range of the GET form
(``range`` 7, 30 or 90 days ending today in the shop's time zone, or ``custom`` with
``from`` and ``to``; 30 days by default). A wrong range answers 422 with the messages at
the fields and what was typed kept; nothing is computed.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from tradewinds.reports import (
    CUSTOM,
    DEFAULT_PRESET,
    PRESETS,
    InvalidPeriod,
    read_period,
    sales_dashboard,
    shop_today,
    shop_zone,
)
from tradewinds.staff import Permission, can
from tradewinds.web.admin.charts import HEIGHT, WIDTH, bar_chart, buckets
from tradewinds.web.admin.console import PAGES, AdminRequest, admin_response, allowed

router = APIRouter(include_in_schema=False)
ConsoleDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_CONSOLE))]


def _first_section(console: AdminRequest) -> str:
    assert console.staff is not None
    for path, permission in PAGES.values():
        if path != "/admin" and can(console.staff.role, permission):
            return path
    return "/admin/products"


@router.get("/admin")
def home(console: ConsoleDep) -> Response:
    assert console.staff is not None and console.tenant is not None
    if not can(console.staff.role, Permission.VIEW_REPORTS):
        return RedirectResponse(_first_section(console), status_code=303)
    params = console.request.query_params
    chosen = params.get("range", DEFAULT_PRESET)
    typed = {
        "range": chosen if chosen in (*PRESETS, CUSTOM) else DEFAULT_PRESET,
        "from": params.get("from", "")[:40],
        "to": params.get("to", "")[:40],
    }
    today = shop_today(shop_zone(console.tenant.timezone))
    context: dict[str, Any] = {"typed": typed, "errors": {}, "presets": PRESETS, "report": None}
    try:
        period = read_period(today, typed["range"], typed["from"], typed["to"])
    except InvalidPeriod as error:
        context["errors"] = error.errors
        return admin_response(console, "admin/dashboard.html", context, 422, "dashboard")
    if period.preset != CUSTOM:  # the form shows the preset's days as its dates
        typed |= {"range": period.preset, "from": "", "to": ""}
    report = sales_dashboard(console.db, console.tenant_id, period)
    groups = buckets(report.days)
    context |= {
        "report": report,
        "groups": groups,
        "weekly": len(groups) < len(report.days),
        "revenue_chart": bar_chart(groups, "revenue_minor"),
        "orders_chart": bar_chart(groups, "orders"),
        "chart_size": (WIDTH, HEIGHT),
    }
    return admin_response(console, "admin/dashboard.html", context, current="dashboard")
