"""Which shop the storefront shows.

A single-shop deployment names it in ``web.tenant``. Without that setting the only tenant
is the shop; with several, ``default_tenant`` (``demo`` after the quickstart). Several
shops told apart by host name are still to come (issue 16).
"""

from __future__ import annotations

from dataclasses import dataclass

from tradewinds.core.settings import Settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import list_tenants


@dataclass(frozen=True)
class ShopChoice:
    """The shop to show, or why there is none (``reason``: ``no_tenants``, ``not_found``,
    ``ambiguous``) and the slug that was looked for."""

    tenant: Tenant | None
    reason: str = ""
    wanted: str = ""


def choose_shop(db: Database, settings: Settings) -> ShopChoice:
    """The storefront's tenant under ``settings`` (see the module docstring)."""
    tenants = list_tenants(db)
    wanted = settings.web.tenant
    if wanted:
        found = next((t for t in tenants if t.slug == wanted), None)
        return ShopChoice(found, "" if found else "not_found", wanted)
    if not tenants:
        return ShopChoice(None, "no_tenants")
    if len(tenants) == 1:
        return ShopChoice(tenants[0])
    found = next((t for t in tenants if t.slug == settings.default_tenant), None)
    return ShopChoice(found, "" if found else "ambiguous", settings.default_tenant)
