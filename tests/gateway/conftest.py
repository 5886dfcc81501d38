"""Gateway fixtures: a deterministic chat backend plugin, settings, keys.

``counting`` is a real backend registered through the model registry like any plugin: it
answers ``max_tokens`` words ("w0 w1 ..."), one stream chunk per token, and reports exact
usage, so budgets and token counts can be asserted exactly and fast. End-to-end tests use
the embedded SmolLM2 and MiniLM models instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tradewinds.core.settings import Settings, load_settings
from tradewinds.gateway import Gateway, NewKey, create_key
from tradewinds.models import (
    BackendOptions,
    ChatModel,
    ChatRequest,
    ChatResult,
    ChunkStream,
    StreamChunk,
    Usage,
    clear_model_cache,
    default_registry,
)
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

PROMPT_TOKENS = 7


class CountingOptions(BackendOptions):
    delay_ms: float = 0.0


class CountingChat(ChatModel):
    """Answers ``max_tokens`` words; ``options.delay_ms`` per token simulates generation."""

    backend = "counting"
    Options = CountingOptions

    def _pause(self) -> None:
        assert isinstance(self.options, CountingOptions)
        time.sleep(self.options.delay_ms / 1000)

    def _words(self, request: ChatRequest) -> list[str]:
        return [f"w{i} " for i in range(request.max_tokens or 16)]

    def _chat(self, request: ChatRequest, options: Any) -> ChatResult:
        words = self._words(request)
        self._pause()
        return ChatResult(
            text="".join(words),
            finish_reason="length",
            usage=Usage(PROMPT_TOKENS, len(words)),
            backend=self.backend,
            model=self.model_name,
        )

    def _stream(self, request: ChatRequest, options: Any) -> ChunkStream:
        words = self._words(request)
        for word in words:
            self._pause()
            yield StreamChunk(text=word, backend=self.backend, model=self.model_name)
        yield StreamChunk(
            finish_reason="length",
            usage=Usage(PROMPT_TOKENS, len(words)),
            backend=self.backend,
            model=self.model_name,
        )


@pytest.fixture(autouse=True)
def _counting_backend() -> Iterator[None]:
    default_registry().add_chat(CountingChat)
    clear_model_cache()
    yield
    default_registry().remove(CountingChat.backend)
    clear_model_cache()


def gateway_settings(**overrides: Any) -> Settings:
    """Settings with ``chat`` on the counting backend, plus a priced alias ``fast``."""
    models = {
        "chat": {"backend": "counting", "model": "c1", "options": {"delay_ms": 1}},
        "fast": {"backend": "counting", "model": "c2"},
        **overrides.pop("models", {}),
    }
    gateway = {
        "prices": {"chat": {"prompt_per_1k": "0.5", "completion_per_1k": "1.5"}},
        **overrides.pop("gateway", {}),
    }
    # No classifier: these tests are about metering; content controls have their own tests.
    compliance = {"moderators": [], **overrides.pop("compliance", {})}
    return load_settings(
        models=models, gateway=gateway, compliance=compliance, default_tenant="acme", **overrides
    )


@pytest.fixture
def settings() -> Settings:
    return gateway_settings()


@pytest.fixture
def gateway(db: Database, settings: Settings) -> Gateway:
    return Gateway(db, settings)


@pytest.fixture
def new_key(db: Database, tenant: Tenant) -> NewKey:
    return create_key(db, tenant.id, name="test")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server for this test session (see tests/_redis.py)."""
    from tests._redis import redis_server

    with redis_server() as url:
        yield url
