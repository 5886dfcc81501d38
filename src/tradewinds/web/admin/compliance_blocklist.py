"""``/admin/compliance/blocklist`` (owners and managers): the shop's moderation blocklist.

List, add (a keyword or a regular expression, and the category a hit counts towards),
remove. ``tradewinds.compliance`` checks the entry (an invalid regex, a duplicate),
records the change in the console audit in the same transaction, and applies it to the
next request in this process (other processes within 10 s).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.compliance import (
    CATEGORIES,
    add_blocklist_entry,
    delete_blocklist_entry,
    list_blocklist,
)
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.web.admin.compliance_audit import ComplianceDep
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    message_response,
    path_id,
)
from tradewinds.web.admin.keys_page import actor_of
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
PAGE = "/admin/compliance/blocklist"
KINDS = ("keyword", "regex")
ENTRY_CATEGORIES = ("blocklist", *CATEGORIES)


def _page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = {
        "entries": list_blocklist(console.db, console.tenant_id),
        "kinds": KINDS,
        "categories": ENTRY_CATEGORIES,
        "errors": {},
        "values": {"pattern": "", "kind": "keyword", "category": "blocklist"},
        "done": console.request.query_params.get("done", ""),
        "section": "blocklist",
        **context,
    }
    return admin_response(console, "admin/blocklist.html", values, status_code, "compliance")


@router.get(PAGE)
def blocklist_page(console: ComplianceDep) -> Response:
    return _page(console)


@router.post(PAGE)
async def submit_add(console: ComplianceDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    pattern = form.get("pattern", "").strip()
    kind, category = form.get("kind", ""), form.get("category", "")
    typed = {"pattern": form.get("pattern", "")[:600], "kind": kind, "category": category}
    errors: dict[str, str] = {}
    if not pattern:
        errors["pattern"] = "required"
    elif len(pattern) > 500:
        errors["pattern"] = "too_long"
    if kind not in KINDS:
        errors["kind"] = "invalid_choice"
    if category not in ENTRY_CATEGORIES:
        errors["category"] = "invalid_choice"
    if not errors:
        try:
            await run_in_threadpool(
                lambda: add_blocklist_entry(
                    console.db,
                    console.tenant_id,
                    pattern,
                    kind=kind,
                    category=category,
                    actor=actor_of(console),
                )
            )
        except Conflict:
            errors["pattern"] = "exists"
        except InvalidInput:  # the only check left to the capability: the regex compiles
            errors["pattern"] = "bad_regex"
    if errors:
        return await run_in_threadpool(_page, console, 422, errors=errors, values=typed)
    return RedirectResponse(f"{PAGE}?done=added", status_code=303)


@router.post(PAGE + "/{entry_id}/remove")
async def submit_remove(entry_id: str, console: ComplianceDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(entry_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        await run_in_threadpool(
            lambda: delete_blocklist_entry(
                console.db, console.tenant_id, wanted, actor=actor_of(console)
            )
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{PAGE}?done=removed", status_code=303)
