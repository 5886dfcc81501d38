"""``/admin/ai/drafts/{id}``: one listing-copy draft beside the copy the shop shows now,
field by field (``merchant.draft_diff``), with the fact checker's findings, and its
review: approve, reject (with a reason), edit (checked again; back to pending, its origin
``merchant`` or ``mixed`` as the capability decides) and publish (owners and managers;
refused, each blocking finding named, while one blocks).

Every action is a POST with the CSRF token answered by a redirect back to the draft
(post/redirect/get); the capability records it in the console audit (who, what, before,
after) in the same transaction. A refused step answers 409 with the reason and a form
with wrong values 422 with the messages at the fields; either way nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.merchant import (
    Finding,
    ListingCopy,
    approve,
    catalogue_duplicates,
    draft_diff,
    edit,
    get_draft,
    publish,
    reject,
)
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
DRAFT = PAGE + "/drafts/{draft_id}"
FIELDS = ("title", "bullets", "description", "seo_title", "meta_description")
MAX_LENGTHS = {"title": 500, "bullets": 5 * 501, "description": 20_000, "seo_title": 60,
               "meta_description": 155, "reason": 1000}  # fmt: skip


def copy_values(copy: ListingCopy) -> dict[str, str]:
    """A copy as the edit form shows it (bullets one a line)."""
    return {"title": copy.title, "bullets": "\n".join(copy.bullets),
            "description": copy.description, "seo_title": copy.seo_title,
            "meta_description": copy.meta_description}  # fmt: skip


def read_edit_form(
    language: str, form: dict[str, str]
) -> tuple[ListingCopy, dict[str, str], dict[str, str]]:
    """The edited copy, the values as typed (CRLF as LF) and the fields that are wrong: the
    listing rules are the capability's (``ListingCopy.problems``), read back per field.

    >>> form = {"title": "", "bullets": "a\\nb", "seo_title": "x" * 61}
    >>> copy, _, errors = read_edit_form("en", form)
    >>> sorted(errors.items())
    [('bullets', 'bullet_count'), ('seo_title', 'too_long'), ('title', 'required')]
    """
    typed = {name: form.get(name, "").replace("\r\n", "\n")[:30_000] for name in FIELDS}
    bullets = tuple(line.strip() for line in typed["bullets"].split("\n") if line.strip())
    copy = ListingCopy(
        language, typed["title"].strip(), bullets, typed["description"].strip(),
        typed["seo_title"].strip(), typed["meta_description"].strip(),
    )  # fmt: skip
    errors: dict[str, str] = {}
    for problem in copy.problems():
        name = problem.split(":", 1)[0]
        errors[name] = {"title": "required", "bullets": "bullet_count"}.get(name, "too_long")
    for name in FIELDS:
        if name not in errors and len(typed[name]) > MAX_LENGTHS[name]:
            errors[name] = "too_long"
    if any(len(b) > 500 for b in bullets):
        errors["bullets"] = "too_long"
    return copy, typed, errors


def field_of(copy: ListingCopy, finding: Finding) -> str:
    """Which field of ``copy`` holds a finding's claim ("" when none says it verbatim)."""
    claim = finding.claim.casefold()
    for name, text in copy_values(copy).items():
        if claim and claim in text.casefold():
            return name
    return ""


def draft_page(
    console: AdminRequest,
    draft_id: int,
    status_code: int = 200,
    *,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    refusal: Conflict | None = None,
    reason: str = "",
) -> Response:
    """The draft page; ``typed``/``errors``: a refused edit or rejection, ``refusal``: a
    step the capability refused (409)."""
    try:
        draft, diff = in_session(
            console, lambda s: (get_draft(s, draft_id), draft_diff(s, draft_id))
        )  # fmt: skip
    except NotFound:
        return message_response(console, "not_found", 404)
    refused_findings = [
        Finding(**f) for f in (refusal.details.get("findings", []) if refusal else [])
    ]
    context = {
        "draft": draft,
        "diff": diff,
        "findings": [(f, field_of(draft.copy, f)) for f in draft.check.findings],
        "values": typed or copy_values(draft.copy),
        "reason": reason,
        "errors": errors or {},
        "refusal": refusal.message if refusal else "",
        "refused_findings": refused_findings,
        "done": console.request.query_params.get("done", "") if status_code == 200 else "",
    }
    return ai_response(console, "admin/ai_draft.html", "drafts", context, status_code)


async def page(console: AdminRequest, draft_id: int, status_code: int, **kwargs: Any) -> Response:
    return await run_in_threadpool(draft_page, console, draft_id, status_code, **kwargs)


@router.get(DRAFT)
def show_draft(draft_id: str, console: ReviewDep) -> Response:
    wanted = path_id(draft_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    return draft_page(console, wanted)


class _FieldErrors(Exception):
    """A form's values the page takes back (422), with what was typed."""

    def __init__(self, errors: dict[str, str], typed: dict[str, str] | None = None) -> None:
        super().__init__("field errors")
        self.errors, self.typed = errors, typed


async def _act(
    console: AdminRequest,
    draft_id: str,
    done: str,
    step: Callable[[Session, int, dict[str, str]], object],
) -> Response:
    """Run one review step on the draft in one transaction, then redirect back to it; a
    step refused (409) or given wrong values (422) writes nothing and shows the page."""
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(draft_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    reason = form.get("reason", "").replace("\r\n", "\n")[:2000]
    try:
        await in_session_async(console, lambda s: step(s, wanted, form))
    except NotFound:
        return message_response(console, "not_found", 404)
    except _FieldErrors as wrong:
        return await page(console, wanted, 422, typed=wrong.typed, errors=wrong.errors,
                          reason=reason)  # fmt: skip
    except InvalidInput as error:  # a rule of the capability's the form does not read back
        typed = read_edit_form("", form)[1]
        return await page(console, wanted, 422, typed=typed, refusal=Conflict(error.message))
    except Conflict as refusal:
        return await page(console, wanted, 409, refusal=refusal, reason=reason)
    return RedirectResponse(f"{PAGE}/drafts/{wanted}?done={done}", status_code=303)


@router.post(DRAFT + "/approve")
async def approve_draft(draft_id: str, console: ReviewDep) -> Response:
    return await _act(console, draft_id, "approved",
                      lambda s, i, _f: approve(s, i, actor=actor(console)))  # fmt: skip


@router.post(DRAFT + "/publish")
async def publish_draft(draft_id: str, console: PublishDep) -> Response:
    return await _act(
        console, draft_id, "published",
        lambda s, i, _f: publish(s, i, actor=actor(console), settings=console.settings),
    )  # fmt: skip


@router.post(DRAFT + "/reject")
async def reject_draft(draft_id: str, console: ReviewDep) -> Response:
    def step(session: Session, wanted: int, form: dict[str, str]) -> object:
        reason = form.get("reason", "").strip()
        if not reason or len(reason) > 1000:
            raise _FieldErrors({"reason": "required" if not reason else "too_long"})
        return reject(session, wanted, actor=actor(console), reason=reason)

    return await _act(console, draft_id, "rejected", step)


@router.post(DRAFT + "/edit")
async def edit_draft(draft_id: str, console: ReviewDep) -> Response:
    def step(session: Session, wanted: int, form: dict[str, str]) -> object:
        draft = get_draft(session, wanted)
        copy, typed, errors = read_edit_form(draft.language, form)
        if errors:
            raise _FieldErrors(errors, typed)
        index = catalogue_duplicates(session)
        return edit(session, wanted, copy, actor=actor(console), duplicates=index)

    return await _act(console, draft_id, "edited", step)
