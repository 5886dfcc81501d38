"""``/v1``: the OpenAI-compatible API (chat completions, embeddings, models), by API key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from tradewinds.api.routes.v1 import chat, embeddings, models
from tradewinds.api.routes.v1._errors import OpenAIRoute, openai_error
from tradewinds.core.threads import limit_torch_threads
from tradewinds.gateway import flush_all_usage


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """At startup, one torch thread per forward pass; at shutdown, commit the usage records
    still queued (before the app closes its database)."""
    limit_torch_threads()
    yield
    await run_in_threadpool(flush_all_usage)


router = APIRouter(prefix="/v1", route_class=OpenAIRoute, lifespan=_lifespan)
for _module in (chat, embeddings, models):
    router.include_router(_module.router)


@router.api_route(
    "/{path:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
    include_in_schema=False,
)
def unknown_route(path: str, request: Request) -> JSONResponse:
    """Unknown ``/v1`` paths answer in OpenAI's error shape too."""
    return openai_error(
        404,
        f"no route {request.method} /v1/{path} (available: POST /v1/chat/completions, "
        "POST /v1/embeddings, GET /v1/models)",
        type_="invalid_request_error",
        code="unknown_url",
    )


__all__ = ["router"]
