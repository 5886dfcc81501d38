"""Shared dependencies, as ``Annotated`` aliases the routers use in their signatures.

``TenantDep`` is the one place that decides which tenant a request acts for (today the
``X-Tenant`` header, defaulting to ``settings.default_tenant``; later an API key), and
``SessionDep`` is a session scoped to that tenant, so a router cannot reach another
tenant's rows.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from tradewinds.core.errors import NotFound, Unauthorized
from tradewinds.core.settings import Settings
from tradewinds.store import Database, open_database, resolve_tenant, tenant_session
from tradewinds.store.tables import Tenant


class DatabaseHandle:
    """The app's database: the one it was given, or opened (and migrated) on first use."""

    def __init__(self, settings: Settings, db: Database | None) -> None:
        self._settings = settings
        self._db = db
        self._owned = db is None
        self._lock = threading.Lock()

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


def get_tenant(
    db: DbDep,
    settings: SettingsDep,
    x_tenant: Annotated[
        str | None,
        Header(description="Tenant slug (default: the server's settings.default_tenant)."),
    ] = None,
) -> Tenant:
    """The tenant this request acts for."""
    slug = (x_tenant or "").strip() or settings.default_tenant
    try:
        return resolve_tenant(db, slug)
    except NotFound:
        # resolve_tenant lists the existing slugs; a client must not learn other tenants.
        raise NotFound(
            f"no tenant {slug!r} (check the X-Tenant header)", details={"tenant": slug}
        ) from None


TenantDep = Annotated[Tenant, Depends(get_tenant)]


def get_session(db: DbDep, tenant: TenantDep) -> Iterator[Session]:
    """A session that sees only the request's tenant's rows."""
    with tenant_session(db, tenant.id) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
