"""Shared dependencies, as ``Annotated`` aliases the routers use in their signatures.

``CallerDep`` says who is calling ``/api/v1``: the admin (``Authorization: Bearer
<admin_token>``), a tenant's API key (``Authorization: Bearer tw-...``), or, only while no
admin token is configured and ``env`` is not ``production``, an anonymous developer.
``TenantDep`` is the one place that decides which tenant a request acts for: a key's own
tenant, or for the admin and the developer the ``X-Tenant`` header (default
``settings.default_tenant``). ``SessionDep`` is a session scoped to that tenant, so a router
cannot reach another tenant's rows.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from tradewinds.core.errors import NotFound, TenantIsolationError, Unauthorized
from tradewinds.core.logs import bind_tenant
from tradewinds.core.settings import Settings
from tradewinds.gateway import Gateway, KeyInfo, gateway_for
from tradewinds.store import Database, open_database, resolve_tenant, tenant_session
from tradewinds.store.tables import Tenant


class DatabaseHandle:
    """The app's database: the one it was given, or opened (and migrated) on first use."""

    def __init__(self, settings: Settings, db: Database | None) -> None:
        self._settings = settings
        self._db = db
        self._owned = db is None
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        """Whether :meth:`get` returns at once (the database is open; no migration to run)."""
        return self._db is not None

    def get(self) -> Database:
        with self._lock:
            if self._db is None:
                self._db = open_database(self._settings)
            return self._db

    def close(self) -> None:
        """Dispose of the engine if this handle opened it (a database passed in is the caller's)."""
        with self._lock:
            if self._owned and self._db is not None:
                self._db.dispose()
                self._db = None


def get_settings(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def get_db(request: Request) -> Database:
    handle = request.app.state.database
    assert isinstance(handle, DatabaseHandle)
    return handle.get()


SettingsDep = Annotated[Settings, Depends(get_settings)]
DbDep = Annotated[Database, Depends(get_db)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        min_length=1,
        max_length=200,
        description="Send the same key again (e.g. after a timeout) to get the same job "
        "instead of a second one.",
    ),
]
"""The ``Idempotency-Key`` header of a POST that queues background work."""

_bearer = HTTPBearer(auto_error=False, description="The admin token (settings.admin_token).")


def require_admin(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """When ``settings.admin_token`` is set, demand ``Authorization: Bearer <token>``."""
    if settings.admin_token is None:
        return
    expected = settings.admin_token.get_secret_value().encode()
    given = credentials.credentials.encode() if credentials is not None else b""
    # Constant-time: the comparison's duration must not reveal how much of a guess matched.
    if not hmac.compare_digest(given, expected):
        raise Unauthorized(
            "missing or wrong admin token (send the header 'Authorization: Bearer <token>')"
        )


AdminDep = Annotated[None, Depends(require_admin)]


def get_gateway(db: DbDep, settings: SettingsDep) -> Gateway:
    """The app's gateway (keys, limits, metering) over its database."""
    return gateway_for(db, settings)


GatewayDep = Annotated[Gateway, Depends(get_gateway)]


@dataclass(frozen=True)
class Caller:
    """Who sent an ``/api/v1`` request."""

    kind: Literal["admin", "key", "developer"]
    key: KeyInfo | None = None


def get_caller(
    settings: SettingsDep,
    gateway: GatewayDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The admin, a tenant's API key, or (development without an admin token) anyone."""
    given = credentials.credentials if credentials is not None else ""
    if settings.admin_token is not None:
        expected = settings.admin_token.get_secret_value().encode()
        if hmac.compare_digest(given.encode(), expected):
            return Caller("admin")
    if given.startswith("tw-"):
        return Caller("key", gateway.authenticate(given))
    if settings.admin_token is None and settings.env != "production" and not given:
        return Caller("developer")
    raise Unauthorized(
        "missing or wrong credentials (send the header 'Authorization: Bearer <token>' with "
        "the admin token or a tenant's API key)"
    )


CallerDep = Annotated[Caller, Depends(get_caller)]


def require_caller(_caller: CallerDep) -> None:
    """Router-level guard: every ``/api/v1`` route needs a known caller."""


def get_tenant(
    db: DbDep,
    settings: SettingsDep,
    caller: CallerDep,
    x_tenant: Annotated[
        str | None,
        Header(description="Tenant slug for the admin token (default: settings.default_tenant)."),
    ] = None,
) -> Tenant:
    """The tenant this request acts for: the key's, or the one named by ``X-Tenant``."""
    slug = (x_tenant or "").strip()
    if caller.key is not None:
        if slug and slug != caller.key.tenant_slug:
            raise TenantIsolationError(
                "this API key belongs to another tenant than the X-Tenant header names "
                "(leave X-Tenant out when using an API key)"
            )
        return _bound(resolve_tenant(db, caller.key.tenant_id))
    slug = slug or settings.default_tenant
    try:
        return _bound(resolve_tenant(db, slug))
    except NotFound:
        # resolve_tenant lists the existing slugs; a client must not learn other tenants.
        raise NotFound(
            f"no tenant {slug!r} (check the X-Tenant header)", details={"tenant": slug}
        ) from None


def _bound(tenant: Tenant) -> Tenant:
    """``tenant``, recorded as the request's for its log lines (``core/logs.py``)."""
    bind_tenant(tenant.id)
    return tenant


TenantDep = Annotated[Tenant, Depends(get_tenant)]


def get_session(db: DbDep, tenant: TenantDep) -> Iterator[Session]:
    """A session that sees only the request's tenant's rows."""
    with tenant_session(db, tenant.id) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
