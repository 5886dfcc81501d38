"""``GET /v1/models``: the aliases this key may use (metered like every request).

These handlers are ``async``: with a cached key and the batched usage writer, metering is
in-memory work (rate limiter, metrics, a queue put), cheaper than a worker-thread hand-off.
When metering would block (synchronous usage records, or a full writer queue applying
back-pressure) it runs in a worker thread instead, never on the event loop.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from tradewinds.api.routes.v1._auth import KeyDep, V1GatewayDep
from tradewinds.api.routes.v1._bodies import model_body
from tradewinds.api.routes.v1._errors import OpenAIRoute
from tradewinds.gateway import Gateway, KeyInfo, UnknownModel

router = APIRouter(route_class=OpenAIRoute, tags=["openai"])


async def _meter(gateway: Gateway, key: KeyInfo) -> None:
    if gateway.records_without_blocking():
        gateway.record_request(key.tenant_id, key, "models")
    else:
        await run_in_threadpool(gateway.record_request, key.tenant_id, key, "models")


@router.get("/models", operation_id="list_models", summary="List models")
async def list_models(key: KeyDep, gateway: V1GatewayDep) -> dict[str, Any]:
    """Model aliases (chat and embedding) the key may call."""
    await _meter(gateway, key)
    return {"object": "list", "data": [model_body(e) for e in gateway.models(key)]}


@router.get("/models/{model}", operation_id="get_model", summary="Get a model")
async def get_model(model: str, key: KeyDep, gateway: V1GatewayDep) -> dict[str, Any]:
    """One alias, if the key may use it."""
    await _meter(gateway, key)
    for entry in gateway.models(key):
        if entry.alias == model:
            return model_body(entry)
    raise UnknownModel(f"model {model!r} does not exist or this key may not use it")
