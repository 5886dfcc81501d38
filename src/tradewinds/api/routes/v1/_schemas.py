"""OpenAI request bodies as pydantic models, and their translation to the model layer.

Unknown fields are ignored (clients send newer options) but known fields are typed
strictly enough that ``"max_tokens": "ten"`` is a 400 naming the field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from tradewinds.core.errors import InvalidInput
from tradewinds.models import ChatRequest, Message, Tool, ToolCall


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ContentPart(_Body):
    type: StrictStr
    text: StrictStr | None = None


class FunctionCall(_Body):
    name: StrictStr
    arguments: StrictStr = "{}"


class ToolCallIn(_Body):
    id: StrictStr
    type: Literal["function"] = "function"
    function: FunctionCall


class MessageIn(_Body):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: StrictStr | list[ContentPart] | None = None
    name: StrictStr | None = None
    tool_calls: list[ToolCallIn] | None = None
    tool_call_id: StrictStr | None = None

    def text(self) -> str | None:
        if self.content is None or isinstance(self.content, str):
            return self.content
        kinds = {p.type for p in self.content} - {"text"}
        if kinds:
            raise InvalidInput(
                f"message content parts of type {', '.join(sorted(kinds))} are not supported "
                "(only 'text')",
                details={"param": "messages"},
            )
        return "".join(p.text or "" for p in self.content)


class FunctionIn(_Body):
    name: StrictStr
    description: StrictStr = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object"})


class ToolIn(_Body):
    type: Literal["function"] = "function"
    function: FunctionIn


class NamedFunction(_Body):
    name: StrictStr


class ToolChoiceIn(_Body):
    type: Literal["function"] = "function"
    function: NamedFunction


class JsonSchemaIn(_Body):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    name: StrictStr = "response"
    schema_: dict[str, Any] = Field(default_factory=lambda: {"type": "object"}, alias="schema")
    strict: StrictBool | None = None


class ResponseFormatIn(_Body):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaIn | None = None


class StreamOptionsIn(_Body):
    include_usage: StrictBool = False


class ChatCompletionIn(_Body):
    """``POST /v1/chat/completions``."""

    model: StrictStr
    messages: list[MessageIn] = Field(min_length=1)
    stream: StrictBool = False
    stream_options: StreamOptionsIn | None = None
    max_tokens: StrictInt | None = Field(default=None, gt=0)
    max_completion_tokens: StrictInt | None = Field(default=None, gt=0)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    seed: StrictInt | None = None
    stop: StrictStr | list[StrictStr] | None = None
    tools: list[ToolIn] | None = None
    tool_choice: Literal["auto", "none", "required"] | ToolChoiceIn | None = None
    response_format: ResponseFormatIn | None = None
    n: StrictInt = Field(default=1, ge=1, le=1, description="Only 1 is supported.")
    user: StrictStr | None = None

    def to_request(self) -> ChatRequest:
        """The model-layer request (raises ``InvalidInput`` / ``ValidationError``)."""
        messages = []
        for m in self.messages:
            role = "system" if m.role == "developer" else m.role
            calls = [
                ToolCall(id=c.id, name=c.function.name, arguments=c.function.arguments)
                for c in m.tool_calls or []
            ]
            messages.append(
                Message(
                    role=role,
                    content=m.text(),
                    name=m.name,
                    tool_calls=calls,
                    tool_call_id=m.tool_call_id,
                )
            )
        choice = self.tool_choice
        schema = None
        if self.response_format is not None and self.response_format.type != "text":
            given = self.response_format.json_schema
            schema = given.schema_ if given is not None else {"type": "object"}
        stop = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        return ChatRequest(
            messages=messages,
            tools=[Tool.model_validate(t.model_dump()) for t in self.tools or []],
            tool_choice=choice.function.name if isinstance(choice, ToolChoiceIn) else choice,
            json_schema=schema,
            max_tokens=self.max_completion_tokens or self.max_tokens,
            temperature=self.temperature,
            seed=self.seed,
            stop=stop,
            stream=self.stream,
            options={
                k: v
                for k, v in {
                    "top_p": self.top_p,
                    "presence_penalty": self.presence_penalty,
                    "frequency_penalty": self.frequency_penalty,
                }.items()
                if v is not None
            },
        )


class EmbeddingsIn(_Body):
    """``POST /v1/embeddings``."""

    model: StrictStr
    input: StrictStr | list[StrictStr] | list[StrictInt] | list[list[StrictInt]]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: StrictInt | None = Field(default=None, gt=0)
    user: StrictStr | None = None

    def texts(self) -> list[str]:
        if isinstance(self.input, str):
            return [self.input]
        if any(not isinstance(item, str) for item in self.input):
            raise InvalidInput(
                "input as token ids is not supported; send text (a string or a list of strings)",
                details={"param": "input"},
            )
        texts = [str(item) for item in self.input]
        if not texts:
            raise InvalidInput("input must not be empty", details={"param": "input"})
        if len(texts) > 2048:
            raise InvalidInput(
                f"input has {len(texts)} items (at most 2048)", details={"param": "input"}
            )
        return texts
