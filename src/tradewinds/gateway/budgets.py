"""Monthly token budgets per key and per tenant, shared by every process through the database.

Each budget scope (``tenant`` or ``key:<id>``) has one :class:`TokenLedger` row per UTC
calendar month with ``used_tokens`` and ``reserved_tokens``. A request *reserves* its
estimate (prompt + max_tokens) with one guarded UPDATE::

    UPDATE token_ledger SET reserved_tokens = reserved_tokens + :estimate
    WHERE scope = :scope AND period = :month AND used_tokens + reserved_tokens < :limit

so it is admitted only while the scope is not spent, counting what requests in flight have
already reserved. When it finishes it *settles*: the real count moves from reserved to used.
PostgreSQL row locks and SQLite's single writer make the guard atomic, so concurrent
requests, threads and server processes cannot all pass on the same remaining tokens: a
budget is overrun by at most the reservations admitted just before it ran out.
Streams reserve in steps (``gateway.stream_reserve_tokens``) as tokens arrive and are cut
when a step is refused.

Whether a tenant has a budget at all is cached for ``gateway.key_cache_ttl_s`` (as keys
are), so a request of a tenant and key without budgets touches no table. A budget set in
this process applies at once; one set by another process (the CLI beside a server) within
that many seconds, and what is used before then is not counted against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.core.lru import TimedLRU
from tradewinds.gateway._flush import flush_usage
from tradewinds.gateway.errors import BudgetExceeded
from tradewinds.gateway.keys import KeyInfo
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import TenantBudget, TokenLedger

TENANT_SCOPE = "tenant"
#: Tenants whose budget (or lack of one) is remembered at most.
MAX_CACHED_TENANTS = 10_000
# (database, tenant) of tenants last seen without a budget.
_unlimited: TimedLRU[tuple[int, int], bool] = TimedLRU(MAX_CACHED_TENANTS)


def month_of(when: datetime) -> str:
    """The budget period of ``when``: ``YYYY-MM`` in UTC."""
    return when.astimezone(UTC).strftime("%Y-%m")


def seconds_to_next_month(now: datetime) -> float:
    """Seconds until the next UTC month begins (the ``Retry-After`` of a spent budget)."""
    now = now.astimezone(UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return (datetime(year, month, 1, tzinfo=UTC) - now).total_seconds()


@dataclass
class Limit:
    scope: str
    tokens: int


@dataclass
class Reservation:
    """Tokens held for one request in flight, per limited scope."""

    tenant_id: int
    period: str
    limits: list[Limit]
    tokens: int = 0
    settled: bool = field(default=False)


def set_tenant_budget(
    db: Database, tenant_id: int, monthly_tokens: int | None, *, actor: Actor | None = None
) -> None:
    """Set (or with ``None`` remove) the tenant's monthly token budget; with ``actor`` a
    change is recorded in the console's audit in the same transaction."""
    if monthly_tokens is not None and monthly_tokens <= 0:
        raise InvalidInput(f"monthly_tokens must be a positive whole number, got {monthly_tokens}")
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(select(TenantBudget)).one_or_none()
        before = None if row is None else row.monthly_tokens
        if row is None:
            session.add(TenantBudget(monthly_tokens=monthly_tokens))
        else:
            row.monthly_tokens = monthly_tokens
        if actor is not None and before != monthly_tokens:
            record_change(
                session,
                actor,
                "budget.set",
                ("budget", "tenant"),
                "monthly tokens",
                {"monthly_tokens": before},
                {"monthly_tokens": monthly_tokens},
            )
    _unlimited.pop((id(db.engine), tenant_id))


def tenant_budget(db: Database, tenant_id: int) -> int | None:
    """The tenant's monthly token budget (None: unlimited)."""
    with tenant_session(db, tenant_id) as session:
        return _tenant_limit(session)


def _tenant_limit(session: Session) -> int | None:
    return session.scalar(select(TenantBudget.monthly_tokens))


def _known_unlimited(db: Database, tenant_id: int, ttl_s: float) -> bool:
    """True when the tenant was seen without a budget less than ``ttl_s`` ago."""
    return ttl_s > 0 and _unlimited.get((id(db.engine), tenant_id), max_age=ttl_s) is not None


def _remember(db: Database, tenant_id: int, limit: int | None) -> None:
    key = (id(db.engine), tenant_id)
    if limit is None:
        _unlimited.put(key, True)
    else:
        _unlimited.pop(key)


@dataclass(frozen=True)
class BudgetState:
    scope: str
    period: str
    limit: int | None
    used: int
    reserved: int

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used - self.reserved)


def budget_states(db: Database, tenant_id: int, keys: list[KeyInfo]) -> list[BudgetState]:
    """This month's budget of the tenant and of each given key: limit, used, reserved.

    Usage records queued in this process are committed first, so ``used`` includes them.
    """
    flush_usage(db)
    period = month_of(utcnow())
    with tenant_session(db, tenant_id) as session:
        rows = {
            r.scope: r
            for r in session.scalars(select(TokenLedger).where(TokenLedger.period == period))
        }
        scopes = [(TENANT_SCOPE, _tenant_limit(session))]
        scopes += [(f"key:{k.id}", k.monthly_tokens) for k in keys]
        return [
            BudgetState(
                scope,
                period,
                limit,
                rows[scope].used_tokens if scope in rows else 0,
                rows[scope].reserved_tokens if scope in rows else 0,
            )
            for scope, limit in scopes
        ]


def _ensure_row(session: Session, scope: str, period: str, tenant_id: int) -> None:
    """Create the ledger row if missing; concurrent creators do not collide."""
    values = {
        "tenant_id": tenant_id,
        "scope": scope,
        "period": period,
        "used_tokens": 0,
        "reserved_tokens": 0,
    }
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(TokenLedger).values(**values).on_conflict_do_nothing()
    session.execute(stmt)


def _hold(session: Session, res: Reservation, tokens: int, now: datetime) -> None:
    """Add ``tokens`` to every limited scope's reservation, or raise ``BudgetExceeded``."""
    for limit in res.limits:
        _ensure_row(session, limit.scope, res.period, res.tenant_id)
        stmt = (
            update(TokenLedger)
            .where(
                TokenLedger.scope == limit.scope,
                TokenLedger.period == res.period,
                TokenLedger.used_tokens + TokenLedger.reserved_tokens < limit.tokens,
            )
            .values(reserved_tokens=TokenLedger.reserved_tokens + tokens)
            .execution_options(synchronize_session=False)
        )
        if session.execute(stmt).rowcount == 0:  # type: ignore[attr-defined]
            who = "the tenant's" if limit.scope == TENANT_SCOPE else f"API {limit.scope}'s"
            raise BudgetExceeded(
                f"monthly token budget exhausted: {who} budget of {limit.tokens} tokens for "
                f"{res.period} is spent (resets at the start of next month, UTC)",
                retry_after=seconds_to_next_month(now),
                details={"scope": limit.scope, "limit": limit.tokens, "period": res.period},
            )
    res.tokens += tokens


def reserve(
    db: Database, tenant_id: int, key: KeyInfo | None, tokens: int, *, cache_ttl_s: float = 0.0
) -> Reservation:
    """Hold ``tokens`` against the tenant's and the key's budgets for one request.

    With ``cache_ttl_s`` > 0 a tenant seen without a budget that recently is not read again
    (see the module docstring).

    Raises
    ------
    BudgetExceeded
        Either budget is spent (nothing is held then).
    """
    now = utcnow()
    key_unlimited = key is None or key.monthly_tokens is None
    if key_unlimited and _known_unlimited(db, tenant_id, cache_ttl_s):
        return Reservation(tenant_id, month_of(now), [], tokens=tokens)
    with tenant_session(db, tenant_id) as session:
        limits = []
        if key is not None and key.monthly_tokens is not None:
            limits.append(Limit(f"key:{key.id}", key.monthly_tokens))
        tenant_limit = _tenant_limit(session)
        _remember(db, tenant_id, tenant_limit)
        if tenant_limit is not None:
            limits.append(Limit(TENANT_SCOPE, tenant_limit))
        res = Reservation(tenant_id, month_of(now), limits)
        if limits:
            _hold(session, res, tokens, now)
        else:
            res.tokens = tokens
    return res


def extend(db: Database, res: Reservation, tokens: int) -> None:
    """Hold ``tokens`` more for a running stream, or raise ``BudgetExceeded``."""
    if not res.limits:
        res.tokens += tokens
        return
    with tenant_session(db, res.tenant_id) as session:
        _hold(session, res, tokens, utcnow())


def settle(session: Session, res: Reservation, used: int) -> None:
    """Turn the reservation into ``used`` tokens, in the caller's (tenant) transaction."""
    if res.settled:
        return
    res.settled = True
    for limit in res.limits:
        session.execute(
            update(TokenLedger)
            .where(TokenLedger.scope == limit.scope, TokenLedger.period == res.period)
            .values(
                used_tokens=TokenLedger.used_tokens + used,
                reserved_tokens=TokenLedger.reserved_tokens - res.tokens,
            )
            .execution_options(synchronize_session=False)
        )
