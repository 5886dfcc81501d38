"""``/api/v1/keys`` and ``/api/v1/budgets``: API keys and tenant budgets (admin token)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from tradewinds.api.deps import AdminDep, DbDep, SettingsDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.gateway import (
    create_key,
    list_keys,
    revoke_key,
    set_tenant_budget,
    tenant_budget,
)
from tradewinds.store import resolve_tenant

router = APIRouter(tags=["keys"])


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tenant: str = Field(description="Tenant slug the key spends for.")
    name: str = Field(default="", max_length=100)
    rpm: int | None = Field(default=None, gt=0, description="Requests per minute.")
    tpm: int | None = Field(default=None, gt=0, description="Tokens per minute.")
    monthly_tokens: int | None = Field(default=None, gt=0, description="Tokens per month.")
    models: list[str] = Field(default_factory=list, description="Allowed aliases (empty: all).")
    expires_at: datetime | None = Field(default=None, description="ISO 8601 with a time zone.")


class BudgetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    monthly_tokens: int | None = Field(description="Tokens per month; null removes the budget.")


@router.post(
    "/keys",
    operation_id="create_key",
    summary="Create an API key",
    status_code=201,
    responses=error_responses(401, 404, 422),
)
def create(body: KeyIn, db: DbDep, settings: SettingsDep, _admin: AdminDep) -> dict[str, Any]:
    """Create a key. The secret is in ``key`` of this response only: store it now."""
    tenant = resolve_tenant(db, body.tenant)
    new = create_key(
        db,
        tenant.id,
        name=body.name,
        rpm=body.rpm,
        tpm=body.tpm,
        monthly_tokens=body.monthly_tokens,
        models=body.models,
        expires_at=body.expires_at,
        known_models=settings.models,
    )
    return {"key": new.secret, **new.key.to_dict()}


@router.get(
    "/keys", operation_id="list_keys", summary="List API keys", responses=error_responses(401, 404)
)
def list_all(
    db: DbDep,
    _admin: AdminDep,
    tenant: Annotated[str | None, Query(description="Only this tenant's keys.")] = None,
) -> list[dict[str, Any]]:
    """Keys (never their secrets), oldest first."""
    tenant_id = resolve_tenant(db, tenant).id if tenant else None
    return [k.to_dict() for k in list_keys(db, tenant_id)]


@router.post(
    "/keys/{key_id}/revoke",
    operation_id="revoke_key",
    summary="Revoke an API key",
    responses=error_responses(401, 404),
)
def revoke(key_id: int, db: DbDep, _admin: AdminDep) -> dict[str, Any]:
    """Revoke a key at once (other server processes: within ``gateway.key_cache_ttl_s``)."""
    return revoke_key(db, key_id).to_dict()


@router.get(
    "/budgets/{tenant}",
    operation_id="get_tenant_budget",
    summary="Get a tenant's monthly budget",
    responses=error_responses(401, 404),
)
def get_budget(tenant: str, db: DbDep, _admin: AdminDep) -> dict[str, Any]:
    found = resolve_tenant(db, tenant)
    return {"tenant": found.slug, "monthly_tokens": tenant_budget(db, found.id)}


@router.put(
    "/budgets/{tenant}",
    operation_id="set_tenant_budget",
    summary="Set a tenant's monthly budget",
    responses=error_responses(401, 404, 422),
)
def put_budget(tenant: str, body: BudgetIn, db: DbDep, _admin: AdminDep) -> dict[str, Any]:
    """Tokens per calendar month (UTC) for all the tenant's keys and internal features."""
    found = resolve_tenant(db, tenant)
    set_tenant_budget(db, found.id, body.monthly_tokens)
    return {"tenant": found.slug, "monthly_tokens": body.monthly_tokens}
