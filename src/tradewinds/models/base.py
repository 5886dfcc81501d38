"""The two contracts every backend implements: ``ChatModel`` and ``EmbeddingModel``.

Like a simonw/llm model, a backend is one class: it declares what it can do
(``can_stream``, ``supports_tools``, ``supports_schema``), has typed ``Options`` (from
``Settings.models[purpose].options``) that reject unknown keys, a ``RequestOptions`` subset
that callers may override per request, and implements ``_chat`` (and ``_stream``) or
``_embed``. The public methods here check the request against the declared capabilities
first, so a backend only ever sees requests it said it can serve.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from tradewinds.core.errors import ConfigError, InvalidInput, TradewindsError
from tradewinds.models.types import (
    ChatRequest,
    ChatResult,
    ChunkStream,
    EmbeddingResult,
    StreamChunk,
    Usage,
)

if TYPE_CHECKING:
    from tradewinds.core.settings import ModelSpec

OptionsT = TypeVar("OptionsT", bound="BackendOptions")


class BackendOptions(BaseModel):
    """Base for backend options: typed, and an unknown key is an error naming the key."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def parse_options(
    cls: type[OptionsT],
    values: dict[str, Any],
    *,
    where: str,
    error: type[TradewindsError] = ConfigError,
) -> OptionsT:
    """Validate ``values`` against ``cls``; raise ``error`` naming each bad key and the known ones.

    Parameters
    ----------
    cls
        The backend's options class.
    values
        Raw options (from settings or from a request).
    where
        Where the values came from, for the message (``models.chat.options``).
    error
        ``ConfigError`` for settings, ``InvalidInput`` for per-request options.
    """
    try:
        return cls.model_validate(values)
    except ValidationError as exc:
        known = ", ".join(sorted(cls.model_fields)) or "none"
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                problems.append(f"unknown option {key!r}")
            else:
                problems.append(f"{key}: {err['msg']}")
        raise error(f"{where}: {'; '.join(problems)} (known options: {known})") from None


class ChatModel(ABC):
    """A chat backend bound to one model. Subclasses set ``backend`` and the capabilities."""

    backend: ClassVar[str] = ""
    can_stream: bool = True
    supports_tools: bool = False
    supports_schema: bool = False
    default_languages: ClassVar[tuple[str, ...]] = ("en",)
    """Languages its models write well unless ``ModelSpec.languages`` says otherwise."""
    Options: ClassVar[type[BackendOptions]] = BackendOptions
    RequestOptions: ClassVar[type[BackendOptions]] = BackendOptions

    def __init__(self, spec: ModelSpec, *, purpose: str = "") -> None:
        self.spec = spec
        self.purpose = purpose
        self.options = parse_options(self.Options, spec.options, where=self._where("options"))

    @property
    def model_name(self) -> str:
        """The configured model (a GGUF path, a served model name...)."""
        return self.spec.model

    def _where(self, what: str = "") -> str:
        base = f"models.{self.purpose}" if self.purpose else f"{self.backend} model"
        return f"{base}.{what}" if what else base

    def describe(self) -> dict[str, Any]:
        """Backend, model and capabilities, for ``tradewinds models list``."""
        return {
            "backend": self.backend,
            "model": self.model_name,
            "can_stream": self.can_stream,
            "supports_tools": self.supports_tools,
            "supports_schema": self.supports_schema,
        }

    def check(self) -> None:  # noqa: B027 - optional hook; nothing to check by default
        """Raise ``ModelUnavailable`` (saying how to fix it) if this model cannot be used."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release what this instance holds (connections). Shared weights stay loaded."""

    # --- public API -----------------------------------------------------------------------

    def chat(self, request: ChatRequest) -> ChatResult:
        """Answer ``request`` in one piece."""
        return self._chat(request, self._request_options(request))

    def stream(self, request: ChatRequest) -> ChunkStream:
        """Answer ``request`` as text deltas; the last chunk carries usage and finish reason.

        The request is checked now; the backend is contacted on the first ``next()``.
        """
        options = self._request_options(request)
        if not self.can_stream:  # one chunk with the whole answer
            return ChatModel._stream(self, request, options)
        return self._stream(request, options)

    def run(self, request: ChatRequest) -> ChatResult | ChunkStream:
        """``stream`` if ``request.stream`` else ``chat``: for surfaces that pass the flag on."""
        return self.stream(request) if request.stream else self.chat(request)

    def prompt(self, prompt: str, *, system: str | None = None, **fields: Any) -> ChatResult:
        """Shortcut: one user message (and an optional system message) in, a result out."""
        return self.chat(ChatRequest.from_prompt(prompt, system=system, **fields))

    # --- for backends ---------------------------------------------------------------------

    @abstractmethod
    def _chat(self, request: ChatRequest, options: Any) -> ChatResult:
        """Answer a request that already passed the capability checks."""

    def _stream(self, request: ChatRequest, options: Any) -> ChunkStream:
        """Stream an answer; the default yields the whole answer as one chunk."""
        yield from _as_chunks(self._chat(request, options))

    def _request_options(self, request: ChatRequest) -> BackendOptions:
        """Check capabilities; merge settings-level defaults with the request's options."""
        if request.tools and not self.supports_tools:
            raise InvalidInput(
                f"{self._where()} ({self.backend}) does not support tools; use a backend with "
                "tools (openai) or plan tool use in the prompt"
            )
        if request.json_schema is not None and not self.supports_schema:
            raise InvalidInput(f"{self._where()} ({self.backend}) cannot enforce a JSON schema")
        fields = self.RequestOptions.model_fields
        defaults = {k: getattr(self.options, k) for k in fields if hasattr(self.options, k)}
        return parse_options(
            self.RequestOptions,
            {**defaults, **request.options},
            where=f"{self._where()} request options",
            error=InvalidInput,
        )


def _as_chunks(result: ChatResult) -> list[StreamChunk]:
    return [
        StreamChunk(text=result.text, backend=result.backend, model=result.model),
        StreamChunk(
            finish_reason=result.finish_reason,
            usage=result.usage,
            tool_calls=list(result.tool_calls),
            backend=result.backend,
            model=result.model,
        ),
    ]


class EmbeddingModel(ABC):
    """An embedding backend bound to one model."""

    backend: ClassVar[str] = ""
    Options: ClassVar[type[BackendOptions]] = BackendOptions

    def __init__(self, spec: ModelSpec, *, purpose: str = "") -> None:
        self.spec = spec
        self.purpose = purpose
        where = f"models.{purpose}.options" if purpose else f"{self.backend} options"
        self.options = parse_options(self.Options, spec.options, where=where)

    @property
    def model_name(self) -> str:
        return self.spec.model

    @property
    @abstractmethod
    def dims(self) -> int:
        """Length of every vector this model returns (may load the model)."""

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "model": self.model_name}

    def check(self) -> None:  # noqa: B027 - optional hook; nothing to check by default
        """Raise ``ModelUnavailable`` (saying how to fix it) if this model cannot be used."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release what this instance holds."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order."""
        return self.embed_result(texts).vectors

    def embed_result(self, texts: Sequence[str]) -> EmbeddingResult:
        """Vectors plus token usage."""
        if isinstance(texts, str):
            raise InvalidInput("embed() takes a list of texts, not one string: embed([text])")
        items = list(texts)
        for i, text in enumerate(items):
            if not isinstance(text, str):
                raise InvalidInput(f"embed(): item {i} is {type(text).__name__}, expected str")
        if not items:
            return EmbeddingResult([], Usage(), self.backend, self.model_name)
        return self._embed(items)

    @abstractmethod
    def _embed(self, texts: list[str]) -> EmbeddingResult:
        """Embed a non-empty list of strings."""
