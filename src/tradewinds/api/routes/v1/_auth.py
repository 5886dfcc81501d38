"""``/v1`` callers are API keys: ``Authorization: Bearer tw-...``.

The dependencies here are ``async`` on purpose: FastAPI runs a plain ``def`` dependency in
its worker-thread pool, and on cheap requests those thread hand-offs cost more than the
work. A key verification is answered on the event loop when it is in the key cache (no
database), and sent to a worker thread only when it needs the database.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from tradewinds.api.deps import DatabaseHandle
from tradewinds.core.settings import Settings
from tradewinds.gateway import Gateway, KeyInfo, gateway_for

_bearer = HTTPBearer(auto_error=False, description="A tenant's API key (tw-...).")


async def get_v1_gateway(request: Request) -> Gateway:
    """The app's gateway (the database is opened, in a worker thread, on first use)."""
    settings = request.app.state.settings
    handle = request.app.state.database
    assert isinstance(settings, Settings) and isinstance(handle, DatabaseHandle)
    if not handle.is_open:
        await run_in_threadpool(handle.get)
    return gateway_for(handle.get(), settings)


V1GatewayDep = Annotated[Gateway, Depends(get_v1_gateway)]


async def get_key(
    gateway: V1GatewayDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> KeyInfo:
    """The active key the request was sent with (401 otherwise)."""
    secret = credentials.credentials if credentials else None
    if gateway.key_is_cached(secret):
        return gateway.authenticate(secret)
    return await run_in_threadpool(gateway.authenticate, secret)


KeyDep = Annotated[KeyInfo, Depends(get_key)]
