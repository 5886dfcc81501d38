"""Tenant responses (administration)."""

from __future__ import annotations

from datetime import datetime

from tradewinds.api.schemas.common import Schema
from tradewinds.store.tables import Tenant


class TenantOut(Schema):
    id: int
    slug: str
    name: str
    currency: str
    timezone: str
    created_at: datetime

    @classmethod
    def of(cls, t: Tenant) -> TenantOut:
        return cls(
            id=t.id,
            slug=t.slug,
            name=t.name,
            currency=t.currency,
            timezone=t.timezone,
            created_at=t.created_at,
        )
