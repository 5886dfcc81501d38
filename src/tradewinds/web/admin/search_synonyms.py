"""``/admin/search/synonyms`` (managers and owners): the synonyms editor.

List, add, edit and delete rules, each equivalent ("sofa, couch") or one-way ("tv =>
television"), through the search capability (``save_synonym``, ``delete_synonym``),
which checks every field (422 with messages at the fields, what was typed kept, nothing
written) and records each change in the console audit. A change applies to the very next
search: the engine re-reads the rules on every search, no reindex needed.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.search import (
    InvalidSynonym,
    SynonymDraft,
    delete_synonym,
    save_synonym,
    synonym_entries,
    synonym_entry,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response, path_id
from tradewinds.web.admin.search_tabs import TuneSearchDep, actor, search_response
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
PAGE = "/admin/search/synonyms"


def _draft(form: dict[str, str]) -> SynonymDraft:
    return SynonymDraft(
        form.get("kind", "")[:20], form.get("terms", "")[:6000], form.get("targets", "")[:6000]
    )


def _list_page(
    console: AdminRequest, draft: SynonymDraft | None = None, errors: dict[str, str] | None = None
) -> Response:
    context = {
        "entries": synonym_entries(console.db, console.tenant_id),
        "draft": draft or SynonymDraft(),
        "errors": errors or {},
        "done": console.request.query_params.get("done", ""),
    }
    status = 422 if errors else 200
    return search_response(console, "admin/search_synonyms.html", "synonyms", context, status)


def _edit_page(
    console: AdminRequest, synonym_id: int, draft: SynonymDraft, errors: dict[str, str]
) -> Response:
    context = {"synonym_id": synonym_id, "draft": draft, "errors": errors}
    status = 422 if errors else 200
    return search_response(console, "admin/search_synonym.html", "synonyms", context, status)


@router.get(PAGE)
def synonyms(console: TuneSearchDep) -> Response:
    return _list_page(console)


@router.post(PAGE)
async def add_synonym(console: TuneSearchDep) -> Response:
    try:
        draft = _draft(await admin_form(console))
    except CsrfRejected:
        return message_response(console, "expired", 403)
    try:
        await run_in_threadpool(save_synonym, console.db, console.tenant_id, draft, actor(console))
    except InvalidSynonym as error:
        return await run_in_threadpool(_list_page, console, draft, error.errors)
    return RedirectResponse(f"{PAGE}?done=added", status_code=303)


@router.get(PAGE + "/{synonym_id}")
def edit_synonym(synonym_id: str, console: TuneSearchDep) -> Response:
    wanted = path_id(synonym_id)
    try:
        entry = synonym_entry(console.db, console.tenant_id, wanted or 0)
    except NotFound:
        return message_response(console, "not_found", 404)
    return _edit_page(console, entry.id, entry.draft(), {})


@router.post(PAGE + "/{synonym_id}")
async def update_synonym(synonym_id: str, console: TuneSearchDep) -> Response:
    try:
        draft = _draft(await admin_form(console))
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(synonym_id) or 0
    try:
        await run_in_threadpool(
            save_synonym, console.db, console.tenant_id, draft, actor(console), wanted
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except InvalidSynonym as error:
        return await run_in_threadpool(_edit_page, console, wanted, draft, error.errors)
    return RedirectResponse(f"{PAGE}?done=saved", status_code=303)


@router.post(PAGE + "/{synonym_id}/delete")
async def remove_synonym(synonym_id: str, console: TuneSearchDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    try:
        await run_in_threadpool(
            delete_synonym, console.db, console.tenant_id, path_id(synonym_id) or 0,
            actor(console),
        )  # fmt: skip
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{PAGE}?done=deleted", status_code=303)
