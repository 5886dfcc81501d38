"""``POST /api/v1/copy/jobs``: listing copy for many products at once, as a background job
(``merchant.copy``) on the shared queue. It writes pending drafts only; follow it with
``GET /api/v1/jobs/{id}`` (progress, failures, result) and cancel it with
``POST /api/v1/jobs/{id}/cancel``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import Field, StringConstraints

from tradewinds.api.deps import CallerDep, DbDep, IdempotencyKey, SessionDep, SettingsDep
from tradewinds.api.routes.copy_drafts import caller_actor
from tradewinds.api.routes.jobs import JobOut, ensure_job_worker
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.merchant import CopyFilter, submit_copy_job

router = APIRouter(prefix="/copy", tags=["listing copy"])
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Handle = Annotated[str, StringConstraints(min_length=1, max_length=255)]
Code = Annotated[str, StringConstraints(min_length=2, max_length=8)]


class CopyFilterIn(Schema):
    all: bool = Field(False, description="Every product (needed when nothing else is given).")
    category: Text | None = Field(None, description="Category id, name or path.")
    vendor: Text | None = None
    tag: Text | None = None
    status: Literal["active", "draft", "archived"] | None = None
    q: Text | None = Field(None, description="Text in the title, handle, vendor, type or SKU.")
    missing: Code | None = Field(
        None, description="Only products with no published copy in this language."
    )
    handles: list[Handle] = Field(default_factory=list, max_length=1000)


class CopyJobIn(Schema):
    filter: CopyFilterIn
    languages: list[Code] = Field(
        default_factory=lambda: ["en"], min_length=1, max_length=16,
        description="en, zh, or others the copy model writes (writer=model).",
    )  # fmt: skip
    tone: Literal["neutral", "friendly", "premium"] = "neutral"
    length: Literal["short", "medium", "long"] = "medium"
    writer: Literal["templates", "choose", "model"] | None = Field(
        None, description="Who writes; default by the configured copy model."
    )


@router.post(
    "/jobs",
    operation_id="create_copy_job",
    summary="Draft listing copy for many products (in the background)",
    status_code=202,
    responses=error_responses(401, 422, 503),
)
def create_copy_job(
    body: CopyJobIn,
    db: DbDep,
    session: SessionDep,
    settings: SettingsDep,
    caller: CallerDep,
    request: Request,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> JobOut:
    """Queue a ``merchant.copy`` job for the products the filter selects, in every language
    asked. Answers 202 with the job and its URL in ``Location``; each product's copy is
    stored as a pending draft (never published) as the job goes."""
    ensure_job_worker(request.app, db, settings)
    given = body.filter.model_dump(exclude_defaults=True)
    job = submit_copy_job(
        session, CopyFilter.from_dict(given), body.languages, tone=body.tone,
        length=body.length, writer=body.writer, actor=caller_actor(caller),
        idempotency_key=idempotency_key, settings=settings,
    )  # fmt: skip
    response.headers["Location"] = request.url_for("get_job", job_id=str(job.id)).path
    return JobOut.model_validate(job, from_attributes=True)
