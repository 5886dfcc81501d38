"""``/admin/budgets`` (owners and managers): this month's token budgets of the shop and of
its keys (limit, used, held by requests in flight, left), and the shop's monthly budget.

The gateway keeps budgets per UTC calendar month for the tenant and per key
(``tradewinds.gateway.budget_states``); a key's own budget is edited on its key page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.gateway import budget_states, list_keys, set_tenant_budget
from tradewinds.staff import Permission
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
)
from tradewinds.web.admin.gateway_form import read_limit, typed
from tradewinds.web.admin.keys_page import actor_of
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
BudgetsDep = Annotated[AdminRequest, Depends(allowed(Permission.MANAGE_BUDGETS))]
PAGE = "/admin/budgets"


def _page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    keys = [k for k in list_keys(console.db, console.tenant_id) if k.status() == "active"]
    states = budget_states(console.db, console.tenant_id, keys)
    shop = states[0]
    values = {
        "shop": shop,
        "keys": list(zip(keys, states[1:], strict=True)),
        "errors": {},
        "values": {"monthly_tokens": "" if shop.limit is None else str(shop.limit)},
        "done": console.request.query_params.get("done", ""),
        **context,
    }
    return admin_response(console, "admin/budgets.html", values, status_code, "budgets")


@router.get(PAGE)
def budgets_page(console: BudgetsDep) -> Response:
    return _page(console)


@router.post(PAGE)
async def submit_budget(console: BudgetsDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    errors: dict[str, str] = {}
    tokens = read_limit(form, "monthly_tokens", errors)
    if errors:
        values = typed(form, ("monthly_tokens",))
        return await run_in_threadpool(_page, console, 422, errors=errors, values=values)
    await run_in_threadpool(
        lambda: set_tenant_budget(console.db, console.tenant_id, tokens, actor=actor_of(console))
    )
    return RedirectResponse(f"{PAGE}?done=saved", status_code=303)
