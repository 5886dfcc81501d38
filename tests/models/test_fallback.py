"""Fallbacks: a purpose whose model is down is served by the next configured one."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tests.models.conftest import free_port, openai_spec, settings_with
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models import (
    ChatRequest,
    FallbackChatModel,
    collect_stream,
    get_chat_model,
    get_embedding_model,
)

pytestmark = pytest.mark.slow

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


def _closed() -> dict[str, object]:
    return openai_spec(f"http://127.0.0.1:{free_port()}/v1")


def _request(**fields: object) -> ChatRequest:
    defaults: dict[str, Any] = {"max_tokens": 8, "temperature": 0}
    return ChatRequest.from_prompt("Say hi.", **{**defaults, **fields})


def test_closed_port_falls_back_to_the_local_model(caplog: pytest.LogCaptureFixture) -> None:
    settings = settings_with(
        chat={**_closed(), "fallbacks": ["local"]},
        local={"backend": "llamacpp", "model": "smollm2"},
    )
    model = get_chat_model("chat", settings)
    with caplog.at_level(logging.WARNING, logger="tradewinds.models.fallback"):
        result = model.chat(_request())
    assert result.backend == "llamacpp" and result.text
    assert "cannot reach" in caplog.text and "chat (openai)" in caplog.text


def test_stream_falls_back_before_the_first_chunk(llama_server: str) -> None:
    settings = settings_with(
        chat={**_closed(), "fallbacks": ["server"]}, server=openai_spec(llama_server)
    )
    chunks = list(get_chat_model("chat", settings).stream(_request()))
    result = collect_stream(chunks)
    assert result.text and result.backend == "openai" and chunks[-1].is_final


def test_timeout_falls_back(llama_server: str) -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        slow = {
            **openai_spec(f"http://127.0.0.1:{silent.getsockname()[1]}/v1"),
            "timeout_s": 0.5,
            "fallbacks": ["server"],
        }
        settings = settings_with(chat=slow, server=openai_spec(llama_server))
        assert get_chat_model("chat", settings).chat(_request()).text


def test_every_model_down_names_each_failure(tmp_path: object) -> None:
    settings = settings_with(
        chat={**_closed(), "fallbacks": ["local"]},
        local={"backend": "llamacpp", "model": "/nowhere/missing.gguf"},
    )
    model = get_chat_model("chat", settings)
    with pytest.raises(ModelUnavailable, match=r"every model failed: chat .*; local .*not found"):
        model.chat(_request())
    with pytest.raises(ModelUnavailable, match="every model failed"):
        list(model.stream(_request()))
    with pytest.raises(ModelUnavailable, match="every model failed"):
        model.check()


def test_callers_mistakes_do_not_fall_back() -> None:
    settings = settings_with(
        chat={**_closed(), "fallbacks": ["local"]}, local={"backend": "llamacpp"}
    )
    model = get_chat_model("chat", settings)
    with pytest.raises(InvalidInput, match="unknown option 'n_ctx'"):
        model.chat(_request(options={"n_ctx": 64}))


def test_a_fallback_without_a_capability_is_skipped_and_the_primary_keeps_its_own(
    llama_server: str,
) -> None:
    settings = settings_with(
        chat={"backend": "llamacpp", "fallbacks": ["server"]}, server=openai_spec(llama_server)
    )
    model = get_chat_model("chat", settings)
    assert isinstance(model, FallbackChatModel) and model.supports_tools is False
    # The primary cannot use tools; the server can, so it answers this request.
    result = model.chat(_request(tools=[WEATHER], tool_choice="get_weather", max_tokens=30))
    assert result.backend == "openai" and result.tool_calls[0].name == "get_weather"
    assert model.chat(_request()).backend == "llamacpp"


def test_embedding_fallback(tmp_path: object) -> None:
    settings = settings_with(
        embed={
            "backend": "sentence-transformers",
            "model": "/nowhere/minilm",
            "fallbacks": ["packaged"],
        },
        packaged={"backend": "sentence-transformers", "model": "all-MiniLM-L6-v2"},
    )
    model = get_embedding_model("embed", settings)
    assert model.dims == 384
    assert len(model.embed(["tent"])[0]) == 384
