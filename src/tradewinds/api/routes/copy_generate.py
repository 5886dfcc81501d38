"""``/api/v1/products/{handle}/copy``: listing copy generated from the product's facts,
returned with the fact checker's verdict; with ``"draft": true`` also stored as a pending
draft in the same request (nothing is ever published here)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import Field

from tradewinds.api.deps import CallerDep, DbDep, SettingsDep, TenantDep
from tradewinds.api.routes.copy_drafts import caller_actor
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.merchant import generate_copy, generate_draft

router = APIRouter(prefix="/products", tags=["products"])


class CopyGenerateIn(Schema):
    language: str = Field(default="en", description="en, zh, or one the copy model writes.")
    tone: Literal["neutral", "friendly", "premium"] = "neutral"
    length: Literal["short", "medium", "long"] = Field(
        default="medium", description="3, 4 or 5 bullets and a longer description."
    )
    writer: Literal["templates", "choose", "model"] | None = Field(
        default=None, description="Who writes; default by the configured copy model."
    )
    draft: bool = Field(
        default=False,
        description="Also store the copy as a pending draft to review (never published).",
    )


class ListingCopyOut(Schema):
    language: str
    title: str
    bullets: list[str]
    description: str
    seo_title: str = Field(description="At most 60 characters.")
    meta_description: str = Field(description="At most 155 characters.")
    origin: Literal["ai", "template", "merchant", "mixed"]
    model: str | None = Field(description="The model that wrote or phrased it, if any.")
    generic: bool = Field(description="A short draft for a product that states no facts.")
    notes: list[str] = Field(description="Why a model was not used, or what it did.")


class FindingOut(Schema):
    kind: str
    claim: str = Field(description="The span of the copy.")
    fact: str = Field(description="The fact it contradicts.")
    source: str = Field(description="Where that fact is written.")
    severity: Literal["block", "warn"]
    start: int | None = None
    end: int | None = None


class CopyCheckOut(Schema):
    verdict: Literal["ok", "contradiction"]
    findings: list[FindingOut]


class CopyGenerateOut(Schema):
    handle: str
    ok: bool = Field(description="Nothing blocks and the listing rules hold.")
    copy_: ListingCopyOut = Field(alias="copy")
    check: CopyCheckOut
    fully_checked: bool = Field(description="False for languages the checker does not read.")
    problems: list[str] = Field(description="Listing rules broken (bullet count, lengths).")
    draft_id: int | None = Field(
        None, description="The pending draft stored with draft=true (GET /copy/drafts/{id})."
    )


@router.post(
    "/{handle}/copy/generate",
    operation_id="generate_product_copy",
    summary="Generate a product's listing copy",
    responses=error_responses(401, 404, 422),
    response_model_by_alias=True,
)
def post_generate(
    handle: str,
    body: CopyGenerateIn,
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    caller: CallerDep,
) -> CopyGenerateOut:
    """Title, bullets, description, SEO title and meta description from the product's own
    facts, checked against them; a model that is down or refuses leaves the templates'
    copy, with the reason in ``copy.notes``. With ``draft`` the copy is also stored as a
    pending draft (its id in ``draft_id``); a copy that breaks the listing rules is then
    refused (422) rather than stored."""
    if not body.draft:
        result = generate_copy(
            db, tenant.id, handle, body.language, tone=body.tone, length=body.length,
            writer=body.writer, settings=settings,
        )  # fmt: skip
        return CopyGenerateOut.model_validate(result.to_dict())
    result, draft = generate_draft(
        db, tenant.id, handle, body.language, tone=body.tone, length=body.length,
        writer=body.writer, actor=caller_actor(caller), settings=settings,
    )  # fmt: skip
    return CopyGenerateOut.model_validate({**result.to_dict(), "draft_id": draft.id})
