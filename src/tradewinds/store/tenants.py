"""Creating and listing tenants (system-level operations)."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from tradewinds.core.errors import Conflict, InvalidInput
from tradewinds.core.money import check_currency
from tradewinds.store.db import Database
from tradewinds.store.session import system_session
from tradewinds.store.tables import Tenant

_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def create_tenant(
    db: Database, slug: str, *, name: str = "", currency: str = "USD", timezone: str = "UTC"
) -> Tenant:
    """Create a tenant; the slug must be new, lowercase letters, digits and dashes."""
    if not _SLUG_RE.match(slug):
        raise InvalidInput(
            f"tenant slug {slug!r} is invalid (expected lowercase letters, digits and dashes, "
            "starting with a letter or digit, at most 63 characters)"
        )
    check_currency(currency)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"time zone {timezone!r} is unknown (expected e.g. Asia/Shanghai)"
        ) from None
    with system_session(db) as session:
        if session.scalars(select(Tenant.id).where(Tenant.slug == slug)).first() is not None:
            raise Conflict(f"tenant {slug!r} already exists")
        tenant = Tenant(slug=slug, name=name or slug, currency=currency, timezone=timezone)
        session.add(tenant)
        session.flush()
        session.expunge(tenant)
    return tenant


def get_or_create_tenant(db: Database, slug: str, **kwargs: str) -> Tenant:
    with system_session(db) as session:
        tenant = session.scalars(select(Tenant).where(Tenant.slug == slug)).one_or_none()
        if tenant is not None:
            session.expunge(tenant)
            return tenant
    return create_tenant(db, slug, **kwargs)


def list_tenants(db: Database) -> list[Tenant]:
    with system_session(db) as session:
        tenants = list(session.scalars(select(Tenant).order_by(Tenant.id)))
        session.expunge_all()
    return tenants
