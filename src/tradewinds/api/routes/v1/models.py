"""``GET /v1/models``: the aliases this key may use (metered like every request)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tradewinds.api.deps import GatewayDep
from tradewinds.api.routes.v1._auth import KeyDep
from tradewinds.api.routes.v1._bodies import model_body
from tradewinds.api.routes.v1._errors import OpenAIRoute
from tradewinds.gateway import UnknownModel

router = APIRouter(route_class=OpenAIRoute, tags=["openai"])


@router.get("/models", operation_id="list_models", summary="List models")
def list_models(key: KeyDep, gateway: GatewayDep) -> dict[str, Any]:
    """Model aliases (chat and embedding) the key may call."""
    gateway.record_request(key.tenant_id, key, "models")
    return {"object": "list", "data": [model_body(e) for e in gateway.models(key)]}


@router.get("/models/{model}", operation_id="get_model", summary="Get a model")
def get_model(model: str, key: KeyDep, gateway: GatewayDep) -> dict[str, Any]:
    """One alias, if the key may use it."""
    gateway.record_request(key.tenant_id, key, "models")
    for entry in gateway.models(key):
        if entry.alias == model:
            return model_body(entry)
    raise UnknownModel(f"model {model!r} does not exist or this key may not use it")
