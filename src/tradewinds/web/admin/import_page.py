"""``/admin/import`` and ``/admin/export``: the catalogue as a Shopify product CSV, in and out.

An upload becomes an import job of the catalogue capability (``tradewinds.catalog``), run
by the app's :class:`~tradewinds.catalog.ImportQueue` (started on first use, shut down
with the app). A small file's answer waits for its job: a broken file gets the form again
(422) with every problem by line and column, nothing written; a good one goes to its job's
page (post/redirect/get). A large file goes to the job's page at once, which reloads itself
(an HTTP ``Refresh`` header, no script; a link stops it) until the job is done. Importing needs
``import_catalogue`` (owners and managers); exporting, the catalogue's permission.
"""

from __future__ import annotations

import io
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.catalog import (
    ImportQueue,
    ImportsBusy,
    ProductFilters,
    export_catalogue,
    import_job,
    recent_imports,
)
from tradewinds.core.errors import NotFound
from tradewinds.staff import Actor, Permission
from tradewinds.store.base import utcnow
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.upload import MAX_UPLOAD_BYTES, UploadTooLarge, read_upload
from tradewinds.web.page import SECURITY_HEADERS
from tradewinds.web.session import CsrfRejected

INLINE_BYTES = 256 * 1024
"""Files up to this size are answered when their job ends; larger ones get the progress page."""
INLINE_WAIT_S = 30.0
_QUEUE_LOCK = threading.Lock()


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    with _QUEUE_LOCK:
        queue, app.state.catalogue_imports = getattr(app.state, "catalogue_imports", None), None
    if queue is not None:
        queue.shutdown()


router = APIRouter(include_in_schema=False, lifespan=_lifespan)
ImportDep = Annotated[AdminRequest, Depends(allowed(Permission.IMPORT_CATALOGUE))]
CatalogueDep = Annotated[AdminRequest, Depends(allowed(Permission.EDIT_CATALOGUE))]


def import_queue(console: AdminRequest) -> ImportQueue:
    """The app's import queue, started on first use (marking jobs a stopped process left
    unfinished as failed)."""
    state = console.request.app.state
    with _QUEUE_LOCK:
        queue = getattr(state, "catalogue_imports", None)
        if queue is None:
            queue = ImportQueue(console.db, console.settings)
            state.catalogue_imports = queue
    return queue


def _form_page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    context = {
        "file_error": "", "job": None, "check_only": False,
        "max_mb": MAX_UPLOAD_BYTES // 2**20, **context,
        "recent": recent_imports(console.db, console.tenant_id),
    }  # fmt: skip
    return admin_response(console, "admin/import.html", context, status_code, "import")


@router.get("/admin/import")
def import_form(console: ImportDep) -> Response:
    return _form_page(console)


@router.post("/admin/import")
async def upload(console: ImportDep) -> Response:
    staff = console.staff
    assert staff is not None
    try:
        sent = await read_upload(console.request)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    except UploadTooLarge:
        return await run_in_threadpool(_form_page, console, 413, file_error="too_large")
    check_only = sent.fields.get("mode") == "check"
    problem = ""
    if not sent.file_name or not sent.data:
        problem = "missing"
    elif not sent.file_name.lower().endswith(".csv"):
        problem = "not_csv"
    if problem:
        return await run_in_threadpool(
            _form_page, console, 422, file_error=problem, check_only=check_only
        )
    queue = import_queue(console)
    try:
        job_id = await run_in_threadpool(
            queue.submit, console.tenant_id, sent.data, sent.file_name,
            Actor(staff.id, staff.email), check_only=check_only,
        )  # fmt: skip
    except ImportsBusy:
        return await run_in_threadpool(_form_page, console, 503, file_error="busy")
    if len(sent.data) <= INLINE_BYTES:
        await run_in_threadpool(queue.wait, job_id, INLINE_WAIT_S)
        job = await run_in_threadpool(import_job, console.db, console.tenant_id, job_id)
        if job.status == "failed":
            return await run_in_threadpool(
                _form_page, console, 422, file_error="problems", job=job, check_only=check_only
            )
    return RedirectResponse(f"/admin/import/{job_id}", status_code=303)


@router.get("/admin/import/{job_id}")
def job_page(job_id: str, console: ImportDep) -> Response:
    wanted = path_id(job_id)
    try:
        if wanted is None:
            raise NotFound("not an import id")
        job = import_job(console.db, console.tenant_id, wanted, import_queue(console))
    except NotFound:
        return message_response(console, "not_found", 404)
    # An HTTP refresh while it runs (no script, and not a <meta> refresh, which gives the
    # reader no way to stop it); the page links to a copy without it.
    watching = not job.finished and console.request.query_params.get("watch") != "off"
    context = {"job": job, "watching": watching}
    response = admin_response(console, "admin/import_job.html", context, current="import")
    if watching:
        response.headers["Refresh"] = "2"
    return response


@router.get("/admin/export")
def export(console: CatalogueDep) -> Response:
    """The shop's products (those of the list's filters, when given) as a CSV download."""
    params = console.request.query_params
    filters = ProductFilters(
        params.get("q", ""), params.get("category", ""), params.get("status", ""),
        params.get("stock", ""),
    )  # fmt: skip
    out = io.StringIO(newline="")
    export_catalogue(console.db, console.tenant_id, out, filters)
    name = f"products-{utcnow():%Y-%m-%d}.csv"
    headers = {
        **SECURITY_HEADERS,
        "Cache-Control": "no-store",
        "Content-Disposition": f'attachment; filename="{name}"',
    }
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
