"""``/admin/compliance/audit`` (owners and managers): the AI-generation audit log.

Search by date range, key, decision and words; a record's page (scores, the threshold and
rule that decided, the label); export of the filtered records as CSV or JSON Lines. All of
it is ``tradewinds.compliance`` (``query_audit``, ``count_audit``, ``get_record``,
``export_audit``), as behind ``/api/v1/compliance/audit``. Records hold API key ids, never
keys. The console's own change audit is ``/admin/audit``; the two pages link each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from starlette.responses import Response

from tradewinds.compliance import AuditQuery, count_audit, export_audit, get_record, query_audit
from tradewinds.core.errors import NotFound
from tradewinds.gateway import list_keys
from tradewinds.staff import Permission
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed, message_response

router = APIRouter(include_in_schema=False)
ComplianceDep = Annotated[AdminRequest, Depends(allowed(Permission.MANAGE_COMPLIANCE))]
PAGE = "/admin/compliance/audit"
PER_PAGE = 50
ACTIONS = ("allow", "flag", "block")
FILTERS = ("from", "to", "action", "key", "q")


def _day(raw: str, name: str, errors: dict[str, str]) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[name] = "bad_date"
        return None


def read_query(
    params: dict[str, str], limit: int, offset: int
) -> tuple[AuditQuery, dict[str, str]]:
    """The audit query of the search form's fields, and the fields it could not read."""
    errors: dict[str, str] = {}
    first = _day(params.get("from", ""), "from", errors)
    last = _day(params.get("to", ""), "to", errors)
    action = params.get("action", "")
    key = params.get("key", "")
    query = AuditQuery(
        since=datetime.combine(first, time(), tzinfo=UTC) if first else None,
        until=datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC) if last else None,
        action=action if action in ACTIONS else None,  # type: ignore[arg-type]
        key_id=key if key.isascii() and key.isdigit() and len(key) <= 18 else None,
        text=params.get("q", "").strip()[:200] or None,
        limit=limit,
        offset=offset,
    )
    return query, errors


@router.get(PAGE)
def audit_search(console: ComplianceDep) -> Response:
    params = dict(console.request.query_params)
    raw_offset = params.get("offset", "")
    offset = int(raw_offset) if raw_offset.isdigit() and len(raw_offset) < 10 else 0
    query, errors = read_query(params, PER_PAGE, offset)
    total = count_audit(console.db, console.tenant_id, query)
    context: dict[str, Any] = {
        "records": query_audit(console.db, console.tenant_id, query),
        "total": total,
        "offset": offset,
        "per_page": PER_PAGE,
        "typed": {name: params.get(name, "")[:200] for name in FILTERS},
        "errors": errors,
        "keys": list_keys(console.db, console.tenant_id),
        "actions": ACTIONS,
        "section": "audit",
    }
    status = 422 if errors else 200
    return admin_response(console, "admin/compliance_audit.html", context, status, "compliance")


@router.get(PAGE + "/export")
def audit_export(console: ComplianceDep) -> Response:
    """The filtered records (every page of them) as a download: ``format=csv|jsonl``."""
    params = dict(console.request.query_params)
    fmt: Literal["csv", "jsonl"] = "csv" if params.get("format") == "csv" else "jsonl"
    query, errors = read_query(params, 10_000, 0)
    if errors:
        return message_response(console, "not_found", 404)
    lines: Iterator[str] = export_audit(console.db, console.tenant_id, query, fmt=fmt)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    headers = {
        "Content-Disposition": f'attachment; filename="ai-audit.{fmt}"',
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
    }
    return StreamingResponse(lines, media_type=media, headers=headers)


@router.get(PAGE + "/{content_id}")
def audit_record(content_id: str, console: ComplianceDep) -> Response:
    if len(content_id) > 64 or not content_id.isascii():
        return message_response(console, "not_found", 404)
    try:
        record = get_record(console.db, console.tenant_id, content_id)
    except NotFound:
        return message_response(console, "not_found", 404)
    context = {"record": record, "section": "audit"}
    return admin_response(console, "admin/compliance_record.html", context, current="compliance")
