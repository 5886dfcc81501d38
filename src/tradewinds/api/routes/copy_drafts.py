"""``/api/v1/copy``: the listing-copy review workflow (drafts, review, publish, versions,
revert, settings) over ``tradewinds.merchant``. The request's tenant-scoped session is the
only one used, so one tenant's drafts are invisible to another (404, as for a missing
one). Nothing is published except by ``POST /copy/drafts/{id}/publish``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from tradewinds.api.deps import CallerDep, SessionDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.api.schemas.copy import (
    CopyIn,
    DraftIn,
    DraftOut,
    FieldDiffOut,
    Language,
    RejectIn,
    RevertIn,
    SettingsIn,
    SettingsOut,
    Status,
    VersionOut,
)
from tradewinds.merchant import (
    Draft,
    ListingCopy,
    Version,
    approve,
    catalogue_duplicates,
    copy_settings,
    create_draft,
    draft_diff,
    edit,
    get_draft,
    list_drafts,
    publish,
    reject,
    revert,
    set_copy_settings,
    versions,
)
from tradewinds.staff import Actor

router = APIRouter(prefix="/copy", tags=["listing copy"])


def caller_actor(caller: CallerDep) -> Actor:
    """Who acts, for the audit: an API key by its name and prefix, or the admin token."""
    if caller.key is not None:
        return Actor(None, f"api key {caller.key.name} ({caller.key.prefix})"[:320])
    return Actor(None, f"api {caller.kind}")


_actor = caller_actor  # the name this module's routes use


def _draft(draft: Draft, session: Session | None = None) -> DraftOut:
    data = draft.to_dict()
    if session is not None:
        data["diff"] = [FieldDiffOut(**d.to_dict()) for d in draft_diff(session, draft.id)]
    return DraftOut.model_validate(data)


def _version(version: Version) -> VersionOut:
    return VersionOut.model_validate(version.to_dict())


@router.post(
    "/drafts", operation_id="create_copy_draft", summary="Propose a listing copy",
    status_code=201, responses=error_responses(401, 404, 422),
)  # fmt: skip
def create(body: DraftIn, session: SessionDep, caller: CallerDep) -> DraftOut:
    """Store a copy as a pending draft, checked against the product's facts."""
    copy = ListingCopy(**body.copy_.listing())
    draft = create_draft(
        session, body.handle, copy, actor=_actor(caller), template=body.template,
        duplicates=catalogue_duplicates(session),
    )  # fmt: skip
    return _draft(draft)


@router.get(
    "/drafts", operation_id="list_copy_drafts", summary="List listing-copy drafts",
    responses=error_responses(401, 404, 422),
)  # fmt: skip
def index(
    session: SessionDep,
    status: Status | None = None,
    handle: Annotated[str | None, Query(max_length=255)] = None,
    language: Language | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[DraftOut]:
    """Drafts, newest first, filtered by status, product and language."""
    found = list_drafts(
        session, status=status, handle=handle, language=language, limit=limit, offset=offset
    )
    return [_draft(d) for d in found]


@router.get(
    "/drafts/{draft_id}", operation_id="get_copy_draft", summary="A draft with its diff",
    responses=error_responses(401, 404),
)  # fmt: skip
def show(draft_id: int, session: SessionDep) -> DraftOut:
    """A draft, its findings, and its diff against the copy the shop shows now."""
    return _draft(get_draft(session, draft_id), session)


@router.put(
    "/drafts/{draft_id}", operation_id="edit_copy_draft", summary="Edit a draft",
    responses=error_responses(401, 404, 409, 422),
)  # fmt: skip
def change(draft_id: int, body: CopyIn, session: SessionDep, caller: CallerDep) -> DraftOut:
    """Replace a draft's copy; it is checked again and goes back to pending."""
    copy = ListingCopy(**body.listing())
    index = catalogue_duplicates(session)
    return _draft(edit(session, draft_id, copy, actor=_actor(caller), duplicates=index))


@router.post(
    "/drafts/{draft_id}/approve", operation_id="approve_copy_draft", summary="Approve a draft",
    responses=error_responses(401, 404, 409),
)  # fmt: skip
def approve_draft(draft_id: int, session: SessionDep, caller: CallerDep) -> DraftOut:
    """Approve a draft for publishing (409 while a finding blocks it)."""
    return _draft(approve(session, draft_id, actor=_actor(caller)))


@router.post(
    "/drafts/{draft_id}/reject", operation_id="reject_copy_draft", summary="Reject a draft",
    responses=error_responses(401, 404, 409, 422),
)  # fmt: skip
def reject_draft(
    draft_id: int, session: SessionDep, caller: CallerDep, body: RejectIn | None = None
) -> DraftOut:
    """Reject a draft, with an optional reason (kept in the audit)."""
    reason = body.reason if body else ""
    return _draft(reject(session, draft_id, actor=_actor(caller), reason=reason))


@router.post(
    "/drafts/{draft_id}/publish", operation_id="publish_copy_draft",
    summary="Publish an approved draft", responses=error_responses(401, 404, 409),
)  # fmt: skip
def publish_draft(draft_id: int, session: SessionDep, caller: CallerDep) -> VersionOut:
    """Make an approved draft the product's copy (409 names each blocking finding)."""
    return _version(publish(session, draft_id, actor=_actor(caller)))


@router.get(
    "/versions/{handle}", operation_id="list_copy_versions", summary="Published versions",
    responses=error_responses(401, 404),
)  # fmt: skip
def history(handle: str, session: SessionDep, language: Language | None = None) -> list[VersionOut]:
    """Every published version of a product's copy, newest first."""
    return [_version(v) for v in versions(session, handle, language)]


@router.post(
    "/versions/{handle}/revert", operation_id="revert_copy", summary="Restore a version",
    status_code=201, responses=error_responses(401, 404, 409, 422),
)  # fmt: skip
def restore(handle: str, body: RevertIn, session: SessionDep, caller: CallerDep) -> VersionOut:
    """Publish an earlier version again, as a new version."""
    version = revert(session, handle, body.version, language=body.language, actor=_actor(caller))
    return _version(version)


@router.get(
    "/settings", operation_id="get_copy_settings", summary="Listing-copy settings",
    responses=error_responses(401),
)  # fmt: skip
def settings(session: SessionDep) -> SettingsOut:
    """Which finding kinds block publishing; whether shoppers see the AI-generated label."""
    return SettingsOut.model_validate(copy_settings(session).to_dict())


@router.put(
    "/settings", operation_id="set_copy_settings", summary="Change listing-copy settings",
    responses=error_responses(401, 422),
)  # fmt: skip
def change_settings(body: SettingsIn, session: SessionDep, caller: CallerDep) -> SettingsOut:
    """Change the given settings; the others stay as they are."""
    view = set_copy_settings(
        session, blocking=body.blocking, storefront_label=body.storefront_label,
        actor=_actor(caller),
    )  # fmt: skip
    return SettingsOut.model_validate(view.to_dict())
