"""``/api/v1/campaigns``: email campaigns for a segment, their copy and findings, edits
(checked again), the CSV export and SMTP sending."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, status
from fastapi.responses import Response
from pydantic import Field

from tradewinds.api.deps import DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.marketing import (
    MAX_PICKS,
    NAME_PATTERN,
    CampaignView,
    create_campaign,
    edit_copy,
    export_csv,
    get_campaign,
    list_campaigns,
    preview_emails,
    send_campaign,
)

router = APIRouter(prefix="/campaigns", tags=["campaigns"])


class CampaignIn(Schema):
    name: str = Field(pattern=NAME_PATTERN, max_length=100)
    segment: str = Field(pattern=NAME_PATTERN, max_length=100)
    languages: list[str] = Field(default=["en", "zh"], min_length=1, max_length=2)
    variants: dict[str, float] = Field(
        default_factory=lambda: {"a": 1.0},
        min_length=1,
        max_length=5,
        description='Variant name -> relative share, e.g. {"a": 1, "b": 1}.',
    )
    picks: int = Field(default=3, ge=1, le=MAX_PICKS)


class CopyEdit(Schema):
    variant: str = Field(max_length=32)
    language: str = Field(pattern="^(en|zh)$")
    subject: str | None = Field(default=None, max_length=2000)
    intro: str | None = Field(default=None, max_length=2000)
    outro: str | None = Field(default=None, max_length=2000)
    blocks: dict[str, str] | None = Field(
        default=None, max_length=6, description="Pick handle -> new text (at most 2000 chars)."
    )


class CampaignOut(Schema):
    name: str
    segment: str
    languages: list[str]
    variants: dict[str, float]
    picks: list[dict[str, Any]]
    content: dict[str, Any] = Field(description="variant -> language -> subject, intro, ...")
    findings: list[dict[str, Any]]
    verdict: str = Field(description="ok, or blocked: cannot be exported or sent.")
    written_by: str


class PreviewOut(Schema):
    variant: str
    language: str
    subject: str
    text: str
    html: str


class SendOut(Schema):
    sent: int
    already_sent: int
    refused: int


def _out(c: CampaignView) -> CampaignOut:
    return CampaignOut(
        name=c.name,
        segment=c.segment,
        languages=c.languages,
        variants=c.shares,
        picks=c.picks,
        content=c.content,
        findings=c.findings,
        verdict=c.verdict,
        written_by=c.written_by,
    )


@router.get("", operation_id="list_campaigns", summary="Campaigns", responses=error_responses(401))
def get_campaigns(db: DbDep, tenant: TenantDep) -> list[CampaignOut]:
    return [_out(c) for c in list_campaigns(db, tenant.id)]


@router.post(
    "",
    operation_id="create_campaign",
    summary="Write and check a campaign",
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 404, 409, 422),
)
def post_campaign(
    db: DbDep, settings: SettingsDep, tenant: TenantDep, body: CampaignIn
) -> CampaignOut:
    """Copy from templates per variant and language, picks from recommendations (best
    sellers when there are none), every claim checked against the picked products."""
    return _out(
        create_campaign(
            db,
            tenant.id,
            body.name,
            body.segment,
            languages=body.languages,
            variants=body.variants,
            picks=body.picks,
            recommend_settings=settings.recommend,
            home=settings.home,
        )
    )


@router.get(
    "/{name}",
    operation_id="get_campaign",
    summary="A campaign",
    responses=error_responses(401, 404),
)
def get_one(db: DbDep, tenant: TenantDep, name: str) -> CampaignOut:
    return _out(get_campaign(db, tenant.id, name))


@router.patch(
    "/{name}/copy",
    operation_id="edit_campaign_copy",
    summary="Edit copy",
    responses=error_responses(401, 404, 422),
)
def patch_copy(db: DbDep, tenant: TenantDep, name: str, body: CopyEdit) -> CampaignOut:
    """Replace parts of one variant's copy in one language; the campaign is checked again."""
    return _out(
        edit_copy(
            db,
            tenant.id,
            name,
            body.variant,
            body.language,
            subject=body.subject,
            intro=body.intro,
            outro=body.outro,
            blocks=body.blocks,
        )
    )


@router.get(
    "/{name}/preview",
    operation_id="preview_campaign",
    summary="First emails",
    responses=error_responses(401, 404),
)
def preview(
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    name: str,
    limit: Annotated[int, Query(ge=1, le=20)] = 1,
) -> list[PreviewOut]:
    """The emails of the first recipients as they would be written (no addresses)."""
    campaign = get_campaign(db, tenant.id, name)
    unsubscribe = settings.marketing.unsubscribe_url
    return [
        PreviewOut(
            variant=person.variant,
            language=person.language,
            subject=w.subject,
            text=w.text,
            html=w.html,
        )
        for person, w in preview_emails(db, tenant.id, campaign, unsubscribe, limit)
    ]


@router.get(
    "/{name}/export.csv",
    operation_id="export_campaign_csv",
    summary="Recipients as CSV",
    responses=error_responses(401, 404, 409),
    response_class=Response,
)
def export(db: DbDep, settings: SettingsDep, tenant: TenantDep, name: str) -> Response:
    """One row per recipient who accepts marketing; 409 while the copy is blocked."""
    text = export_csv(db, tenant.id, name, unsubscribe_url=settings.marketing.unsubscribe_url)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


@router.post(
    "/{name}/send",
    operation_id="send_campaign",
    summary="Send by SMTP",
    responses=error_responses(401, 404, 409, 500),
)
def send(db: DbDep, settings: SettingsDep, tenant: TenantDep, name: str) -> SendOut:
    """Send to every recipient not sent yet (needs ``marketing.smtp_enabled``)."""
    report = send_campaign(db, tenant.id, name, settings.marketing)
    return SendOut(sent=report.sent, already_sent=report.already_sent, refused=report.refused)
