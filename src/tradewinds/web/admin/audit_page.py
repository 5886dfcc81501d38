"""``/admin/audit`` (owners and managers): the console's changes, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from tradewinds.staff import Permission, list_changes
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed

router = APIRouter(include_in_schema=False)
AuditDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_AUDIT))]
PER_PAGE = 50


@router.get("/admin/audit")
def audit_page(console: AuditDep) -> Response:
    offset = console.request.query_params.get("offset", "")
    start = int(offset) if offset.isdigit() and len(offset) < 10 else 0
    page = list_changes(console.db, console.tenant_id, limit=PER_PAGE, offset=start)
    context = {"page": page, "offset": start, "per_page": PER_PAGE}
    return admin_response(console, "admin/audit.html", context, current="audit")
