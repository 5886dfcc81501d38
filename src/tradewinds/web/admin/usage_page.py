"""``/admin/usage`` (owners and managers): requests, tokens and cost of the shop's gateway
use between two days, by day (an inline SVG chart and its table), by key and by model,
with totals. The numbers are ``tradewinds.gateway.usage_report`` and ``usage_by_day``,
the functions behind ``GET /api/v1/usage`` and ``tradewinds usage report``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from tradewinds.gateway import UsageLine, list_keys, usage_by_day, usage_report
from tradewinds.staff import Permission
from tradewinds.store.base import utcnow
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed
from tradewinds.web.admin.usage_chart import daily_chart

router = APIRouter(include_in_schema=False)
UsageDep = Annotated[AdminRequest, Depends(allowed(Permission.MANAGE_BUDGETS))]
MAX_DAYS = 366


@dataclass
class Total:
    """Usage summed over some lines (one key, one model, or all)."""

    name: str
    requests: int = 0
    refused: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    costs: dict[str, Decimal] = field(default_factory=dict)

    def add(self, line: UsageLine) -> None:
        self.requests += line.requests
        self.refused += line.refused
        self.prompt_tokens += line.prompt_tokens
        self.completion_tokens += line.completion_tokens
        if line.currency:
            self.costs[line.currency] = self.costs.get(line.currency, Decimal(0)) + line.cost

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _sum_by(lines: Iterable[UsageLine], name_of: dict[object, str], attr: str) -> list[Total]:
    totals: dict[object, Total] = {}
    for line in lines:
        group = getattr(line, attr)
        totals.setdefault(group, Total(name_of.get(group, str(group)))).add(line)
    return sorted(totals.values(), key=lambda t: (-t.total_tokens, t.name))


def _day(raw: str, default: date) -> tuple[date, bool]:
    """A ``YYYY-MM-DD`` query value, or ``default`` and False when it is not one."""
    if not raw:
        return default, True
    try:
        return date.fromisoformat(raw), True
    except ValueError:
        return default, False


def read_range(params: dict[str, str], today: date) -> tuple[date, date, dict[str, str]]:
    """The asked range (default: this month so far) and the problems with it by field."""
    errors: dict[str, str] = {}
    first, ok = _day(params.get("from", ""), today.replace(day=1))
    if not ok:
        errors["from"] = "bad_date"
    last, ok = _day(params.get("to", ""), today)
    if not ok:
        errors["to"] = "bad_date"
    if not errors and last < first:
        errors["to"] = "before_start"
    elif not errors and (last - first).days >= MAX_DAYS:
        errors["to"] = "too_long_range"
    if errors:
        first, last = today.replace(day=1), today
    return first, last, errors


@router.get("/admin/usage")
def usage_page(console: UsageDep) -> Response:
    params = dict(console.request.query_params)
    first, last, errors = read_range(params, utcnow().date())
    start = datetime.combine(first, time(), tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC)
    prices = console.settings.gateway.prices
    lines = usage_report(console.db, console.tenant_id, start, end, prices)
    days = usage_by_day(console.db, console.tenant_id, start, end, prices)
    names: dict[object, str] = {
        k.id: f"{k.name} ({k.prefix}…)" for k in list_keys(console.db, console.tenant_id)
    }
    names[None] = ""  # no key: the shop's own AI features (the template names them)
    total = Total("")
    for line in lines:
        total.add(line)
    context = {
        "first": first,
        "last": last,
        "typed": {
            "from": params.get("from", first.isoformat())[:40],
            "to": params.get("to", last.isoformat())[:40],
        },
        "errors": errors,
        "days": days,
        "chart": daily_chart(days, first, last),
        "by_key": _sum_by(lines, names, "key_id"),
        "by_model": _sum_by(lines, {}, "model"),
        "total": total,
    }
    status = 422 if errors else 200
    return admin_response(console, "admin/usage.html", context, status, "usage")
