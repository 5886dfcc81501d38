"""``POST /v1/embeddings``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tradewinds.api.routes.v1._auth import KeyDep, V1GatewayDep
from tradewinds.api.routes.v1._bodies import embeddings_body
from tradewinds.api.routes.v1._errors import OpenAIRoute
from tradewinds.api.routes.v1._schemas import EmbeddingsIn
from tradewinds.core.errors import InvalidInput

router = APIRouter(route_class=OpenAIRoute, tags=["openai"])


@router.post("/embeddings", operation_id="create_embeddings", summary="Create embeddings")
def create_embeddings(body: EmbeddingsIn, key: KeyDep, gateway: V1GatewayDep) -> dict[str, Any]:
    """One vector per input text, metered against the key's and the tenant's budgets."""
    outcome = gateway.embed(key.tenant_id, body.texts(), model=body.model, key=key)
    dims = outcome.result.dims
    if body.dimensions is not None and body.dimensions != dims:
        raise InvalidInput(
            f"model {body.model!r} returns {dims} dimensions; dimensions={body.dimensions} "
            "is not supported (leave it out)",
            details={"param": "dimensions"},
        )
    return embeddings_body(outcome, body.encoding_format)
