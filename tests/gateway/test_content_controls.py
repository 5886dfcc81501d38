"""The gateway applies ``tradewinds.compliance``: moderation (a tenant blocklist here, so the
verdicts are certain), labels on every answer, one audit record per generation."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.gateway.conftest import gateway_settings
from tradewinds.api import create_app
from tradewinds.compliance import AuditQuery, add_blocklist_entry, query_audit
from tradewinds.gateway import ContentBlocked, Gateway, create_key
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.models import ChatRequest
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord


def _statuses(db: Database, tenant_id: int) -> list[str]:
    flush_usage(db)  # records are written by the background writer
    with tenant_session(db, tenant_id) as session:
        return list(session.scalars(select(UsageRecord.status).order_by(UsageRecord.id)))


def test_blocked_input_is_refused_and_metered(db: Database, tenant: Tenant) -> None:
    add_blocklist_entry(db, tenant.id, "counterfeit")
    gateway = Gateway(db, gateway_settings())
    request = ChatRequest.from_prompt("Sell me counterfeit watches", max_tokens=4)
    with pytest.raises(ContentBlocked) as caught:
        gateway.chat(tenant.id, request, model="chat")
    assert caught.value.http_status == 400 and caught.value.code == "content_blocked"
    assert _statuses(db, tenant.id) == ["blocked"]


def test_output_blocked_mid_stream_ends_with_an_error_event(db: Database, tenant: Tenant) -> None:
    add_blocklist_entry(db, tenant.id, "w5")  # the counting model writes "w0 w1 ... w5 ..."
    key = create_key(db, tenant.id)
    with TestClient(create_app(gateway_settings(), db)) as client:
        body = {"model": "chat", "stream": True, "max_tokens": 40,
                "messages": [{"role": "user", "content": "count"}]}  # fmt: skip
        auth = {"Authorization": f"Bearer {key.secret}"}
        with client.stream("POST", "/v1/chat/completions", json=body, headers=auth) as r:
            raw = "".join(r.iter_text())
    events = [json.loads(e.removeprefix("data: ")) for e in raw.split("\n\n") if e]
    assert events[-1]["error"]["code"] == "content_blocked" and "[DONE]" not in raw
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events[:-1])
    assert "w10" not in text
    assert _statuses(db, tenant.id) == ["cut_blocked"]


def test_answers_are_labelled_and_audited(db: Database, tenant: Tenant) -> None:
    key = create_key(db, tenant.id)
    with TestClient(create_app(gateway_settings(), db)) as client:
        response = client.post(
            "/v1/chat/completions",
            json={
                "model": "chat",
                "max_tokens": 3,
                "messages": [{"role": "user", "content": "hi"}],
            },
            headers={"Authorization": f"Bearer {key.secret}"},
        )
    assert response.status_code == 200, response.text
    label = response.json()["aigc_label"]
    assert response.headers["x-aigc-label"]
    records = query_audit(db, tenant.id, AuditQuery())
    assert len(records) == 1
    assert json.dumps(label["content_id"]) in json.dumps(records[0])
