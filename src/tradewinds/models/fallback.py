"""Ordered fallbacks: try the next model when one is unavailable or times out.

Only ``ModelUnavailable`` (server down, timeout, missing weights, 5xx) moves on to the next
model. ``InvalidInput`` is the caller's mistake and would fail everywhere, so it is raised
at once. A stream falls back only before its first chunk: after that the caller has already
shown text, and switching models mid-answer would garble it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from tradewinds.core.errors import ModelUnavailable
from tradewinds.models.base import ChatModel, EmbeddingModel
from tradewinds.models.types import ChatRequest, ChatResult, ChunkStream, EmbeddingResult

log = logging.getLogger(__name__)
T = TypeVar("T")


def _fits(model: ChatModel, request: ChatRequest) -> bool:
    return (model.supports_tools or not request.tools) and (
        model.supports_schema or request.json_schema is None
    )


def _failure_note(where: str, model: ChatModel | EmbeddingModel, exc: ModelUnavailable) -> str:
    """Log one model's failure; the note goes into the error if every model fails."""
    note = f"{model.purpose or model.backend} ({model.backend}): {exc.message}"
    log.warning("model fallback for %s: %s", where, note)
    return note


def _all_failed(what: str, failures: list[str]) -> ModelUnavailable:
    return ModelUnavailable(
        f"{what}: every model failed: " + "; ".join(failures),
        details={"attempts": failures},
    )


class FallbackChatModel(ChatModel):
    """Tries ``models`` in order. Capabilities are the first model's; a later model that
    cannot serve a request (no tools, no schema) is skipped for that request."""

    backend = "fallback"

    def __init__(self, models: Sequence[ChatModel]) -> None:
        if not models:
            raise ValueError("FallbackChatModel needs at least one model")
        first = models[0]
        super().__init__(first.spec.model_copy(update={"options": {}}), purpose=first.purpose)
        self.models = list(models)
        self.can_stream = first.can_stream
        self.supports_tools = first.supports_tools
        self.supports_schema = first.supports_schema

    @property
    def model_name(self) -> str:
        return self.models[0].model_name

    def describe(self) -> dict[str, Any]:
        info = self.models[0].describe()
        info["fallbacks"] = [m.purpose for m in self.models[1:]]
        return info

    def check(self) -> None:
        failures = []
        for model in self.models:
            try:
                model.check()
                return
            except ModelUnavailable as exc:
                failures.append(_failure_note(self._where(), model, exc))
        raise _all_failed(self._where(), failures)

    def close(self) -> None:
        for model in self.models:
            model.close()

    def _candidates(self, request: ChatRequest) -> list[ChatModel]:
        """The models that can serve ``request``, each already checked against it."""
        fitting = [m for m in self.models if _fits(m, request)]
        if not fitting:
            self.models[0]._request_options(request)  # raises InvalidInput saying why
        for model in fitting:
            model._request_options(request)  # the caller's mistakes fail fast, not over
        return fitting

    def chat(self, request: ChatRequest) -> ChatResult:
        failures: list[str] = []
        for model in self._candidates(request):
            try:
                return model.chat(request)
            except ModelUnavailable as exc:
                failures.append(_failure_note(self._where(), model, exc))
        raise _all_failed(self._where(), failures)

    def stream(self, request: ChatRequest) -> ChunkStream:
        return self._stream_first_working(self._candidates(request), request)

    def _stream_first_working(
        self, candidates: list[ChatModel], request: ChatRequest
    ) -> ChunkStream:
        failures: list[str] = []
        for model in candidates:
            chunks = model.stream(request)
            try:
                first = next(chunks)
            except StopIteration:
                return
            except ModelUnavailable as exc:
                failures.append(_failure_note(self._where(), model, exc))
                continue
            yield first
            yield from chunks
            return
        raise _all_failed(self._where(), failures)

    def _chat(self, request: ChatRequest, options: Any) -> ChatResult:
        raise NotImplementedError  # chat() is overridden


class FallbackEmbeddingModel(EmbeddingModel):
    """Tries ``models`` in order. All must produce vectors of the same dimension (vectors
    from different models are not comparable), so they are usually one model served twice."""

    backend = "fallback"

    def __init__(self, models: Sequence[EmbeddingModel]) -> None:
        if not models:
            raise ValueError("FallbackEmbeddingModel needs at least one model")
        first = models[0]
        super().__init__(first.spec.model_copy(update={"options": {}}), purpose=first.purpose)
        self.models = list(models)

    @property
    def model_name(self) -> str:
        return self.models[0].model_name

    @property
    def dims(self) -> int:
        return self._first_working(lambda m: m.dims)

    def describe(self) -> dict[str, Any]:
        info = self.models[0].describe()
        info["fallbacks"] = [m.purpose for m in self.models[1:]]
        return info

    def check(self) -> None:
        self._first_working(lambda m: m.check())

    def close(self) -> None:
        for model in self.models:
            model.close()

    def _embed(self, texts: list[str]) -> EmbeddingResult:
        return self._first_working(lambda m: m.embed_result(texts))

    def _first_working(self, call: Callable[[EmbeddingModel], T]) -> T:
        failures: list[str] = []
        for model in self.models:
            try:
                return call(model)
            except ModelUnavailable as exc:
                failures.append(_failure_note(f"models.{self.purpose}", model, exc))
        raise _all_failed(f"models.{self.purpose}", failures)
