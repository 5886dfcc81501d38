"""``/v1``: the OpenAI-compatible API (chat completions, embeddings, models), by API key."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from tradewinds.api.routes.v1 import chat, embeddings, models
from tradewinds.api.routes.v1._errors import OpenAIRoute, openai_error

router = APIRouter(prefix="/v1", route_class=OpenAIRoute)
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
