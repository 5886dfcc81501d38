"""Request and response bodies of ``/api/v1/copy``: listing-copy drafts, their review,
published versions and the tenant's copy settings. Every text is bounded (a listing's
rules: SEO title 60 characters, meta description 155, 3 to 5 bullets)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from tradewinds.api.schemas.common import Schema

Language = Literal["en", "zh"]
Origin = Literal["ai", "template", "merchant", "mixed"]
Status = Literal["pending", "approved", "rejected", "published", "superseded"]
Bullet = Annotated[str, Field(min_length=1, max_length=500)]


class CopyIn(Schema):
    """A listing copy in one language."""

    language: Language
    title: str = Field(min_length=1, max_length=500)
    bullets: list[Bullet] = Field(default_factory=list, max_length=5)
    description: str = Field("", max_length=20_000)
    seo_title: str = Field("", max_length=60)
    meta_description: str = Field("", max_length=155)
    origin: Origin = Field("merchant", description="Who wrote it; 'ai' needs 'model'.")
    model: str | None = Field(None, max_length=100, description="The model alias that wrote it.")

    def listing(self) -> dict[str, Any]:
        data = self.model_dump()
        data["bullets"] = tuple(data["bullets"])
        return data


class DraftIn(Schema):
    handle: str = Field(min_length=1, max_length=255, description="The product's handle.")
    copy_: CopyIn = Field(alias="copy")
    template: str = Field("", max_length=100, description="The template that wrote it, if any.")


class RejectIn(Schema):
    reason: str = Field("", max_length=1000)


class RevertIn(Schema):
    version: int = Field(ge=1, le=1_000_000, description="The version number to restore.")
    language: Language | None = Field(None, description="Default: the shop's language.")


class SettingsIn(Schema):
    blocking: list[Annotated[str, Field(max_length=32)]] | None = Field(None, max_length=20)
    storefront_label: bool | None = None


class CopyOut(Schema):
    language: str
    title: str
    bullets: list[str]
    description: str
    seo_title: str
    meta_description: str
    origin: str
    model: str | None
    generic: bool
    notes: list[str]


class FindingOut(Schema):
    kind: str
    claim: str
    fact: str
    source: str
    severity: Literal["block", "warn"]
    start: int | None = None
    end: int | None = None


class FieldDiffOut(Schema):
    field: str
    changed: bool
    before: str
    after: str
    diff: list[str]


class DraftOut(Schema):
    id: int
    handle: str
    language: str
    status: Status
    copy_: CopyOut = Field(alias="copy")
    verdict: Literal["ok", "contradiction"]
    findings: list[FindingOut]
    author: str
    template: str
    created_at: datetime
    updated_at: datetime
    reviewed_by: str
    reviewed_at: datetime | None
    published_at: datetime | None
    diff: list[FieldDiffOut] | None = None


class VersionOut(Schema):
    number: int
    language: str
    current: bool
    copy_: CopyOut = Field(alias="copy")
    title: str
    body_html: str
    draft_id: int | None
    reverted_from: int | None
    note: str
    ai_label: dict[str, Any] | None
    published_by: str
    published_at: datetime


class SettingsOut(Schema):
    blocking: list[str]
    storefront_label: bool
