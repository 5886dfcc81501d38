"""``/admin/compliance/complaints`` (owners and managers): complaints and appeals about
generated content, with the date each should be answered by (overdue ones say so), a
complaint's page (the record's moderation decision, its history) and the status change
with a note. ``tradewinds.compliance`` does the work (``list_complaints``,
``get_complaint``, ``update_complaint``, which records the change in the console audit).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.compliance import (
    RESPONSE_DAYS,
    get_complaint,
    list_complaints,
    next_statuses,
    update_complaint,
)
from tradewinds.core.errors import InvalidInput, NotFound
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
PAGE = "/admin/compliance/complaints"
STATUSES = ("open", "investigating", "resolved", "rejected")


@router.get(PAGE)
def complaints_page(console: ComplianceDep) -> Response:
    wanted = console.request.query_params.get("status", "")
    status = wanted if wanted in STATUSES else None
    context = {
        "complaints": list_complaints(console.db, console.tenant_id, status=status),
        "status": status or "",
        "statuses": STATUSES,
        "days": RESPONSE_DAYS,
        "section": "complaints",
    }
    return admin_response(console, "admin/complaints.html", context, current="compliance")


def _detail(
    console: AdminRequest, complaint: dict[str, Any], status_code: int = 200, **context: Any
) -> Response:
    values = {
        "complaint": complaint,
        "next": next_statuses(complaint["status"]),
        "errors": {},
        "values": {"status": "", "note": ""},
        "done": console.request.query_params.get("done", ""),
        "section": "complaints",
        **context,
    }
    return admin_response(console, "admin/complaint.html", values, status_code, "compliance")


def _complaint(console: AdminRequest, complaint_id: str) -> dict[str, Any] | None:
    wanted = path_id(complaint_id)
    if wanted is None:
        return None
    try:
        return get_complaint(console.db, console.tenant_id, wanted)
    except NotFound:
        return None


@router.get(PAGE + "/{complaint_id}")
def complaint_page(complaint_id: str, console: ComplianceDep) -> Response:
    complaint = _complaint(console, complaint_id)
    if complaint is None:
        return message_response(console, "not_found", 404)
    return _detail(console, complaint)


@router.post(PAGE + "/{complaint_id}")
async def submit_status(complaint_id: str, console: ComplianceDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    complaint = await run_in_threadpool(_complaint, console, complaint_id)
    if complaint is None:
        return message_response(console, "not_found", 404)
    status, note = form.get("status", ""), form.get("note", "")[:5000]
    typed = {"status": status, "note": note}
    if status not in next_statuses(complaint["status"]):
        errors = {"status": "bad_status"}
        return await run_in_threadpool(
            _detail, console, complaint, 422, errors=errors, values=typed
        )
    try:
        await run_in_threadpool(
            lambda: update_complaint(
                console.db,
                console.tenant_id,
                complaint["id"],
                status=status,
                note=note,
                actor=actor_of(console),
            )
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidInput:  # a move the workflow does not allow (e.g. resolved -> rejected)
        errors = {"status": "bad_status"}
        return await run_in_threadpool(
            _detail, console, complaint, 422, errors=errors, values=typed
        )
    return RedirectResponse(f"{PAGE}/{complaint['id']}?done=status", status_code=303)
