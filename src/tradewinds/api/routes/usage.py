"""``GET /api/v1/usage``: the tenant's metered usage and budgets (its key or the admin)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query

from tradewinds.api.deps import CallerDep, DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import error_responses
from tradewinds.gateway import budget_states, list_keys, usage_report
from tradewinds.store.base import utcnow

router = APIRouter(tags=["usage"])


@router.get(
    "/usage",
    operation_id="get_usage",
    summary="Usage report",
    responses=error_responses(401, 404, 422),
)
def get_usage(
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    caller: CallerDep,
    from_: Annotated[
        date | None, Query(alias="from", description="First day (UTC); default: this month.")
    ] = None,
    to: Annotated[
        date | None, Query(description="Last day, inclusive (UTC); default: today.")
    ] = None,
) -> dict[str, Any]:
    """Requests, tokens and cost per model and key between two days, with this month's
    budgets. A key sees its tenant's usage."""
    today = utcnow().date()
    start_day = from_ or today.replace(day=1)
    end_day = to or today
    start = datetime.combine(start_day, time(), tzinfo=UTC)
    end = datetime.combine(end_day + timedelta(days=1), time(), tzinfo=UTC)
    lines = usage_report(db, tenant.id, start, end, settings.gateway.prices)
    keys = [caller.key] if caller.key is not None else list_keys(db, tenant.id)
    budgets = budget_states(db, tenant.id, keys)
    return {
        "tenant": tenant.slug,
        "from": start_day.isoformat(),
        "to": end_day.isoformat(),
        "lines": [line.to_dict() for line in lines],
        "totals": {
            "requests": sum(x.requests for x in lines),
            "prompt_tokens": sum(x.prompt_tokens for x in lines),
            "completion_tokens": sum(x.completion_tokens for x in lines),
        },
        "budgets": [
            {
                "scope": b.scope,
                "period": b.period,
                "limit": b.limit,
                "used": b.used,
                "reserved": b.reserved,
                "remaining": b.remaining,
            }
            for b in budgets
        ],
    }
