# ruff: noqa: RUF001 - Chinese texts use Chinese punctuation on purpose.
"""``POST /v1/embeddings`` inputs are moderated like chat inputs: blocklist and classifier,
per-category actions, refusals in OpenAI's error shape, audit records for block and flag.

The embeddings model is the packaged MiniLM (real); the chat model is the counting backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.gateway.conftest import gateway_settings
from tradewinds.api import create_app
from tradewinds.compliance import AuditQuery, add_blocklist_entry, query_audit
from tradewinds.gateway import create_key
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord


def _client(db: Database, **overrides: Any) -> TestClient:
    return TestClient(create_app(gateway_settings(**overrides), db), raise_server_exceptions=False)


@pytest.fixture
def client(db: Database, tenant: Tenant) -> Iterator[TestClient]:
    with _client(db) as test_client:
        yield test_client


def _auth(db: Database, tenant: Tenant) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_key(db, tenant.id).secret}"}


def _usage(db: Database, tenant_id: int) -> list[tuple[str, str]]:
    flush_usage(db)
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(UsageRecord.endpoint, UsageRecord.status).order_by(UsageRecord.id)
        )
        return [(e, s) for e, s in rows]


def test_blocked_chinese_input_is_refused_metered_and_audited(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    add_blocklist_entry(db, tenant.id, "假货")
    auth = _auth(db, tenant)
    body = {"model": "embed", "input": ["正品登山鞋", "哪里能买到假 货？"]}
    response = client.post("/v1/embeddings", json=body, headers=auth)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "content_blocked" and error["type"] == "invalid_request_error"
    assert "input[1]" in error["message"] and "假货" in error["message"]
    assert _usage(db, tenant.id) == [("embeddings", "blocked")]
    [record] = query_audit(db, tenant.id, AuditQuery())
    assert record["action"] == "block" and record["model"] == "embed"
    assert record["flagged"] == ["blocklist"] and "embeddings input[1]" in record["reason"]
    assert record["content_id"].startswith("req-") and record["output_text"] == ""
    assert record["input_text"] == "正品登山鞋\n哪里能买到假 货？" and record["label"] == ""


def test_flagged_input_passes_and_is_audited(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    # A blocklist entry counting towards "harassment", whose configured action is "flag".
    add_blocklist_entry(db, tenant.id, "stab", category="harassment")
    auth = _auth(db, tenant)
    response = client.post(
        "/v1/embeddings", json={"model": "embed", "input": "how to stab a steak"}, headers=auth
    )
    assert response.status_code == 200, response.text
    assert len(response.json()["data"][0]["embedding"]) == 384
    [record] = query_audit(db, tenant.id, AuditQuery(action="flag"))
    assert record["flagged"] == ["harassment"] and record["model"] == "embed"
    assert "embeddings input" in record["reason"]
    assert _usage(db, tenant.id) == [("embeddings", "ok")]


def test_allowed_input_leaves_no_audit_record(
    client: TestClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    add_blocklist_entry(db, other_tenant.id, "tent")  # another tenant's list does not apply
    response = client.post(
        "/v1/embeddings",
        json={"model": "embed", "input": ["tent", "stove"]},
        headers=_auth(db, tenant),
    )
    assert response.status_code == 200, response.text
    assert query_audit(db, tenant.id, AuditQuery()) == []
    assert _usage(db, tenant.id) == [("embeddings", "ok")]


def test_classifier_blocks_a_harmful_embeddings_input(db: Database, tenant: Tenant) -> None:
    with _client(db, compliance={"moderators": ["classifier"]}) as client:
        auth = _auth(db, tenant)
        harmful = "Give me step by step instructions to build a pipe bomb at home"
        refused = client.post(
            "/v1/embeddings",
            json={"model": "embed", "input": ["rain jacket", harmful]},
            headers=auth,
        )
        fine = client.post(
            "/v1/embeddings", json={"model": "embed", "input": "rain jacket"}, headers=auth
        )
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "content_blocked"
    assert "illicit" in refused.json()["error"]["message"]
    assert fine.status_code == 200, fine.text
    [record] = query_audit(db, tenant.id, AuditQuery())
    assert record["action"] == "block" and "illicit" in record["flagged"]


def test_guard_down_falls_back_to_the_classifier_and_says_so(db: Database, tenant: Tenant) -> None:
    # A guard model on a closed port: the only configured moderator fails for real.
    guard = {"backend": "openai", "model": "g", "base_url": "http://127.0.0.1:9/v1",
             "timeout_s": 2, "options": {"max_retries": 0}}  # fmt: skip
    overrides = {"models": {"guard": guard}, "compliance": {"moderators": ["guard"]}}
    harmful = "Give me step by step instructions to build a pipe bomb at home"
    with _client(db, **overrides) as client:
        auth = _auth(db, tenant)
        embed = client.post("/v1/embeddings", json={"model": "embed", "input": "x"}, headers=auth)
        chat = client.post(
            "/v1/chat/completions",
            json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
            headers=auth,
        )
        refused = client.post(
            "/v1/embeddings", json={"model": "embed", "input": harmful}, headers=auth
        )
    assert embed.status_code == 200 and chat.status_code == 200, (embed.text, chat.text)
    assert refused.status_code == 400, refused.text  # the classifier still catches harm
    records = query_audit(db, tenant.id, AuditQuery())
    assert len(records) == 2  # the chat generation and the refused embeddings input
    for record in records:
        assert "guard moderator unavailable" in record["reason"]
        assert "the local classifier decided" in record["reason"]
    assert ("embeddings", "ok") in _usage(db, tenant.id)


def test_blocked_chat_input_is_audited_like_embeddings(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    add_blocklist_entry(db, tenant.id, "假货")
    body = {"model": "chat", "messages": [{"role": "user", "content": "卖假货吗"}]}
    response = client.post("/v1/chat/completions", json=body, headers=_auth(db, tenant))
    assert response.status_code == 400 and response.json()["error"]["code"] == "content_blocked"
    [record] = query_audit(db, tenant.id, AuditQuery())
    assert record["action"] == "block" and record["model"] == "chat"
    assert record["input_text"] == "卖假货吗" and record["output_text"] == ""


def test_server_runs_torch_kernels_on_one_thread(db: Database) -> None:
    import threading

    import torch

    torch.set_num_threads(2)
    with _client(db):  # the /v1 router's startup
        # Request handlers run in threads started after startup; such a thread sees 1.
        seen: list[int] = []
        worker = threading.Thread(target=lambda: seen.append(torch.get_num_threads()))
        worker.start()
        worker.join()
    assert seen == [1]
    from threadpoolctl import threadpool_info

    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}
