"""``GET /metrics``: Prometheus text format (admin token when one is set)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from tradewinds.api.deps import AdminDep
from tradewinds.gateway import metrics_exposition

router = APIRouter(tags=["health"])


@router.get(
    "/metrics", operation_id="metrics", summary="Prometheus metrics", response_class=Response
)
def metrics(_admin: AdminDep) -> Response:
    """Gateway request counts, tokens, latency histogram and requests in flight."""
    return Response(metrics_exposition(), media_type=CONTENT_TYPE_LATEST)
