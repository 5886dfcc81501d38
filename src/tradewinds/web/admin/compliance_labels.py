"""``/admin/compliance/labels`` (owners and managers): check an AI-content label.

Paste an exported text with its label block, an ``X-AIGC-Label`` header value or the label
metadata JSON; the answer says valid or not and why (``tradewinds.compliance.verify_text``,
as ``tradewinds labels verify`` and ``POST /api/v1/compliance/labels/verify``). Checking
changes nothing, so the result is the POST's own answer (no redirect).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from tradewinds.compliance import load_policy, verify_text
from tradewinds.web.admin.compliance_audit import ComplianceDep
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    message_response,
)
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
PAGE = "/admin/compliance/labels"
MAX_TEXT = 200_000


def _page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = {"text": "", "result": None, "errors": {}, "section": "labels", **context}
    return admin_response(console, "admin/labels.html", values, status_code, "compliance")


@router.get(PAGE)
def labels_page(console: ComplianceDep) -> Response:
    return _page(console)


@router.post(PAGE)
async def submit_verify(console: ComplianceDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    text = form.get("text", "")
    if not text.strip():
        return _page(console, 422, errors={"text": "required"})
    if len(text) > MAX_TEXT:
        return _page(console, 422, errors={"text": "too_long"}, text=text[:MAX_TEXT])
    own = tuple(load_policy(console.db, console.tenant_id).explicit_labels.values())
    result = verify_text(console.settings, text, known_explicit=own)
    return _page(console, text=text, result=result)
