"""Monthly budgets per key and per tenant, on every surface, under concurrent load."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tests.gateway.conftest import PROMPT_TOKENS
from tradewinds.core.settings import Settings
from tradewinds.gateway import (
    BudgetExceeded,
    Gateway,
    budget_states,
    chat,
    create_key,
    seconds_to_next_month,
    set_tenant_budget,
    stream_chat,
)
from tradewinds.gateway.service import prompt_estimate
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.models import ChatRequest
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord


def _request(max_tokens: int = 10) -> ChatRequest:
    return ChatRequest.from_prompt("Describe the tent.", max_tokens=max_tokens)


def _records(db: Database, tenant_id: int) -> list[UsageRecord]:
    flush_usage(db)  # records are written by the background writer
    with tenant_session(db, tenant_id) as session:
        return list(session.scalars(select(UsageRecord).order_by(UsageRecord.id)))


def test_retry_after_counts_to_the_next_month() -> None:
    assert seconds_to_next_month(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == 60
    assert seconds_to_next_month(datetime(2026, 2, 1, tzinfo=UTC)) == 28 * 86400


def test_key_budget_refuses_once_spent(gateway: Gateway, db: Database, tenant: Tenant) -> None:
    key = create_key(db, tenant.id, monthly_tokens=30).key
    gateway.chat(tenant.id, _request(), model="chat", key=key)  # 17 tokens
    gateway.chat(tenant.id, _request(), model="chat", key=key)  # 34: admitted at 17 < 30
    with pytest.raises(BudgetExceeded) as caught:
        gateway.chat(tenant.id, _request(), model="chat", key=key)
    assert caught.value.http_status == 429 and caught.value.retry_after > 0
    assert "API key" in caught.value.message
    state = {b.scope: b for b in budget_states(db, tenant.id, [key])}
    assert state[f"key:{key.id}"].used == 34 and state[f"key:{key.id}"].reserved == 0
    statuses = [r.status for r in _records(db, tenant.id)]
    assert statuses == ["ok", "ok", "budget_exceeded"]


def test_internal_features_spend_the_tenant_budget(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    set_tenant_budget(db, tenant.id, 15)
    outcome = chat(db, tenant.id, _request(), feature="copywriting", settings=settings)
    assert outcome.result.usage.total_tokens == PROMPT_TOKENS + 10
    with pytest.raises(BudgetExceeded, match="tenant's budget"):
        chat(db, tenant.id, _request(), feature="copywriting", settings=settings)
    record = _records(db, tenant.id)[0]
    assert (record.feature, record.key_id, record.status) == ("copywriting", None, "ok")
    assert (record.prompt_tokens, record.completion_tokens) == (PROMPT_TOKENS, 10)


def test_stream_is_cut_when_the_budget_runs_out(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    set_tenant_budget(db, tenant.id, 40)
    step = settings.gateway.stream_reserve_tokens
    stream = stream_chat(db, tenant.id, _request(max_tokens=500), settings=settings)
    texts = []
    with pytest.raises(BudgetExceeded):
        for chunk in stream:
            texts.append(chunk.text)
    record = _records(db, tenant.id)[0]
    assert record.status == "cut_budget"
    # The token that found the budget spent was generated (and is billed) but not sent.
    assert record.completion_tokens == len(texts) + 1 < 500
    # Admitted in steps while the budget was not spent: at most one step beyond it.
    assert record.prompt_tokens + record.completion_tokens <= 40 + step
    assert budget_states(db, tenant.id, [])[0].reserved == 0


def test_stream_within_budget_settles_exact_usage(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    set_tenant_budget(db, tenant.id, 10_000)
    chunks = list(stream_chat(db, tenant.id, _request(max_tokens=150), settings=settings))
    assert chunks[-1].is_final and sum(1 for c in chunks if c.text) == 150
    state = budget_states(db, tenant.id, [])[0]
    assert (state.used, state.reserved) == (PROMPT_TOKENS + 150, 0)


@pytest.mark.parametrize("streamed", [False, True], ids=["chat", "stream"])
def test_concurrent_clients_overrun_by_at_most_the_requests_in_flight(
    db: Database, tenant: Tenant, settings: Settings, streamed: bool
) -> None:
    limit, threads, max_tokens = 300, 6, 12
    set_tenant_budget(db, tenant.id, limit)
    key = create_key(db, tenant.id, monthly_tokens=limit * 10).key
    gateway = Gateway(db, settings)
    refused = [0] * threads
    errors: list[BaseException] = []

    def client(i: int) -> None:
        try:
            while True:
                try:
                    request = _request(max_tokens)
                    if streamed:
                        list(gateway.stream_chat(tenant.id, request, model="chat", key=key))
                    else:
                        gateway.chat(tenant.id, request, model="chat", key=key)
                except BudgetExceeded:
                    refused[i] += 1
                    if refused[i] >= 2:
                        return
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    workers = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert errors == [] and all(not w.is_alive() for w in workers)
    records = _records(db, tenant.id)
    used = sum(r.prompt_tokens + r.completion_tokens for r in records)
    tenant_state = budget_states(db, tenant.id, [key])[0]
    assert tenant_state.used == used and tenant_state.reserved == 0
    estimate = prompt_estimate(_request(max_tokens)) + max_tokens
    # Admission needs used + reserved < limit; each admitted request then spends at most
    # its estimate, so the overrun is bounded by what was admitted in the last moment.
    assert limit - estimate <= used < limit + estimate
    with tenant_session(db, tenant.id) as session:
        ok = session.scalar(select(func.count()).where(UsageRecord.status == "ok"))
    assert ok == used // (PROMPT_TOKENS + max_tokens)


def test_unbudgeted_tenant_skips_the_ledger_until_a_budget_is_set(
    db: Database, tenant: Tenant
) -> None:
    from sqlalchemy import event

    from tradewinds.gateway import budgets
    from tradewinds.store import open_database

    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    first = budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60)
    assert first.limits == [] and statements  # read once ...
    statements.clear()
    second = budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60)
    assert second.limits == [] and second.tokens == 50 and statements == []  # ... then not
    set_tenant_budget(db, tenant.id, 70)  # in this process: applies at once
    budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60)
    budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60)  # admitted at 50 < 70
    with pytest.raises(BudgetExceeded):
        budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60)
    # Set by another process (its own engine) for a tenant cached as unbudgeted: applies
    # once the cache has expired (key_cache_ttl_s), as a revoked key does.
    set_tenant_budget(db, tenant.id, None)
    assert budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60).limits == []
    other = open_database(url=db.engine.url.render_as_string(hide_password=False))
    try:
        set_tenant_budget(other, tenant.id, 10)
    finally:
        other.dispose()
    assert budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=60).limits == []  # cached
    with pytest.raises(BudgetExceeded):
        budgets.reserve(db, tenant.id, None, 50, cache_ttl_s=0)  # expired: read again
