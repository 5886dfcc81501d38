"""``/admin/ai``: the AI tools' listing-copy drafts queue, and what the AI tools pages share
(their permissions, tabs, a tenant-scoped session).

The queue is ``tradewinds.merchant.draft_queue`` (the API's draft list with the origin
filter and a count): status, language and who wrote each draft, 50 a page, newest first,
each with its product, its verdict and its number of findings. The page also holds the
"Generate copy" form (``ai_generate``). Every page here calls the merchant capability's
public functions with a tenant-scoped session, as ``/api/v1/copy`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.merchant import LANGUAGES, ORIGINS, STATUSES, draft_queue
from tradewinds.staff import Permission, can
from tradewinds.store import tenant_session
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed, path_id

router = APIRouter(include_in_schema=False)
PAGE = "/admin/ai"
PER_PAGE = 50
TONES = ("neutral", "friendly", "premium")
LENGTHS = ("short", "medium", "long")
WRITERS = ("", "templates", "choose", "model")  # "": the configured model's default

# Everyone generates and reviews drafts; publishing, reverting and the settings are the
# owners' and managers' (staff/roles.py).
GenerateDep = Annotated[AdminRequest, Depends(allowed(Permission.GENERATE_COPY))]
ReviewDep = Annotated[AdminRequest, Depends(allowed(Permission.REVIEW_COPY))]
PublishDep = Annotated[AdminRequest, Depends(allowed(Permission.PUBLISH_COPY))]

T = TypeVar("T")


def may(console: AdminRequest, permission: Permission) -> bool:
    return console.staff is not None and can(console.staff.role, permission)


def in_session(console: AdminRequest, work: Callable[[Any], T]) -> T:
    """``work(session)`` in one tenant-scoped transaction (committed unless it raises)."""
    with tenant_session(console.db, console.tenant_id) as session:
        return work(session)


async def in_session_async(console: AdminRequest, work: Callable[[Any], T]) -> T:
    return await run_in_threadpool(in_session, console, work)


def ai_response(
    console: AdminRequest, template: str, tab: str, context: dict[str, Any], status: int = 200
) -> Response:
    """An AI tools page with the layout and the section's tabs."""
    values = {
        "tab": tab,
        "may_generate": may(console, Permission.GENERATE_COPY),
        "may_review": may(console, Permission.REVIEW_COPY),
        "may_publish": may(console, Permission.PUBLISH_COPY),
        "errors": {},
        **context,
    }
    return admin_response(console, template, values, status, current="ai")


def generate_form(values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The generate form's values (what was typed, or the defaults)."""
    base = {"handle": "", "languages": ["en"], "tone": "neutral", "length": "medium",
            "writer": ""}  # fmt: skip
    return base | (values or {})


def _choice(value: str, choices: tuple[str, ...]) -> str | None:
    return value if value in choices else None


def queue_page(
    console: AdminRequest,
    status_code: int = 200,
    form: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    problem: str = "",
) -> Response:
    """The drafts queue and the generate form (``form``/``errors``: a refused generation)."""
    params = console.request.query_params
    filters = {
        "status": _choice(params.get("status", ""), STATUSES),
        "language": _choice(params.get("language", ""), LANGUAGES),
        "origin": _choice(params.get("origin", ""), ORIGINS),
    }
    offset = min(path_id(params.get("offset", "")) or 0, 1_000_000)
    page = in_session(
        console, lambda s: draft_queue(s, **filters, limit=PER_PAGE, offset=offset)
    )  # fmt: skip
    context = {
        "page": page,
        "filters": {k: v or "" for k, v in filters.items()},
        "statuses": STATUSES,
        "languages": LANGUAGES,
        "origins": ORIGINS,
        "form": generate_form(form),
        "tones": TONES,
        "lengths": LENGTHS,
        "writers": WRITERS,
        "errors": errors or {},
        "problem": problem,
        "done": params.get("done", ""),
        "count": path_id(params.get("n", "")) or 0,
    }
    return ai_response(console, "admin/ai_drafts.html", "drafts", context, status_code)


@router.get(PAGE)
def drafts(console: ReviewDep) -> Response:
    return queue_page(console)
