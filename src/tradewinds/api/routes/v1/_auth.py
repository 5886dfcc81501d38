"""``/v1`` callers are API keys: ``Authorization: Bearer tw-...``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tradewinds.api.deps import GatewayDep
from tradewinds.gateway import KeyInfo

_bearer = HTTPBearer(auto_error=False, description="A tenant's API key (tw-...).")


def get_key(
    gateway: GatewayDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> KeyInfo:
    """The active key the request was sent with (401 otherwise)."""
    return gateway.authenticate(credentials.credentials if credentials else None)


KeyDep = Annotated[KeyInfo, Depends(get_key)]
