"""``/api/v1/tenants``: administration across tenants (admin token when one is set)."""

from __future__ import annotations

from fastapi import APIRouter

from tradewinds.api.deps import AdminDep, DbDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.api.schemas.tenants import TenantOut
from tradewinds.store.tenants import list_tenants

router = APIRouter(prefix="/tenants", tags=["tenants"])


@router.get("", operation_id="list_tenants", summary="List tenants", responses=error_responses(401))
def list_all_tenants(db: DbDep, _admin: AdminDep) -> list[TenantOut]:
    """Every tenant (merchant store) on this server."""
    return [TenantOut.of(t) for t in list_tenants(db)]
