"""``/api/v1/compliance``: audit log query and export, complaints, label verification, and
the tenant's moderation blocklist."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from tradewinds.api.deps import DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.compliance import (
    AuditQuery,
    add_blocklist_entry,
    delete_blocklist_entry,
    export_audit,
    file_complaint,
    get_complaint,
    list_blocklist,
    list_complaints,
    query_audit,
    update_complaint,
    verify_text,
)

router = APIRouter(prefix="/compliance", tags=["compliance"])


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ComplaintIn(_In):
    content_id: str = Field(min_length=1, max_length=64, description="From X-AIGC-Label.")
    reason: str = Field(min_length=1, max_length=5000)
    contact: str = Field(default="", max_length=200)


class ComplaintUpdate(_In):
    status: Literal["open", "investigating", "resolved", "rejected"]
    note: str = Field(default="", max_length=5000)


class VerifyIn(_In):
    text: str = Field(description="A labelled text, an X-AIGC-Label value or label JSON.")


class BlocklistIn(_In):
    pattern: str = Field(
        min_length=1, max_length=500, description="A keyword (Chinese works) or a regex."
    )
    kind: Literal["keyword", "regex"] = "keyword"
    category: str = Field(
        default="blocklist",
        description="Category a hit counts towards (its configured action applies).",
    )


class BlocklistOut(BaseModel):
    id: int
    pattern: str
    kind: str
    category: str
    created_at: str


class VerifyOut(BaseModel):
    status: str
    ok: bool
    message: str
    content_id: str | None


def _query(
    since: datetime | None,
    until: datetime | None,
    action: Literal["allow", "flag", "block"] | None,
    key_id: str | None,
    model: str | None,
    content_id: str | None,
    limit: int,
    offset: int,
) -> AuditQuery:
    return AuditQuery(since, until, action, key_id, model, content_id, limit, offset)


@router.get(
    "/audit",
    operation_id="query_audit",
    summary="Query the audit log",
    responses=error_responses(400, 401),
)
def audit(
    db: DbDep,
    tenant: TenantDep,
    since: datetime | None = None,
    until: datetime | None = None,
    action: Literal["allow", "flag", "block"] | None = None,
    key_id: str | None = None,
    model: str | None = None,
    content_id: str | None = None,
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> list[dict[str, Any]]:
    """Generations of the tenant, newest first (times are ISO 8601 with a zone)."""
    query = _query(since, until, action, key_id, model, content_id, limit, offset)
    return query_audit(db, tenant.id, query)


@router.get(
    "/audit/export",
    operation_id="export_audit",
    summary="Export the audit log as JSONL or CSV",
    responses=error_responses(400, 401),
)
def export(
    db: DbDep,
    tenant: TenantDep,
    format: Literal["jsonl", "csv"] = "jsonl",
    since: datetime | None = None,
    until: datetime | None = None,
    action: Literal["allow", "flag", "block"] | None = None,
) -> StreamingResponse:
    """Every matching record, streamed."""
    query = _query(since, until, action, None, None, None, 10_000, 0)
    lines: Iterator[str] = export_audit(db, tenant.id, query, fmt=format)
    media = "application/x-ndjson" if format == "jsonl" else "text/csv"
    return StreamingResponse(
        lines,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="audit.{format}"'},
    )


@router.post(
    "/complaints",
    operation_id="file_complaint",
    summary="Report generated content",
    status_code=201,
    responses=error_responses(400, 401, 404),
)
def complain(db: DbDep, tenant: TenantDep, body: ComplaintIn) -> dict[str, Any]:
    """File a complaint about the content with ``content_id``; it starts ``open``."""
    return file_complaint(
        db, tenant.id, content_id=body.content_id, reason=body.reason, contact=body.contact
    )


@router.get(
    "/complaints",
    operation_id="list_complaints",
    summary="List complaints",
    responses=error_responses(400, 401),
)
def complaints(
    db: DbDep,
    tenant: TenantDep,
    status: Literal["open", "investigating", "resolved", "rejected"] | None = None,
    limit: int = Query(100, ge=1, le=1000),
) -> list[dict[str, Any]]:
    return list_complaints(db, tenant.id, status=status, limit=limit)


@router.get(
    "/complaints/{complaint_id}",
    operation_id="get_complaint",
    summary="One complaint with its history",
    responses=error_responses(401, 404),
)
def complaint(db: DbDep, tenant: TenantDep, complaint_id: int) -> dict[str, Any]:
    return get_complaint(db, tenant.id, complaint_id)


@router.patch(
    "/complaints/{complaint_id}",
    operation_id="update_complaint",
    summary="Change a complaint's status",
    responses=error_responses(400, 401, 404),
)
def change_complaint(
    db: DbDep, tenant: TenantDep, complaint_id: int, body: ComplaintUpdate
) -> dict[str, Any]:
    """open → investigating → resolved / rejected (closed ones can be reopened)."""
    return update_complaint(db, tenant.id, complaint_id, status=body.status, note=body.note)


@router.post(
    "/labels/verify",
    operation_id="verify_label",
    summary="Check an AI-content label",
    responses=error_responses(400, 401),
)
def verify(settings: SettingsDep, body: VerifyIn) -> VerifyOut:
    """Is the text's label ours, intact, and the text unchanged?"""
    result = verify_text(settings, body.text)
    return VerifyOut(
        status=result.status, ok=result.ok, message=result.message, content_id=result.content_id
    )


@router.get(
    "/blocklist",
    operation_id="list_blocklist",
    summary="The tenant's moderation blocklist",
    responses=error_responses(401, 404),
)
def blocklist(db: DbDep, tenant: TenantDep) -> list[BlocklistOut]:
    """Keywords and regexes checked on every input and output of the tenant, oldest first."""
    return [BlocklistOut.model_validate(r.to_dict()) for r in list_blocklist(db, tenant.id)]


@router.post(
    "/blocklist",
    operation_id="add_blocklist_entry",
    summary="Add a keyword or regex to the blocklist",
    status_code=201,
    responses=error_responses(401, 404, 409, 422),
)
def add_to_blocklist(db: DbDep, tenant: TenantDep, body: BlocklistIn) -> BlocklistOut:
    """In force at once in this server process, within 10 s in other processes."""
    record = add_blocklist_entry(
        db, tenant.id, body.pattern, kind=body.kind, category=body.category
    )
    return BlocklistOut.model_validate(record.to_dict())


@router.delete(
    "/blocklist/{entry_id}",
    operation_id="delete_blocklist_entry",
    summary="Remove a blocklist entry",
    responses=error_responses(401, 404),
)
def remove_from_blocklist(db: DbDep, tenant: TenantDep, entry_id: int) -> BlocklistOut:
    """Remove the entry (the response is what was removed)."""
    return BlocklistOut.model_validate(delete_blocklist_entry(db, tenant.id, entry_id).to_dict())
