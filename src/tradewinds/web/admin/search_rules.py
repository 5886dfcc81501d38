"""``/admin/search/rules`` (managers and owners): merchandising rules.

Pin, hide, boost or bury a product (by handle or id) or every product with a brand,
category, tag or attribute value, for every search or only for searches containing some
words, optionally between two UTC times. Through the search capability (``save_rule``,
``delete_rule``): every field checked (422 at the fields, nothing written), every change
in the console audit. Rules are read by every search, so a change applies at once; the
live preview (``search_preview``) shows their effect on the storefront's results.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.search import (
    ACTIONS,
    InvalidRule,
    RuleDraft,
    delete_rule,
    rule_entries,
    rule_entry,
    save_rule,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response, path_id
from tradewinds.web.admin.search_tabs import TuneSearchDep, actor, search_response
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
PAGE = "/admin/search/rules"
_FIELDS = ("action", "product", "field", "value", "query", "position", "weight", "starts_at",
           "ends_at", "note")  # fmt: skip


def _draft(form: dict[str, str]) -> RuleDraft:
    return RuleDraft(**{name: form.get(name, "")[:600] for name in _FIELDS})


def _list_page(
    console: AdminRequest, draft: RuleDraft | None = None, errors: dict[str, str] | None = None
) -> Response:
    context = {
        "entries": rule_entries(console.db, console.tenant_id),
        "draft": draft or RuleDraft(),
        "actions": ACTIONS,
        "errors": errors or {},
        "done": console.request.query_params.get("done", ""),
    }
    status = 422 if errors else 200
    return search_response(console, "admin/search_rules.html", "rules", context, status)


def _edit_page(
    console: AdminRequest, rule_id: int, draft: RuleDraft, errors: dict[str, str]
) -> Response:
    context = {"rule_id": rule_id, "draft": draft, "actions": ACTIONS, "errors": errors}
    status = 422 if errors else 200
    return search_response(console, "admin/search_rule.html", "rules", context, status)


@router.get(PAGE)
def rules(console: TuneSearchDep) -> Response:
    return _list_page(console)


@router.post(PAGE)
async def add_rule(console: TuneSearchDep) -> Response:
    try:
        draft = _draft(await admin_form(console))
    except CsrfRejected:
        return message_response(console, "expired", 403)
    try:
        await run_in_threadpool(save_rule, console.db, console.tenant_id, draft, actor(console))
    except InvalidRule as error:
        return await run_in_threadpool(_list_page, console, draft, error.errors)
    return RedirectResponse(f"{PAGE}?done=added", status_code=303)


@router.get(PAGE + "/{rule_id}")
def edit_rule(rule_id: str, console: TuneSearchDep) -> Response:
    try:
        entry = rule_entry(console.db, console.tenant_id, path_id(rule_id) or 0)
    except NotFound:
        return message_response(console, "not_found", 404)
    return _edit_page(console, entry.id, entry.draft(), {})


@router.post(PAGE + "/{rule_id}")
async def update_rule(rule_id: str, console: TuneSearchDep) -> Response:
    try:
        draft = _draft(await admin_form(console))
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(rule_id) or 0
    try:
        await run_in_threadpool(
            save_rule, console.db, console.tenant_id, draft, actor(console), wanted
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidRule as error:
        return await run_in_threadpool(_edit_page, console, wanted, draft, error.errors)
    return RedirectResponse(f"{PAGE}?done=saved", status_code=303)


@router.post(PAGE + "/{rule_id}/delete")
async def remove_rule(rule_id: str, console: TuneSearchDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    try:
        await run_in_threadpool(
            delete_rule, console.db, console.tenant_id, path_id(rule_id) or 0, actor(console)
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{PAGE}?done=deleted", status_code=303)
