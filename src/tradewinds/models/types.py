"""The data that crosses the model layer: messages, requests, results, stream chunks.

Inputs (``Message``, ``Tool``, ``ChatRequest``) are pydantic models that reject unknown
fields, because they are built from user and API input. Outputs (``Usage``, ``ChatResult``,
``StreamChunk``, ``EmbeddingResult``) are plain frozen dataclasses: backends build them, and
nothing needs to validate them again.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tradewinds.core.errors import InvalidModelOutput

Role = Literal["system", "user", "assistant", "tool"]
FinishReason = Literal["stop", "length", "tool_calls", "content_filter"]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ToolCall(_Input):
    """A call the model asks the caller to make; ``arguments`` is JSON text, as in OpenAI."""

    id: str
    name: str
    arguments: str = "{}"

    def parsed_arguments(self) -> dict[str, Any]:
        """The arguments as a dict; ``InvalidModelOutput`` if the model wrote bad JSON."""
        try:
            value = json.loads(self.arguments or "{}")
        except json.JSONDecodeError as exc:
            raise InvalidModelOutput(
                f"tool call {self.name!r}: arguments are not valid JSON ({exc.msg} at "
                f"position {exc.pos}): {self.arguments[:200]!r}"
            ) from None
        if not isinstance(value, dict):
            raise InvalidModelOutput(
                f"tool call {self.name!r}: arguments must be a JSON object, got {value!r}"
            )
        return value


class Message(_Input):
    """One turn of a conversation, in the roles OpenAI uses."""

    role: Role
    content: str | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list)
    tool_call_id: str | None = Field(
        default=None, description="For role 'tool': the id of the call this answers."
    )
    name: str | None = None

    @model_validator(mode="after")
    def _check_role_fields(self) -> Message:
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a 'tool' message needs tool_call_id (the id of the call it answers)")
        if self.role in ("system", "user") and self.content is None:
            raise ValueError(f"a {self.role!r} message needs content")
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only 'assistant' messages carry tool_calls")
        return self

    @classmethod
    def system(cls, content: str) -> Message:
        return cls(role="system", content=content)

    @classmethod
    def user(cls, content: str) -> Message:
        return cls(role="user", content=content)

    @classmethod
    def assistant(cls, content: str | None, tool_calls: Iterable[ToolCall] = ()) -> Message:
        return cls(role="assistant", content=content, tool_calls=list(tool_calls))

    @classmethod
    def tool(cls, tool_call_id: str, content: str) -> Message:
        return cls(role="tool", tool_call_id=tool_call_id, content=content)

    def to_openai(self) -> dict[str, Any]:
        """This message as an OpenAI chat-completions message dict."""
        data: dict[str, Any] = {"role": self.role, "content": self.content}
        if self.name:
            data["name"] = self.name
        if self.tool_call_id:
            data["tool_call_id"] = self.tool_call_id
        if self.tool_calls:
            data["tool_calls"] = [
                {
                    "id": c.id,
                    "type": "function",
                    "function": {"name": c.name, "arguments": c.arguments},
                }
                for c in self.tool_calls
            ]
        return data


class FunctionSpec(_Input):
    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object"})


class Tool(_Input):
    """A tool in OpenAI function format: ``{"type": "function", "function": {...}}``."""

    type: Literal["function"] = "function"
    function: FunctionSpec

    def to_openai(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class ChatRequest(_Input):
    """Everything a chat backend needs for one completion.

    ``tool_choice`` is ``"auto"``, ``"none"``, ``"required"`` or the name of one tool.
    ``json_schema`` asks for a JSON answer matching that schema (backends with
    ``supports_schema`` enforce it). ``options`` are backend-specific per-request options,
    validated by the backend. ``stream`` is read by ``ChatModel.run``; ``chat`` and
    ``stream`` ignore it.
    """

    messages: list[Message] = Field(min_length=1)
    tools: list[Tool] = Field(default_factory=list)
    tool_choice: str | None = None
    json_schema: dict[str, Any] | None = None
    max_tokens: int | None = Field(default=None, gt=0)
    temperature: float | None = Field(default=None, ge=0, le=2)
    seed: int | None = None
    stop: list[str] = Field(default_factory=list, max_length=8)
    stream: bool = False
    options: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_tool_choice(self) -> ChatRequest:
        if self.tool_choice in (None, "auto", "none"):
            return self
        names = {t.function.name for t in self.tools}
        if self.tool_choice == "required" and names:
            return self
        if self.tool_choice not in names:
            raise ValueError(
                f"tool_choice={self.tool_choice!r} must be 'auto', 'none', 'required' or the "
                f"name of a tool in tools (have: {sorted(names) or 'none'})"
            )
        return self

    @classmethod
    def from_prompt(cls, prompt: str, *, system: str | None = None, **fields: Any) -> ChatRequest:
        """A one-turn request: an optional system message, then ``prompt`` as the user."""
        messages = ([Message.system(system)] if system else []) + [Message.user(prompt)]
        return cls(messages=messages, **fields)


@dataclass(frozen=True)
class Usage:
    """Tokens consumed. ``estimated`` is true when the server did not report them."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total_tokens": self.total_tokens}


@dataclass(frozen=True)
class ChatResult:
    """A finished completion. ``backend`` and ``model`` say who actually answered."""

    text: str
    finish_reason: FinishReason
    usage: Usage
    backend: str
    model: str
    tool_calls: list[ToolCall] = field(default_factory=list)
    reasoning: str = ""

    def json(self) -> Any:
        """The text parsed as JSON; ``InvalidModelOutput`` (with the likely cause) if it is not."""
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as exc:
            hint = (
                " (the answer was cut off at max_tokens: raise max_tokens)"
                if self.finish_reason == "length"
                else ""
            )
            raise InvalidModelOutput(
                f"{self.backend} model {self.model!r} did not answer valid JSON{hint}: "
                f"{exc.msg} at position {exc.pos} of {self.text[:200]!r}"
            ) from None

    def message(self) -> Message:
        """The answer as an assistant message, to append to the conversation."""
        return Message.assistant(self.text or None, self.tool_calls)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "finish_reason": self.finish_reason,
            "usage": self.usage.to_dict(),
            "backend": self.backend,
            "model": self.model,
            "tool_calls": [c.model_dump() for c in self.tool_calls],
            "reasoning": self.reasoning,
        }


@dataclass(frozen=True)
class StreamChunk:
    """A piece of a streamed answer. The last chunk has ``finish_reason`` and ``usage`` set
    (and the complete ``tool_calls``, if any); the others carry text deltas only."""

    text: str = ""
    finish_reason: FinishReason | None = None
    usage: Usage | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    backend: str = ""
    model: str = ""

    @property
    def is_final(self) -> bool:
        return self.finish_reason is not None


ChunkStream = Generator[StreamChunk, None, None]
"""What ``ChatModel.stream`` returns: iterate it; ``close()`` it to stop early."""


def collect_stream(chunks: Iterable[StreamChunk]) -> ChatResult:
    """Join a stream into the ``ChatResult`` a non-streaming call would have returned."""
    parts: list[str] = []
    final: StreamChunk | None = None
    backend = model = ""
    for chunk in chunks:
        parts.append(chunk.text)
        backend, model = chunk.backend or backend, chunk.model or model
        if chunk.is_final:
            final = chunk
    if final is None:
        raise InvalidModelOutput(f"{backend or 'model'} stream ended without a final chunk")
    return ChatResult(
        text="".join(parts),
        finish_reason=final.finish_reason or "stop",
        usage=final.usage or Usage(estimated=True),
        backend=backend,
        model=model,
        tool_calls=list(final.tool_calls),
    )


_FINISH_REASONS: dict[str, FinishReason] = {
    "length": "length",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
    "content_filter": "content_filter",
}


def normalise_finish_reason(value: str | None) -> FinishReason:
    """Map the finish reasons servers send to ours (``function_call`` → ``tool_calls``)."""
    return _FINISH_REASONS.get(value or "", "stop")


@dataclass(frozen=True)
class EmbeddingResult:
    """Vectors in input order, with the tokens the backend counted."""

    vectors: list[list[float]]
    usage: Usage
    backend: str
    model: str

    @property
    def dims(self) -> int:
        return len(self.vectors[0]) if self.vectors else 0
