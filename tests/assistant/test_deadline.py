"""The model-mode deadline, against the real embedded model (SmolLM2 through llama.cpp),
which on this CPU needs seconds before its first token: a real slow path, no fake."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.assistant.conftest import Shop
from tradewinds.assistant import extract_plan
from tradewinds.assistant.deadline import THREAD_NAME, chat_within
from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.settings import Settings
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.models import ChatRequest, get_chat_model
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord


@pytest.fixture
def embedded(settings: Settings) -> Settings:
    try:
        get_chat_model("extract", settings).check()
    except ModelUnavailable as exc:  # pragma: no cover - the weights ship with the dev install
        pytest.skip(f"the embedded model is not installed: {exc}")
    return settings


def _join_workers() -> list[threading.Thread]:
    workers = [t for t in threading.enumerate() if t.name == THREAD_NAME]
    for worker in workers:
        worker.join(timeout=180)
    return workers


def test_a_model_past_the_deadline_is_stopped_and_the_rules_answer(
    db: Database, tenant: Tenant, shop: Shop, embedded: Settings
) -> None:
    started = time.perf_counter()
    plan = extract_plan(db, tenant.id, "camp mug under $20", embedded, deadline_s=0.5)
    waited = time.perf_counter() - started
    assert (plan.source, plan.query, plan.max_price) == ("parser", "camp mug", Decimal("20"))
    assert plan.notices == [
        "the language model did not answer within 0.5 s; rules read the message"
    ]
    assert waited < 2.0, waited  # the deadline, plus the rules and a thread start
    workers = _join_workers()  # the late call ends on its own, at its first token
    assert workers and not any(w.is_alive() for w in workers)
    flush_usage(db)
    with tenant_session(db, tenant.id) as session:
        (record,) = session.scalars(select(UsageRecord).where(UsageRecord.feature == "assistant"))
    # metered, and closed before its answer was complete (a warm model with the prompt in
    # its cache may have written a few tokens by the deadline; a cold one none)
    assert record.status == "client_closed" and record.completion_tokens < 96


def test_an_answer_in_time_is_returned(db: Database, tenant: Tenant, embedded: Settings) -> None:
    request = ChatRequest.from_prompt("Say hi.", max_tokens=3, temperature=0)
    text = chat_within(db, tenant.id, request, deadline_s=170, settings=embedded)
    assert text.strip()
    assert not [t for t in threading.enumerate() if t.name == THREAD_NAME and t.is_alive()]


def test_the_deadline_must_be_positive(db: Database, tenant: Tenant, settings: Settings) -> None:
    with pytest.raises(ValueError, match="deadline_s must be a positive number of seconds"):
        extract_plan(db, tenant.id, "mug", settings, deadline_s=0)
