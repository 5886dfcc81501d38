"""``/admin/ai/products/{handle}/versions``: every published version of a product's listing
copy (``merchant.versions``), newest first per language, and reverting to one
(``merchant.revert``, owners and managers): a confirm page showing the version's copy,
then a POST that publishes it again as a new version (checked against today's facts:
refused, each blocking finding named, when one blocks), recorded in the console audit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.merchant import LANGUAGES, Finding, Version, revert, versions
from tradewinds.web.admin.ai_tools import (
    PAGE,
    PublishDep,
    ReviewDep,
    ai_response,
    in_session,
    in_session_async,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response, path_id
from tradewinds.web.admin.keys_page import actor_of as actor  # who acts, for the audit
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
VERSIONS = PAGE + "/products/{handle}/versions"
REVERT = PAGE + "/products/{handle}/revert"


def _handle(value: str) -> str | None:
    return value if 0 < len(value) <= 255 and value.isprintable() else None


def versions_page(console: AdminRequest, handle: str, done: str = "") -> Response:
    try:
        found = in_session(console, lambda s: versions(s, handle))
    except NotFound:
        return message_response(console, "not_found", 404)
    context = {"handle": handle, "versions": found, "done": done}
    return ai_response(console, "admin/ai_versions.html", "drafts", context)


@router.get(VERSIONS)
def product_versions(handle: str, console: ReviewDep) -> Response:
    wanted = _handle(handle)
    if wanted is None:
        return message_response(console, "not_found", 404)
    return versions_page(console, wanted, console.request.query_params.get("done", ""))


def _target(console: AdminRequest, handle: str, language: str, number: int) -> Version | None:
    found = in_session(console, lambda s: versions(s, handle, language))
    return next((v for v in found if v.number == number), None)


def confirm_page(
    console: AdminRequest,
    handle: str,
    params: dict[str, str],
    status_code: int = 200,
    refusal: Conflict | None = None,
) -> Response:
    """The revert confirm page of version ``params["version"]`` in ``params["language"]``."""
    language, number = params.get("language", ""), path_id(params.get("version", ""))
    try:
        target = None
        if language in LANGUAGES and number is not None:
            target = _target(console, handle, language, number)
    except NotFound:
        target = None
    if target is None:
        return message_response(console, "not_found", 404)
    findings = [Finding(**f) for f in (refusal.details.get("findings", []) if refusal else [])]
    context = {"handle": handle, "version": target, "refusal": refusal.message if refusal else "",
               "refused_findings": findings}  # fmt: skip
    return ai_response(console, "admin/ai_revert.html", "drafts", context, status_code)


@router.get(REVERT)
def confirm_revert(handle: str, console: PublishDep) -> Response:
    wanted = _handle(handle)
    if wanted is None:
        return message_response(console, "not_found", 404)
    return confirm_page(console, wanted, dict(console.request.query_params))


@router.post(REVERT)
async def submit_revert(handle: str, console: PublishDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted, language = _handle(handle), form.get("language", "")
    number = path_id(form.get("version", ""))
    if wanted is None or number is None or language not in LANGUAGES:
        return message_response(console, "not_found", 404)

    def work(session: Any) -> Version:
        return revert(session, wanted, number, language=language, actor=actor(console))

    try:
        restored = await in_session_async(console, work)
    except NotFound:
        return message_response(console, "not_found", 404)
    except Conflict as refusal:
        return await run_in_threadpool(confirm_page, console, wanted, form, 409, refusal)
    url = VERSIONS.format(handle=quote(wanted, safe="")) + f"?done=reverted&n={restored.number}"
    return RedirectResponse(url, status_code=303)
