"""One usage record per gateway request, and the reports built from them.

A record is written in the same transaction that settles the request's budget
reservation, so the ledger and the records cannot disagree. Cost is computed when a
report is made, from ``gateway.prices`` (Decimal per 1,000 tokens), never with floats.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, select

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import ModelPrice
from tradewinds.gateway._flush import flush_usage
from tradewinds.gateway.budgets import Reservation, settle
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import UsageRecord

#: Statuses a record can have; ``ok`` is the only one that produced a full answer.
STATUSES = (
    "ok",
    "rate_limited",
    "limiter_unavailable",
    "budget_exceeded",
    "blocked",
    "invalid_request",
    "backend_error",
    "cut_budget",
    "cut_blocked",
    "client_closed",
)


@dataclass
class UsageEvent:
    """What one request did; the gateway fills it in as the request goes."""

    tenant_id: int
    key_id: int | None
    feature: str
    endpoint: str
    model: str
    backend: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    status: str = "ok"
    #: When the request finished (the record's time; set by the gateway, else write time).
    created_at: datetime | None = None

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _row(event: UsageEvent) -> UsageRecord:
    row = UsageRecord(
        key_id=event.key_id,
        feature=event.feature[:32],
        endpoint=event.endpoint,
        model=event.model[:64],
        backend=event.backend[:64],
        prompt_tokens=event.prompt_tokens,
        completion_tokens=event.completion_tokens,
        latency_ms=event.latency_ms,
        status=event.status,
    )
    if event.created_at is not None:
        row.created_at = event.created_at
    return row


def record_usage(db: Database, event: UsageEvent, reservation: Reservation | None = None) -> None:
    """Write ``event`` and settle ``reservation`` with its real token count, atomically."""
    write_usage_batch(db, event.tenant_id, [(event, reservation)])


def write_usage_batch(
    db: Database, tenant_id: int, items: Sequence[tuple[UsageEvent, Reservation | None]]
) -> None:
    """Write several of one tenant's records and settle their reservations in one transaction."""
    with tenant_session(db, tenant_id) as session:
        for event, reservation in items:
            if reservation is not None:
                settle(session, reservation, event.total_tokens)
        session.add_all([_row(event) for event, _ in items])


_ANSWERED = ("ok", "cut_budget", "cut_blocked", "client_closed")


def _check_bounds(db: Database, start: datetime, end: datetime) -> None:
    """Refuse naive or reversed bounds; then commit this process's queued records."""
    if start.tzinfo is None or end.tzinfo is None:
        raise InvalidInput("report bounds must carry a time zone")
    if end <= start:
        raise InvalidInput(f"the report ends ({end.date()}) before it starts ({start.date()})")
    flush_usage(db)


@dataclass(frozen=True)
class UsageLine:
    """Usage of one model alias through one key (``key_id`` None: internal features)."""

    model: str
    key_id: int | None
    requests: int
    refused: int
    prompt_tokens: int
    completion_tokens: int
    avg_latency_ms: int
    cost: Decimal
    currency: str

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict[str, object]:
        return {
            "model": self.model,
            "key_id": self.key_id,
            "requests": self.requests,
            "refused": self.refused,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "avg_latency_ms": self.avg_latency_ms,
            "cost": str(self.cost),
            "currency": self.currency,
        }


def cost_of(price: ModelPrice | None, prompt_tokens: int, completion_tokens: int) -> Decimal:
    """Exact cost of the tokens at ``price`` (zero without a price), to 6 decimal places."""
    if price is None:
        return Decimal("0.000000")
    raw = (price.prompt_per_1k * prompt_tokens + price.completion_per_1k * completion_tokens) / 1000
    return raw.quantize(Decimal("0.000001"))


def usage_report(
    db: Database,
    tenant_id: int,
    start: datetime,
    end: datetime,
    prices: dict[str, ModelPrice],
) -> list[UsageLine]:
    """Usage per model and key between ``start`` (inclusive) and ``end`` (exclusive)."""
    _check_bounds(db, start, end)
    ok = UsageRecord.status.in_(_ANSWERED)
    stmt = (
        select(
            UsageRecord.model,
            UsageRecord.key_id,
            func.count(),
            func.coalesce(func.sum(UsageRecord.prompt_tokens), 0),
            func.coalesce(func.sum(UsageRecord.completion_tokens), 0),
            func.coalesce(func.avg(UsageRecord.latency_ms), 0),
        )
        .where(UsageRecord.created_at >= start, UsageRecord.created_at < end)
        .group_by(UsageRecord.model, UsageRecord.key_id)
        .order_by(UsageRecord.model, UsageRecord.key_id)
    )
    refused_stmt = (
        select(UsageRecord.model, UsageRecord.key_id, func.count())
        .where(UsageRecord.created_at >= start, UsageRecord.created_at < end, ~ok)
        .group_by(UsageRecord.model, UsageRecord.key_id)
    )
    with tenant_session(db, tenant_id) as session:
        refused = {(m, k): n for m, k, n in session.execute(refused_stmt)}
        lines = []
        for model, key_id, count, prompt, completion, latency in session.execute(stmt):
            price = prices.get(model)
            lines.append(
                UsageLine(
                    model=model,
                    key_id=key_id,
                    requests=int(count),
                    refused=int(refused.get((model, key_id), 0)),
                    prompt_tokens=int(prompt),
                    completion_tokens=int(completion),
                    avg_latency_ms=round(float(latency)),
                    cost=cost_of(price, int(prompt), int(completion)),
                    currency=price.currency if price else "",
                )
            )
    return lines


def report_csv(lines: list[UsageLine]) -> str:
    """The report as CSV text with a header row."""
    out = io.StringIO()
    fields = [*UsageLine.__dataclass_fields__, "total_tokens"]
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for line in lines:
        writer.writerow(line.to_dict())
    return out.getvalue()


@dataclass(frozen=True)
class DayUsage:
    """Usage of one UTC day: requests, refusals, tokens and cost per currency."""

    day: date
    requests: int
    refused: int
    prompt_tokens: int
    completion_tokens: int
    costs: dict[str, Decimal]

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def usage_by_day(
    db: Database,
    tenant_id: int,
    start: datetime,
    end: datetime,
    prices: dict[str, ModelPrice],
) -> list[DayUsage]:
    """Usage per UTC day between ``start`` (inclusive) and ``end`` (exclusive), days without
    requests left out, oldest first. Costs are summed per currency (a model without a price
    costs nothing)."""
    _check_bounds(db, start, end)
    day = func.date(UsageRecord.created_at)
    answered = UsageRecord.status.in_(_ANSWERED)
    stmt = (
        select(
            day,
            UsageRecord.model,
            func.count(),
            func.sum(case((answered, 0), else_=1)),
            func.coalesce(func.sum(UsageRecord.prompt_tokens), 0),
            func.coalesce(func.sum(UsageRecord.completion_tokens), 0),
        )
        .where(UsageRecord.created_at >= start, UsageRecord.created_at < end)
        .group_by(day, UsageRecord.model)
    )
    days: dict[date, DayUsage] = {}
    with tenant_session(db, tenant_id) as session:
        for when, model, count, refused, prompt, completion in session.execute(stmt):
            key = when if isinstance(when, date) else date.fromisoformat(str(when))
            price = prices.get(model)
            known = days.get(key) or DayUsage(key, 0, 0, 0, 0, {})
            costs = dict(known.costs)
            if price is not None:
                cost = cost_of(price, int(prompt), int(completion))
                costs[price.currency] = costs.get(price.currency, Decimal("0.000000")) + cost
            days[key] = DayUsage(
                key,
                known.requests + int(count),
                known.refused + int(refused or 0),
                known.prompt_tokens + int(prompt),
                known.completion_tokens + int(completion),
                costs,
            )
    return [days[d] for d in sorted(days)]


def keys_last_used(db: Database, tenant_id: int) -> dict[int, datetime]:
    """When each of the tenant's keys last made a request (keys never used are absent)."""
    flush_usage(db)
    stmt = (
        select(UsageRecord.key_id, func.max(UsageRecord.created_at))
        .where(UsageRecord.key_id.is_not(None))
        .group_by(UsageRecord.key_id)
    )
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(stmt)
        return {k: when for k, when in rows if k is not None and when is not None}
