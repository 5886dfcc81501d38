"""The official ``openai`` client and curl against a real server on 127.0.0.1, with the
embedded SmolLM2 chat model and MiniLM embeddings."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator

import openai
import pytest

from tests._server import serve
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.gateway import create_key
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """``(base_url, key, rate_limited_key)`` of a live server."""
    from tradewinds.store import open_database

    path = tmp_path_factory.mktemp("openai-client") / "tw.db"
    db: Database = open_database(url=f"sqlite:///{path}")
    tenant = create_tenant(db, "acme")
    key = create_key(db, tenant.id).secret
    limited = create_key(db, tenant.id, rpm=1).secret
    settings = load_settings(compliance={"moderators": []})
    with serve(create_app(settings, db)) as url:
        yield f"{url}/v1", key, limited
    db.dispose()


def test_chat_stream_embeddings_and_models(server: tuple[str, str, str]) -> None:
    base_url, key, _ = server
    client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0)
    assert {"chat", "embed"} <= {m.id for m in client.models.list()}
    answer = client.chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Say hello."}],
        max_tokens=8,
        temperature=0,
    )
    assert answer.choices[0].message.content and answer.usage is not None
    assert answer.usage.completion_tokens <= 8
    stream = client.chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Count to five."}],
        max_tokens=8,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text and chunks[-1].usage is not None and chunks[-1].usage.completion_tokens <= 8
    vectors = client.embeddings.create(model="embed", input=["tent", "stove"])  # base64 wire
    assert [len(d.embedding) for d in vectors.data] == [384, 384]


def test_client_errors_map_to_openai_exceptions(server: tuple[str, str, str]) -> None:
    base_url, key, limited = server
    messages = [{"role": "user", "content": "Hi"}]
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=base_url, api_key="tw-wrong", max_retries=0).models.list()
    client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0)
    with pytest.raises(openai.NotFoundError, match="gpt-9"):
        client.chat.completions.create(model="gpt-9", messages=messages)  # type: ignore[arg-type]
    with pytest.raises(openai.BadRequestError, match="max_tokens"):
        client.chat.completions.create(model="chat", messages=messages, max_tokens=-1)  # type: ignore[arg-type]
    slow = openai.OpenAI(base_url=base_url, api_key=limited, max_retries=0)
    slow.models.list()
    with pytest.raises(openai.RateLimitError) as caught:
        slow.models.list()
    assert int(caught.value.response.headers["retry-after"]) >= 1


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_streams_server_sent_events(server: tuple[str, str, str]) -> None:
    base_url, key, _ = server
    body = json.dumps(
        {"model": "chat", "stream": True, "max_tokens": 4,
         "messages": [{"role": "user", "content": "Hi"}]}
    )  # fmt: skip
    out = subprocess.run(
        ["curl", "-sN", f"{base_url}/chat/completions", "-H", f"Authorization: Bearer {key}",
         "-H", "Content-Type: application/json", "-d", body],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert out.startswith("data: {") and out.rstrip().endswith("data: [DONE]")
