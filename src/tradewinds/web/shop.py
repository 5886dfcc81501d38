"""Which shop the storefront shows.

Several shops on one server are told apart by the request's host name, through the setting
``web.hosts`` (host name → tenant slug). A host it does not list gets ``web.tenant``; with
no ``web.tenant`` it gets no shop at all (the 404 page): once hosts are mapped, a stray
host name must never show whichever shop happens to be the default.

Without ``web.hosts`` a single-shop deployment names its shop in ``web.tenant``; without
that either, the only tenant is the shop, and with several, ``default_tenant`` (``demo``
after the quickstart).

The mapping is configuration rather than a table: which names point at the server is
decided with the DNS records, the proxy and the TLS certificates, which are deployment
configuration too, and a setting needs no migration and no admin command.
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
    ``ambiguous``, ``unknown_host``, ``host_not_found``) and the slug or host looked for."""

    tenant: Tenant | None
    reason: str = ""
    wanted: str = ""


def host_name(host_header: str) -> str:
    """The host name of a ``Host`` header: lowercased, without port or trailing dot.

    >>> host_name("Shop-A.example.:8000")
    'shop-a.example'
    >>> host_name("[::1]:8000")
    '::1'
    """
    host = host_header.strip().lower()
    if host.startswith("["):  # an IPv6 literal
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0].rstrip(".") if ":" in host else host.rstrip(".")


def choose_shop(db: Database, settings: Settings, host: str = "") -> ShopChoice:
    """The storefront's tenant for a request to ``host`` (see the module docstring)."""
    tenants = list_tenants(db)
    hosts = settings.web.hosts
    name = host_name(host)
    if name in hosts:
        found = next((t for t in tenants if t.slug == hosts[name]), None)
        return ShopChoice(found, "" if found else "host_not_found", hosts[name])
    wanted = settings.web.tenant
    if wanted:
        found = next((t for t in tenants if t.slug == wanted), None)
        return ShopChoice(found, "" if found else "not_found", wanted)
    if hosts:
        return ShopChoice(None, "unknown_host", name)
    if not tenants:
        return ShopChoice(None, "no_tenants")
    if len(tenants) == 1:
        return ShopChoice(tenants[0])
    found = next((t for t in tenants if t.slug == settings.default_tenant), None)
    return ShopChoice(found, "" if found else "ambiguous", settings.default_tenant)
