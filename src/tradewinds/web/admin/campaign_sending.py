"""A campaign's exports (CSV, or a ZIP of one .eml per recipient) and sending by SMTP,
after a confirmation step, with its report (owners and managers: ``send_marketing``).

Only customers who accept marketing are exported or sent to (the capability sees to it); a
blocked campaign is refused (409) until its copy is corrected. Sending records each email
as the SMTP server accepts it, so a failure part-way says how many went and a second run
goes on without mailing anyone twice; nothing is reported as sent that the server did not
accept. The send itself is in the console audit (its counts, or the failure).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import ConfigError, InvalidInput, NotFound
from tradewinds.marketing import (
    CampaignBlocked,
    SmtpFailed,
    eml_files,
    export_csv,
    get_campaign,
    segment_size,
    send_campaign,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response
from tradewinds.web.admin.keys_page import actor_of
from tradewinds.web.admin.marketing_segments import SendDep, known_name, marketing_response
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
CAMPAIGN = "/admin/marketing/campaigns/{campaign}"


def _send_page(
    console: AdminRequest, name: str, status_code: int = 200, **context: Any
) -> Response:
    try:
        campaign = get_campaign(console.db, console.tenant_id, name)
        size = segment_size(console.db, console.tenant_id, campaign.segment)
    except NotFound:
        return message_response(console, "not_found", 404)
    marketing = console.settings.marketing
    page = {
        "campaign": campaign,
        "reachable": size.reachable,
        "smtp_on": marketing.smtp_enabled,
        "has_sender": "@" in marketing.from_address,
        "problem": "",
        "section": "campaigns",
        **context,
    }
    return marketing_response(console, "admin/marketing_send.html", page, status_code)


def _download(data: bytes | str, media_type: str, file_name: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{file_name}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get(CAMPAIGN + "/export.csv")
def export_recipients(campaign: str, console: SendDep) -> Response:
    name = known_name(campaign)
    marketing = console.settings.marketing
    try:
        if name is None:
            raise NotFound(campaign)
        text = export_csv(
            console.db, console.tenant_id, name, unsubscribe_url=marketing.unsubscribe_url
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except CampaignBlocked:
        return _send_page(console, name or "", 409, problem="blocked")
    return _download(text, "text/csv; charset=utf-8", f"{name}.csv")


@router.get(CAMPAIGN + "/export.zip")
def export_emails(campaign: str, console: SendDep) -> Response:
    name = known_name(campaign)
    marketing = console.settings.marketing
    try:
        if name is None:
            raise NotFound(campaign)
        files = eml_files(
            console.db,
            console.tenant_id,
            name,
            sender=marketing.from_address,
            unsubscribe_url=marketing.unsubscribe_url,
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except CampaignBlocked:
        return _send_page(console, name or "", 409, problem="blocked")
    except InvalidInput:
        return _send_page(console, name or "", 409, problem="no_sender")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, data in files:
            archive.writestr(file_name, data)
    return _download(packed.getvalue(), "application/zip", f"{name}-eml.zip")


@router.get(CAMPAIGN + "/send")
def confirm_send(campaign: str, console: SendDep) -> Response:
    name = known_name(campaign)
    if name is None:
        return message_response(console, "not_found", 404)
    return _send_page(console, name)


@router.post(CAMPAIGN + "/send")
async def submit_send(campaign: str, console: SendDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    name = known_name(campaign)
    if name is None:
        return message_response(console, "not_found", 404)
    marketing = console.settings.marketing
    try:
        report = await run_in_threadpool(
            lambda: send_campaign(
                console.db, console.tenant_id, name, marketing, actor=actor_of(console)
            )
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    except CampaignBlocked:
        return await run_in_threadpool(_send_page, console, name, 409, problem="blocked")
    except ConfigError:
        problem = "smtp_off" if not marketing.smtp_enabled else "no_sender"
        return await run_in_threadpool(_send_page, console, name, 409, problem=problem)
    except SmtpFailed as exc:
        sent_before = exc.sent
        return await run_in_threadpool(
            lambda: _send_page(console, name, 502, problem="smtp_failed", sent_before=sent_before)
        )
    counts = f"sent={report.sent}&already={report.already_sent}&refused={report.refused}"
    return RedirectResponse(
        f"/admin/marketing/campaigns/{name}?done=sent&{counts}", status_code=303
    )
