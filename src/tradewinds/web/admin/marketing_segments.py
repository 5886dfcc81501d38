"""``/admin/marketing/segments``: customer segments with their sizes, a new segment's form,
a segment's page with its members (paged), and deleting one after a confirmation step.

Everything goes through ``tradewinds.marketing`` (the functions the REST API uses); each
change is recorded in the console audit in the change's own transaction (``actor=``).
Members' emails and names are shown to roles that may see customers, masked otherwise.
"""

from __future__ import annotations

import re
from time import perf_counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.marketing import (
    NAME_PATTERN,
    SEGMENT_KINDS,
    create_segment,
    delete_segment,
    get_segment,
    list_campaigns,
    mask_email,
    segment_members,
    segment_sizes,
)
from tradewinds.staff import Permission, can
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.keys_page import actor_of
from tradewinds.web.admin.segment_form import DEFAULTS, SCORES, params_summary, read_segment_form
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_MARKETING))]
EditDep = Annotated[AdminRequest, Depends(allowed(Permission.EDIT_MARKETING))]
SendDep = Annotated[AdminRequest, Depends(allowed(Permission.SEND_MARKETING))]
LIST = "/admin/marketing/segments"
NEW = "/admin/marketing/new-segment"
PER_PAGE = 50
_NAME = re.compile(NAME_PATTERN)


def marketing_response(
    console: AdminRequest, template: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    """A marketing page: the layout, the section's own navigation, what the role may do."""
    role = console.staff.role if console.staff else ""
    may = {
        "edit": can(role, Permission.EDIT_MARKETING),
        "send": can(role, Permission.SEND_MARKETING),
        "customers": can(role, Permission.VIEW_CUSTOMERS),
    }
    return admin_response(
        console, template, {"may": may, **context}, status_code, current="marketing"
    )


def known_name(value: str) -> str | None:
    """A segment or campaign name from the URL, or None (the page answers 404)."""
    return value if _NAME.match(value) else None


def seconds_since(started: float) -> str:
    return f"{perf_counter() - started:.1f}"


@router.get("/admin/marketing")
def marketing_home(console: ViewDep) -> Response:
    return RedirectResponse(LIST, status_code=303)


@router.get(LIST)
def segment_list(console: ViewDep) -> Response:
    started = perf_counter()
    sizes = segment_sizes(console.db, console.tenant_id)
    context = {
        "sizes": sizes,
        "summary": {
            s.segment.name: params_summary(s.segment.kind, s.segment.params) for s in sizes
        },
        "seconds": seconds_since(started),
        "done": console.request.query_params.get("done", ""),
        "section": "segments",
    }
    return marketing_response(console, "admin/marketing_segments.html", context)


def _form_page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = {"values": dict(DEFAULTS), "errors": {}, "kinds": SEGMENT_KINDS, "scores": SCORES}
    values |= {"section": "segments", **context}
    return marketing_response(console, "admin/marketing_segment_form.html", values, status_code)


@router.get(NEW)
def new_segment(console: EditDep) -> Response:
    return _form_page(console)


@router.post(LIST)
async def submit_segment(console: EditDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    read = read_segment_form(form)
    name = read.values["name"]
    if not read.errors:
        try:
            await run_in_threadpool(
                lambda: create_segment(
                    console.db,
                    console.tenant_id,
                    name,
                    read.kind,
                    read.params,
                    read.values["description"],
                    actor=actor_of(console),
                )
            )
        except Conflict:
            read.errors["name"] = "segment_exists"
    if read.errors:
        return _form_page(console, 422, values=read.values, errors=read.errors)
    return RedirectResponse(f"{LIST}/{name}?done=created", status_code=303)


@router.get(LIST + "/{segment}")
def segment_page(segment: str, console: ViewDep) -> Response:
    name = known_name(segment)
    offset = path_id(console.request.query_params.get("offset", "")) or 0
    if name is None:
        return message_response(console, "not_found", 404)
    started = perf_counter()
    try:
        page = segment_members(
            console.db, console.tenant_id, name, limit=PER_PAGE, offset=min(offset, 10_000_000)
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    sees = can(console.staff.role if console.staff else "", Permission.VIEW_CUSTOMERS)
    members = [
        (m, m.email if sees else mask_email(m.email), m.name if sees else "") for m in page.members
    ]
    context = {
        "size": page.size,
        "summary": params_summary(page.size.segment.kind, page.size.segment.params),
        "members": members,
        "offset": page.offset,
        "per_page": PER_PAGE,
        "seconds": seconds_since(started),
        "done": console.request.query_params.get("done", ""),
        "section": "segments",
    }
    return marketing_response(console, "admin/marketing_segment.html", context)


@router.get(LIST + "/{segment}/delete")
def confirm_delete(segment: str, console: EditDep) -> Response:
    name = known_name(segment)
    if name is None:
        return message_response(console, "not_found", 404)
    try:
        get_segment(console.db, console.tenant_id, name)
    except NotFound:
        return message_response(console, "not_found", 404)
    campaigns = [c.name for c in list_campaigns(console.db, console.tenant_id) if c.segment == name]
    context = {"what": "segment", "name": name, "campaigns": campaigns, "section": "segments"}
    return marketing_response(console, "admin/marketing_delete.html", context)


@router.post(LIST + "/{segment}/delete")
async def submit_delete(segment: str, console: EditDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    name = known_name(segment)
    if name is None:
        return message_response(console, "not_found", 404)
    try:
        await run_in_threadpool(
            lambda: delete_segment(console.db, console.tenant_id, name, actor=actor_of(console))
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{LIST}?done=deleted", status_code=303)
