"""``/v1``: OpenAI shapes for answers and errors, keys, limits, metering, admin API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.gateway.conftest import PROMPT_TOKENS, _counting_backend, gateway_settings
from tradewinds.api import create_app
from tradewinds.gateway import create_key, set_tenant_budget
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

pytestmark = pytest.mark.usefixtures(_counting_backend.__name__)
ADMIN = "admin-token-0123456789"


def _client(db: Database, **overrides: Any) -> TestClient:
    app = create_app(gateway_settings(**overrides), db)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(db: Database, tenant: Tenant) -> Iterator[TestClient]:
    with _client(db) as test_client:
        yield test_client


def _auth(db: Database, tenant: Tenant, **limits: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_key(db, tenant.id, **limits).secret}"}


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], **fields}


def assert_openai_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["message"]
    if code is not None:
        assert error["code"] == code
    return dict(error)


def test_chat_completion_shape_and_usage_record(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    auth = _auth(db, tenant)
    response = client.post("/v1/chat/completions", json=_chat(max_tokens=5), headers=auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    assert body["model"] == "chat"
    choice = body["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": "w0 w1 w2 w3 w4 "}
    assert choice["finish_reason"] == "length"
    assert body["usage"] == {
        "prompt_tokens": PROMPT_TOKENS,
        "completion_tokens": 5,
        "total_tokens": PROMPT_TOKENS + 5,
    }
    usage = client.get("/api/v1/usage", headers=auth).json()
    assert usage["tenant"] == "acme"
    (line,) = usage["lines"]
    assert (line["model"], line["requests"], line["completion_tokens"]) == ("chat", 1, 5)
    # prices: 0.5 per 1k prompt, 1.5 per 1k completion
    assert line["cost"] == "0.011000" and line["currency"] == "USD"


def test_streaming_sends_sse_chunks_then_done(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    body = _chat(max_tokens=4, stream=True, stream_options={"include_usage": True})
    with client.stream("POST", "/v1/chat/completions", json=body, headers=_auth(db, tenant)) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        raw = "".join(r.iter_text())
    events = [e.removeprefix("data: ") for e in raw.split("\n\n") if e]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == "w0 w1 w2 w3 "
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert chunks[-1]["usage"]["completion_tokens"] == 4


def test_stream_cut_by_budget_ends_with_an_error_event(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    set_tenant_budget(db, tenant.id, 30)
    body = _chat(max_tokens=400, stream=True)
    with client.stream("POST", "/v1/chat/completions", json=body, headers=_auth(db, tenant)) as r:
        raw = "".join(r.iter_text())
    events = [json.loads(e.removeprefix("data: ")) for e in raw.split("\n\n") if e]
    assert "[DONE]" not in raw
    assert events[-1]["error"]["code"] == "budget_exceeded"
    assert sum(1 for e in events if "choices" in e) < 400


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer nope", "Bearer tw-unknownunknownunknownunknownunknown", "Basic abc"],
)
def test_missing_or_invalid_key_is_401(client: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = client.post("/v1/chat/completions", json=_chat(), headers=headers)
    error = assert_openai_error(response, 401, "invalid_api_key")
    if authorization:
        assert authorization.split()[-1] not in error["message"]


def test_revoked_key_is_401(client: TestClient, db: Database, tenant: Tenant) -> None:
    auth = _auth(db, tenant)
    key_id = client.get("/api/v1/keys").json()[0]["id"]
    assert client.post(f"/api/v1/keys/{key_id}/revoke").json()["status"] == "revoked"
    assert_openai_error(client.get("/v1/models", headers=auth), 401)


def test_bad_requests_are_400_naming_the_problem(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    auth = {**_auth(db, tenant), "Content-Type": "application/json"}
    bad_json = client.post("/v1/chat/completions", content=b'{"model": ', headers=auth)
    assert "not valid JSON" in assert_openai_error(bad_json, 400)["message"]
    wrong_type = client.post("/v1/chat/completions", json=_chat(max_tokens="ten"), headers=auth)
    assert assert_openai_error(wrong_type, 400)["param"] == "max_tokens"
    no_messages = client.post("/v1/chat/completions", json={"model": "chat"}, headers=auth)
    assert assert_openai_error(no_messages, 400)["param"] == "messages"
    embed_chat = client.post("/v1/embeddings", json={"model": "chat", "input": "x"}, headers=auth)
    assert "chat model" in assert_openai_error(embed_chat, 400)["message"]


def test_unknown_or_forbidden_model_is_404(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    auth = _auth(db, tenant, models=["fast"])
    unknown = client.post("/v1/chat/completions", json=_chat(model="gpt-9"), headers=auth)
    assert assert_openai_error(unknown, 404, "model_not_found")["param"] == "model"
    forbidden = client.post("/v1/chat/completions", json=_chat(model="chat"), headers=auth)
    assert "available: fast" in assert_openai_error(forbidden, 404)["message"]
    models = client.get("/v1/models", headers=auth).json()
    assert [m["id"] for m in models["data"]] == ["fast"]
    assert_openai_error(client.get("/v1/nothing-here", headers=auth), 404, "unknown_url")


def test_rate_limit_is_429_with_retry_after(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    auth = _auth(db, tenant, rpm=2)
    assert client.get("/v1/models", headers=auth).status_code == 200
    assert client.post("/v1/chat/completions", json=_chat(), headers=auth).status_code == 200
    refused = client.get("/v1/models", headers=auth)
    assert_openai_error(refused, 429, "rate_limit_exceeded")
    assert int(refused.headers["Retry-After"]) >= 1


def test_budget_refusal_is_429_on_embeddings_too(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    set_tenant_budget(db, tenant.id, 1)
    auth = _auth(db, tenant)
    assert client.post("/v1/chat/completions", json=_chat(), headers=auth).status_code == 200
    refused = client.post("/v1/embeddings", json={"model": "embed", "input": "x"}, headers=auth)
    assert_openai_error(refused, 429, "budget_exceeded")
    assert int(refused.headers["Retry-After"]) > 0


def test_backend_failure_after_fallbacks_is_502(db: Database, tenant: Tenant) -> None:
    down = {"backend": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
            "timeout_s": 2, "options": {"max_retries": 0}}  # fmt: skip
    with _client(db, models={"remote": down}) as client:
        auth = _auth(db, tenant)
        response = client.post("/v1/chat/completions", json=_chat(model="remote"), headers=auth)
        error = assert_openai_error(response, 502)
        assert "remote" in error["message"] and "Traceback" not in response.text
        usage = client.get("/api/v1/usage", headers=auth).json()
    assert usage["lines"][0]["refused"] == 1


def test_fallback_serves_when_the_primary_is_down(db: Database, tenant: Tenant) -> None:
    down = {"backend": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
            "timeout_s": 2, "options": {"max_retries": 0}, "fallbacks": ["fast"]}  # fmt: skip
    with _client(db, models={"remote": down}) as client:
        body = _chat(model="remote", max_tokens=2)
        response = client.post("/v1/chat/completions", json=body, headers=_auth(db, tenant))
    assert response.status_code == 200 and response.json()["choices"][0]["message"]["content"]


def test_admin_api_creates_keys_that_work(db: Database, tenant: Tenant) -> None:
    with _client(db, admin_token=ADMIN) as client:
        admin = {"Authorization": f"Bearer {ADMIN}"}
        assert client.post("/api/v1/keys", json={"tenant": "acme"}).status_code == 401
        created = client.post(
            "/api/v1/keys",
            json={"tenant": "acme", "name": "shop", "rpm": 5, "models": ["chat"]},
            headers=admin,
        )
        assert created.status_code == 201, created.text
        secret = created.json()["key"]
        listed = client.get("/api/v1/keys", headers=admin).json()
        assert listed[0]["name"] == "shop" and secret not in json.dumps(listed)
        budget = client.put("/api/v1/budgets/acme", json={"monthly_tokens": 999}, headers=admin)
        assert budget.json()["monthly_tokens"] == 999
        key_auth = {"Authorization": f"Bearer {secret}"}
        # The key reaches its own tenant's /api/v1 data but not the admin API.
        assert client.get("/api/v1/products", headers=key_auth).status_code == 200
        assert client.get("/api/v1/keys", headers=key_auth).status_code == 401
        other = client.get("/api/v1/products", headers={**key_auth, "X-Tenant": "globex"})
        assert other.status_code == 403
        usage = client.get("/api/v1/usage", headers=key_auth).json()
        assert {b["scope"] for b in usage["budgets"]} == {"tenant", f"key:{listed[0]['id']}"}


def test_production_without_credentials_is_refused(db: Database, tenant: Tenant) -> None:
    with _client(db, env="production", admin_token=ADMIN) as client:
        assert client.get("/api/v1/products").status_code == 401
        assert client.get("/api/v1/products", headers=_auth(db, tenant)).status_code == 200


def test_metrics_count_requests_and_tokens(
    client: TestClient, db: Database, tenant: Tenant
) -> None:
    auth = _auth(db, tenant)
    client.post("/v1/chat/completions", json=_chat(model="fast", max_tokens=3), headers=auth)
    text = client.get("/metrics").text
    assert 'tradewinds_gateway_requests_total{endpoint="chat",model="fast",status="ok"}' in text
    assert 'tradewinds_gateway_tokens_total{kind="completion",model="fast"}' in text
    assert "tradewinds_gateway_request_duration_seconds_bucket" in text
