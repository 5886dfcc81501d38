"""The batched usage writer: one record per request, settled budgets, bounded, flushed."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.gateway.conftest import PROMPT_TOKENS
from tradewinds.api import create_app
from tradewinds.core.settings import Settings
from tradewinds.gateway import (
    Gateway,
    NewKey,
    UsageEvent,
    budget_states,
    set_tenant_budget,
    usage_report,
)
from tradewinds.gateway import usage_writer as writer_module
from tradewinds.gateway.usage_writer import UsageWriter, flush_usage
from tradewinds.models import ChatRequest
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import Tenant, TokenLedger, UsageRecord


def _count(db: Database, tenant_id: int) -> int:
    """Committed records, read without flushing the writer."""
    with tenant_session(db, tenant_id) as session:
        return int(session.scalar(select(func.count()).select_from(UsageRecord)) or 0)


def _event(tenant_id: int, n: int = 0) -> UsageEvent:
    return UsageEvent(
        tenant_id=tenant_id, key_id=None, feature="test", endpoint="models", model=f"m{n}"
    )


def test_records_are_queued_then_committed_with_their_settlement(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    set_tenant_budget(db, tenant.id, 10_000)
    gateway = Gateway(db, settings)
    gateway.usage_writer = UsageWriter(db, interval_s=30.0)  # only flushes write
    request = ChatRequest.from_prompt("Describe the tent.", max_tokens=10)
    for _ in range(3):
        gateway.chat(tenant.id, request, model="chat", feature="copywriting")
    assert _count(db, tenant.id) == 0  # queued: the requests did not wait for a commit
    gateway.flush_usage()
    assert _count(db, tenant.id) == 3
    state = budget_states(db, tenant.id, [])[0]
    assert state.used == 3 * (PROMPT_TOKENS + 10) and state.reserved == 0
    with tenant_session(db, tenant.id) as session:
        times = list(session.scalars(select(UsageRecord.created_at)))
    assert all(t <= utcnow() for t in times) and len(set(times)) == 3  # finish times


def test_queued_reservations_still_count_against_the_budget(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    set_tenant_budget(db, tenant.id, 1_000)
    gateway = Gateway(db, settings)
    gateway.usage_writer = UsageWriter(db, interval_s=30.0)
    gateway.chat(tenant.id, ChatRequest.from_prompt("Hi", max_tokens=5), model="chat")
    with tenant_session(db, tenant.id) as session:  # the ledger before the flush
        row = session.scalars(select(TokenLedger)).one()
        assert row.used_tokens == 0 and row.reserved_tokens > 0  # still held, not released
    gateway.flush_usage()
    state = budget_states(db, tenant.id, [])[0]
    assert state.used == PROMPT_TOKENS + 5 and state.reserved == 0


def test_back_pressure_bounds_the_queue_and_loses_nothing(db: Database, tenant: Tenant) -> None:
    writer = UsageWriter(db, batch_size=3, max_pending=4, interval_s=0.01)
    seen: list[int] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            seen.append(writer.pending)
            time.sleep(0.0005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for n in range(60):
            writer.submit(_event(tenant.id, n), None)
    finally:
        stop.set()
        watcher.join()
    assert writer.flush(timeout=30)
    assert _count(db, tenant.id) == 60
    assert max(seen) <= 4
    with tenant_session(db, tenant.id) as session:
        models = list(session.scalars(select(UsageRecord.model).order_by(UsageRecord.id)))
    assert models == [f"m{n}" for n in range(60)]  # in order, once each


def test_close_flushes_and_later_records_are_written_at_once(db: Database, tenant: Tenant) -> None:
    writer = UsageWriter(db, interval_s=30.0)
    writer.submit(_event(tenant.id), None)
    writer.close()
    assert _count(db, tenant.id) == 1
    writer.submit(_event(tenant.id), None)
    assert _count(db, tenant.id) == 2


def test_the_thread_exits_when_idle_and_restarts(db: Database, tenant: Tenant) -> None:
    writer = UsageWriter(db, idle_s=0.05, interval_s=0.0)
    writer.submit(_event(tenant.id), None)
    assert writer.flush(timeout=10) and writer.running
    deadline = time.monotonic() + 10
    while writer.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not writer.running
    writer.submit(_event(tenant.id), None)
    assert writer.flush(timeout=10)
    assert _count(db, tenant.id) == 2


def test_reports_see_queued_records(db: Database, tenant: Tenant, settings: Settings) -> None:
    gateway = Gateway(db, settings)
    gateway.usage_writer = UsageWriter(db, interval_s=30.0)
    gateway.chat(tenant.id, ChatRequest.from_prompt("Hi", max_tokens=4), model="chat")
    start = utcnow().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    (line,) = usage_report(db, tenant.id, start, utcnow(), settings.gateway.prices)
    assert line.requests == 1 and line.completion_tokens == 4


def test_server_shutdown_commits_queued_records(
    db: Database,
    tenant: Tenant,
    settings: Settings,
    new_key: NewKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(writer_module, "INTERVAL_S", 30.0)  # nothing is written before shutdown
    headers = {"Authorization": f"Bearer {new_key.secret}"}
    with TestClient(create_app(settings, db)) as client:
        for _ in range(5):
            assert client.get("/v1/models", headers=headers).status_code == 200
        assert client.get("/v1/models/chat", headers=headers).json()["id"] == "chat"
        assert _count(db, tenant.id) == 0
    assert _count(db, tenant.id) == 6  # the app's shutdown flushed the writer


def test_flush_usage_without_a_writer_returns(db: Database, settings: Settings) -> None:
    flush_usage(db)  # nothing queued for this database: returns at once
    assert Gateway(db, settings, batch_usage=False).usage_writer is None


def test_metering_that_would_block_leaves_the_event_loop(
    db: Database, settings: Settings, new_key: NewKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    batched = Gateway(db, settings)
    assert batched.records_without_blocking()
    batched.close()
    assert not batched.records_without_blocking()  # closed: records are committed at once
    monkeypatch.setattr(Gateway, "batch_usage", False)
    assert not Gateway(db, settings).records_without_blocking()
    headers = {"Authorization": f"Bearer {new_key.secret}"}
    with TestClient(create_app(settings, db)) as client:
        assert client.get("/v1/models", headers=headers).status_code == 200
        assert _count(db, new_key.key.tenant_id) == 1  # committed before the answer
