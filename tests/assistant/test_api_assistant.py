"""``POST /api/v1/assistant/chat`` and the session history, including bad input."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.assistant.conftest import Shop
from tradewinds.store import Database

HEADERS = {"X-Tenant": "acme"}


@pytest.fixture
def client(db: Database, shop: Shop) -> Iterator[TestClient]:
    with make_client(db) as test_client:
        yield test_client


def test_chat_then_follow_up_and_history(client: TestClient, shop: Shop) -> None:
    first = client.post("/api/v1/assistant/chat", json={"message": "camp mug"}, headers=HEADERS)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["products"][0] == {
        "id": shop.products["camp-mug"], "handle": "camp-mug", "title": "Enamel Camp Mug",
        "price": "12.00", "currency": "USD", "stock": 25, "url": "/products/camp-mug",
    }  # fmt: skip
    assert body["citations"][0]["n"] == 1 and "[1]" in body["text"]
    assert body["aigc_label"]["aigc"] is True
    assert body["aigc_label"]["sha256"] == hashlib.sha256(body["text"].encode()).hexdigest()
    assert first.headers["X-AIGC-Label"]
    follow = client.post(
        "/api/v1/assistant/chat",
        json={"message": "is it in stock?", "session_id": body["session_id"]},
        headers=HEADERS,
    )
    assert follow.status_code == 200, follow.text
    assert "**Enamel Camp Mug** has 25 in stock" in follow.json()["text"]
    history = client.get(f"/api/v1/assistant/sessions/{body['session_id']}", headers=HEADERS)
    assert [m["content"] for m in history.json()["messages"]][::2] == [
        "camp mug",
        "is it in stock?",
    ]


def test_streamed_answer_is_the_same_answer(client: TestClient, shop: Shop) -> None:
    url = "/api/v1/assistant/chat"
    plain = client.post(url, json={"message": "jacket"}, headers=HEADERS).json()
    streamed = client.post(url, json={"message": "jacket", "stream": True}, headers=HEADERS)
    assert streamed.headers["content-type"].startswith("text/event-stream")
    events = [e.removeprefix("data: ") for e in streamed.text.split("\n\n") if e]
    assert events[-1] == "[DONE]"
    parts = [json.loads(e) for e in events[:-1]]
    assert "".join(p["delta"] for p in parts[:-1]) == plain["text"]
    assert parts[-1]["products"] == plain["products"]


def test_bad_input_is_a_clear_error(client: TestClient, shop: Shop) -> None:
    url = "/api/v1/assistant/chat"
    assert_error(client.post(url, json={"message": "  "}, headers=HEADERS), 400, "bad_request")
    unknown = client.post(url, json={"message": "hi", "session_id": "nope"}, headers=HEADERS)
    assert "no assistant session 'nope'" in assert_error(unknown, 404, "not_found")["message"]
    stranger = client.post(url, json={"message": "hi", "customer_id": 424242}, headers=HEADERS)
    assert_error(stranger, 404, "not_found")
    assert client.post(url, json={}, headers=HEADERS).status_code == 422
    long = client.post(url, json={"message": "mug " * 400}, headers=HEADERS)
    assert long.status_code == 200 and long.json()["notices"]
