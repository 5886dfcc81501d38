"""``GET /metrics``: Prometheus text format (admin token when one is set)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from tradewinds.api.deps import AdminDep, DbDep, SettingsDep
from tradewinds.api.ops_metrics import ops_exposition
from tradewinds.gateway import metrics_exposition

router = APIRouter(tags=["health"])


@router.get(
    "/metrics", operation_id="metrics", summary="Prometheus metrics", response_class=Response
)
def metrics(_admin: AdminDep, db: DbDep, settings: SettingsDep) -> Response:
    """Gateway request counts, tokens, latency histogram and requests in flight (summed
    over ``serve --workers``), job queue depth and search index lag."""
    body = metrics_exposition() + ops_exposition(db, settings)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
