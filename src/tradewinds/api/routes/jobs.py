"""``/api/v1/jobs``: the tenant's background jobs — list, read, cancel, retry.

This router's lifespan also runs the app's in-process job worker (``[jobs]
serve_concurrency`` threads, shared with the console): started at startup when the
database is open, else on the first request that submits a job, stopped at shutdown
(jobs it still holds go back to the queue for another worker).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError

from tradewinds.api.deps import DatabaseHandle, SessionDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.core.settings import Settings
from tradewinds.store import Database

logger = logging.getLogger(__name__)
MAX_ID = 2**63 - 1
JobId = Annotated[int, Path(ge=1, le=MAX_ID, description="The job's id.")]
Status = Literal["queued", "running", "done", "failed", "cancelled"]


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    handle = app.state.database
    if isinstance(handle, DatabaseHandle) and handle.is_open:
        try:
            ensure_job_worker(app, handle.get(), app.state.settings)
        except SQLAlchemyError as exc:  # e.g. not migrated yet: started on first submit
            logger.warning("job worker not started yet: %s", exc)
    yield
    from tradewinds.jobs import stop_serving_jobs

    stop_serving_jobs(app.state)


router = APIRouter(prefix="/jobs", tags=["jobs"], lifespan=_lifespan)


JOB_CAPABILITIES = ("tradewinds.forecast", "tradewinds.routing", "tradewinds.merchant")
"""Capabilities whose import registers job kinds."""


def load_job_kinds() -> list[str]:
    """Import every capability that defines job kinds; the registered kinds' names."""
    import importlib

    from tradewinds.jobs import registered_kinds

    for name in JOB_CAPABILITIES:
        importlib.import_module(name)
    return registered_kinds()


def ensure_job_worker(app: FastAPI, db: Database, settings: Settings) -> None:
    """Start the app's in-process job worker if it is not running yet (and configured)."""
    from tradewinds.jobs import serve_jobs

    load_job_kinds()
    serve_jobs(app.state, db, settings.jobs)


class JobOut(BaseModel):
    id: int
    kind: str
    status: Status
    attempts: int = Field(description="Attempts started so far.")
    max_attempts: int
    progress: str = Field(description="What a queued or running job is doing.")
    error: str | None = Field(None, description="Why the job (or its last attempt) failed.")
    cancel_requested: bool
    payload: dict[str, Any]
    result: dict[str, Any] | None
    idempotency_key: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


def _out(job: Any) -> JobOut:
    return JobOut.model_validate(job, from_attributes=True)


@router.get(
    "",
    operation_id="list_jobs",
    summary="The tenant's background jobs, newest first",
    responses=error_responses(401, 422),
)
def list_jobs(
    session: SessionDep,
    status: Annotated[Status | None, Query()] = None,
    kind: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[JobOut]:
    """Jobs of any kind (forecast runs, ...), optionally of one status or kind."""
    from tradewinds.jobs import list_jobs as find

    return [_out(job) for job in find(session, status=status, kind=kind, limit=limit)]


@router.get(
    "/{job_id}",
    operation_id="get_job",
    summary="A background job",
    responses=error_responses(401, 404, 422),
)
def get_job(job_id: JobId, session: SessionDep) -> JobOut:
    """Status, attempts, progress, error and result of one job."""
    from tradewinds.jobs import get_job as find

    return _out(find(session, job_id))


@router.post(
    "/{job_id}/cancel",
    operation_id="cancel_job",
    summary="Cancel a job",
    responses=error_responses(401, 404, 409, 422),
)
def cancel_job(job_id: JobId, session: SessionDep) -> JobOut:
    """A queued job is cancelled at once; a running one gets ``cancel_requested`` and
    stops at its next checkpoint, keeping nothing. 409 once it has finished."""
    from tradewinds.jobs import cancel_job as cancel

    return _out(cancel(session, job_id))


@router.post(
    "/{job_id}/retry",
    operation_id="retry_job",
    summary="Retry a failed or cancelled job",
    responses=error_responses(401, 404, 409, 422),
)
def retry_job(job_id: JobId, session: SessionDep) -> JobOut:
    """Put a failed or cancelled job back in the queue (its attempts go on counting)."""
    from tradewinds.jobs import retry_job as retry

    return _out(retry(session, job_id))
