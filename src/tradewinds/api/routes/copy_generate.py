"""``/api/v1/products/{handle}/copy``: listing copy generated from the product's facts,
returned with the fact checker's verdict (nothing is stored or published here)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import Field

from tradewinds.api.deps import DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.merchant import generate_copy

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


@router.post(
    "/{handle}/copy/generate",
    operation_id="generate_product_copy",
    summary="Generate a product's listing copy",
    responses=error_responses(401, 404, 422),
    response_model_by_alias=True,
)
def post_generate(
    handle: str, body: CopyGenerateIn, db: DbDep, settings: SettingsDep, tenant: TenantDep
) -> CopyGenerateOut:
    """Title, bullets, description, SEO title and meta description from the product's own
    facts, checked against them; a model that is down or refuses leaves the templates'
    copy, with the reason in ``copy.notes``."""
    result = generate_copy(
        db,
        tenant.id,
        handle,
        body.language,
        tone=body.tone,
        length=body.length,
        writer=body.writer,
        settings=settings,
    )
    return CopyGenerateOut.model_validate(result.to_dict())
