"""The merchant console under ``/admin``: one module per page, each over the capabilities'
public functions (``tradewinds.staff``, ``tradewinds.catalog``, ``tradewinds.orders``,
``tradewinds.reports``, ``tradewinds.forecast``, ``tradewinds.search``, ``tradewinds.gateway``,
``tradewinds.compliance``, ``tradewinds.routing``, ``tradewinds.merchant``,
``tradewinds.marketing``); ``import_page``: CSV import and export.

``install_admin(app)`` adds the routes and turns the console's access exceptions into
responses: sign in first (303), not for this role (403), no shop at this host (404).
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.web.admin import (
    ai_draft,
    ai_generate,
    ai_settings,
    ai_tools,
    ai_versions,
    audit_page,
    budgets_page,
    campaign_sending,
    compliance_audit,
    compliance_blocklist,
    compliance_complaints,
    compliance_labels,
    customers_page,
    dashboard,
    deliveries_page,
    delivery_plan,
    forecast_detail,
    forecasts_page,
    import_page,
    keys_page,
    login,
    marketing_campaigns,
    marketing_segments,
    order_actions,
    orders_page,
    products,
    replenishment_page,
    search_analytics,
    search_preview,
    search_rules,
    search_synonyms,
    staff_page,
    usage_page,
)
from tradewinds.web.admin.console import (
    LOGIN,
    NoConsole,
    NotAllowed,
    SignInRequired,
    admin_request,
    message_response,
)


async def console_not_found(request: Request) -> Response:
    """The console's 404 page, for a browser asking for an unknown path under ``/admin``."""
    console = await run_in_threadpool(admin_request, request)
    return message_response(console, "not_found", 404)


def install_admin(app: FastAPI) -> None:
    """Mount the console's pages on ``app``."""
    for module in (
        *(login, dashboard, products, import_page, staff_page, audit_page),
        *(orders_page, order_actions, customers_page),
        *(forecasts_page, forecast_detail, replenishment_page),
        *(search_analytics, search_synonyms, search_rules, search_preview),
        *(keys_page, budgets_page, usage_page),
        *(compliance_audit, compliance_complaints, compliance_blocklist, compliance_labels),
        *(deliveries_page, delivery_plan),  # deliveries (issue 18, part 2)
        *(ai_tools, ai_generate, ai_draft, ai_versions, ai_settings),  # AI tools: listing copy
        *(marketing_segments, marketing_campaigns, campaign_sending),  # marketing
    ):
        app.include_router(module.router)

    async def sign_in_first(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SignInRequired)
        return RedirectResponse(f"{LOGIN}?{urlencode({'next': exc.next})}", status_code=303)

    async def refused(request: Request, exc: Exception) -> Response:
        console = await run_in_threadpool(admin_request, request)
        if isinstance(exc, NoConsole):
            return message_response(console, "no_shop", 404)
        return message_response(console, "forbidden", 403)

    app.add_exception_handler(SignInRequired, sign_in_first)
    app.add_exception_handler(NotAllowed, refused)
    app.add_exception_handler(NoConsole, refused)


__all__ = ["console_not_found", "install_admin"]
