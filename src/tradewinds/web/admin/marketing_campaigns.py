"""``/admin/marketing/campaigns``: campaigns, a new campaign's form, a campaign's page
(picks, the fact checker's findings, each variant's message as it is written, and a form
to correct its copy), and deleting one after a confirmation step.

Exports and sending are in :mod:`.campaign_sending`. Everything goes through
``tradewinds.marketing``; each change is recorded in the console audit (``actor=``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.marketing import (
    CampaignView,
    Recipient,
    create_campaign,
    delete_campaign,
    edit_copy,
    get_campaign,
    list_campaigns,
    list_segments,
    write_email,
)
from tradewinds.web.admin.campaign_form import (
    COPY_PARTS,
    DEFAULTS,
    VARIANTS,
    read_campaign_form,
    read_copy_form,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response
from tradewinds.web.admin.keys_page import actor_of
from tradewinds.web.admin.marketing_segments import (
    EditDep,
    ViewDep,
    known_name,
    marketing_response,
)
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
LIST = "/admin/marketing/campaigns"
NEW = "/admin/marketing/new-campaign"


@router.get(LIST)
def campaign_list(console: ViewDep) -> Response:
    context = {
        "campaigns": list_campaigns(console.db, console.tenant_id),
        "done": console.request.query_params.get("done", ""),
        "section": "campaigns",
    }
    return marketing_response(console, "admin/marketing_campaigns.html", context)


def _form_page(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = dict(DEFAULTS)
    values["segment"] = console.request.query_params.get("segment", "")[:100]
    segments = [s.name for s in list_segments(console.db, console.tenant_id)]
    page = {"values": values, "errors": {}, "segments": segments, "variants": VARIANTS}
    page |= {"section": "campaigns", **context}
    return marketing_response(console, "admin/marketing_campaign_form.html", page, status_code)


@router.get(NEW)
def new_campaign(console: EditDep) -> Response:
    return _form_page(console)


@router.post(LIST)
async def submit_campaign(console: EditDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    segments = [s.name for s in list_segments(console.db, console.tenant_id)]
    read = read_campaign_form(form, segments)
    name = read.values["name"]
    if not read.errors:
        settings = console.settings
        try:
            await run_in_threadpool(
                lambda: create_campaign(
                    console.db,
                    console.tenant_id,
                    name,
                    read.values["segment"],
                    languages=read.languages,
                    variants=read.shares,
                    picks=read.picks,
                    recommend_settings=settings.recommend,
                    home=settings.home,
                    actor=actor_of(console),
                )
            )
        except Conflict:
            read.errors["name"] = "campaign_exists"
        except NotFound:  # the segment was deleted meanwhile
            read.errors["segment"] = "no_segment"
    if read.errors:
        return await run_in_threadpool(
            _form_page, console, 422, values=read.values, errors=read.errors
        )
    return RedirectResponse(f"{LIST}/{name}?done=created", status_code=303)


def previews(console: AdminRequest, campaign: CampaignView) -> list[dict[str, Any]]:
    """Each variant's email in each language as written for a customer without a name
    (the copy, never a customer's address)."""
    unsubscribe = console.settings.marketing.unsubscribe_url
    shown = []
    for variant in campaign.shares:
        for language in campaign.languages:
            nobody = Recipient(0, "", "", variant, language)
            written = write_email(campaign, nobody, unsubscribe)
            part = campaign.part(variant, language)
            shown.append(
                {"variant": variant, "language": language, "written": written, "part": part}
            )
    return shown


def _campaign_page(
    console: AdminRequest, name: str, status_code: int = 200, **context: Any
) -> Response:
    try:
        campaign = get_campaign(console.db, console.tenant_id, name)
    except NotFound:
        return message_response(console, "not_found", 404)
    query = console.request.query_params
    sent = {key: query.get(key, "") for key in ("sent", "already", "refused")}
    page = {
        "campaign": campaign,
        "previews": previews(console, campaign),
        "parts": COPY_PARTS,
        "done": query.get("done", ""),
        "sent": {k: v for k, v in sent.items() if v.isdigit() and len(v) < 10},
        "edit_errors": {},
        "editing": None,
        "typed": {},
        "section": "campaigns",
        **context,
    }
    return marketing_response(console, "admin/marketing_campaign.html", page, status_code)


@router.get(LIST + "/{campaign}")
def campaign_page(campaign: str, console: ViewDep) -> Response:
    name = known_name(campaign)
    if name is None:
        return message_response(console, "not_found", 404)
    return _campaign_page(console, name)


@router.post(LIST + "/{campaign}/copy")
async def submit_copy(campaign: str, console: EditDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    name = known_name(campaign)
    try:
        if name is None:
            raise NotFound(campaign)
        view = await run_in_threadpool(get_campaign, console.db, console.tenant_id, name)
    except NotFound:
        return message_response(console, "not_found", 404)
    variant, language = form.get("variant", ""), form.get("language", "")
    if variant not in view.content or language not in view.content[variant]:
        return message_response(console, "not_found", 404)
    handles = [b["handle"] for b in view.part(variant, language)["blocks"]]
    parts, blocks, errors = read_copy_form(form, handles)
    if not errors:
        try:
            await run_in_threadpool(
                lambda: edit_copy(
                    console.db,
                    console.tenant_id,
                    name,
                    variant,
                    language,
                    **parts,
                    blocks=blocks,
                    actor=actor_of(console),
                )
            )
        except InvalidInput:  # the capability's own limits, should the form's ever differ
            errors["subject"] = "invalid"
    if errors:
        typed = {**parts, **{f"block.{h}": t for h, t in blocks.items()}}
        return await run_in_threadpool(
            lambda: _campaign_page(
                console, name, 422, edit_errors=errors, editing=(variant, language), typed=typed
            )
        )
    return RedirectResponse(f"{LIST}/{name}?done=edited", status_code=303)


@router.get(LIST + "/{campaign}/delete")
def confirm_delete(campaign: str, console: EditDep) -> Response:
    name = known_name(campaign)
    try:
        if name is None:
            raise NotFound(campaign)
        get_campaign(console.db, console.tenant_id, name)
    except NotFound:
        return message_response(console, "not_found", 404)
    context = {"what": "campaign", "name": name, "campaigns": [], "section": "campaigns"}
    return marketing_response(console, "admin/marketing_delete.html", context)


@router.post(LIST + "/{campaign}/delete")
async def submit_delete(campaign: str, console: EditDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    name = known_name(campaign)
    try:
        if name is None:
            raise NotFound(campaign)
        await run_in_threadpool(
            lambda: delete_campaign(console.db, console.tenant_id, name, actor=actor_of(console))
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{LIST}?done=deleted", status_code=303)
