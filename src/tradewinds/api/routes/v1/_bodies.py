"""Response bodies in OpenAI's shapes (``chat.completion``, ``chat.completion.chunk``,
``list`` of embeddings or models), plus the AI-content label as ``aigc_label``."""

from __future__ import annotations

import base64
import json
import struct
from typing import Any

from tradewinds.gateway import ChatOutcome, ChatStream, EmbedOutcome, ModelEntry
from tradewinds.models import StreamChunk, ToolCall, Usage


def usage_body(usage: Usage) -> dict[str, int]:
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
    }


def _tool_calls(calls: list[ToolCall], *, indexed: bool) -> list[dict[str, Any]]:
    return [
        {
            **({"index": i} if indexed else {}),
            "id": c.id,
            "type": "function",
            "function": {"name": c.name, "arguments": c.arguments},
        }
        for i, c in enumerate(calls)
    ]


def completion_body(outcome: ChatOutcome) -> dict[str, Any]:
    result = outcome.result
    message: dict[str, Any] = {"role": "assistant", "content": result.text or None}
    if result.tool_calls:
        message["tool_calls"] = _tool_calls(result.tool_calls, indexed=False)
    elif not result.text:
        message["content"] = ""
    body: dict[str, Any] = {
        "id": outcome.id,
        "object": "chat.completion",
        "created": outcome.created,
        "model": outcome.model,
        "choices": [{"index": 0, "message": message, "finish_reason": result.finish_reason}],
        "usage": usage_body(result.usage),
        "system_fingerprint": None,
    }
    if outcome.label is not None:
        body["aigc_label"] = outcome.label.metadata
    return body


def _chunk(stream: ChatStream, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": stream.id,
        "object": "chat.completion.chunk",
        "created": stream.created,
        "model": stream.model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def sse(data: dict[str, Any]) -> str:
    """One server-sent event: ``data: {json}`` and a blank line."""
    return f"data: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"


def first_chunk(stream: ChatStream) -> dict[str, Any]:
    return _chunk(stream, {"role": "assistant", "content": ""}, None)


def text_chunk(stream: ChatStream, text: str) -> dict[str, Any]:
    return _chunk(stream, {"content": text}, None)


def final_chunk(stream: ChatStream, chunk: StreamChunk) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    if chunk.tool_calls:
        delta["tool_calls"] = _tool_calls(chunk.tool_calls, indexed=True)
    body = _chunk(stream, delta, chunk.finish_reason)
    if stream.label is not None:
        body["aigc_label"] = stream.label.metadata
    return body


def usage_chunk(stream: ChatStream, usage: Usage) -> dict[str, Any]:
    body = _chunk(stream, {}, None)
    body["choices"] = []
    body["usage"] = usage_body(usage)
    return body


def embeddings_body(outcome: EmbedOutcome, encoding: str) -> dict[str, Any]:
    def encode(vector: list[float]) -> list[float] | str:
        if encoding == "base64":  # little-endian float32, as OpenAI sends them
            return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        return vector

    result = outcome.result
    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": i, "embedding": encode(v)}
            for i, v in enumerate(result.vectors)
        ],
        "model": outcome.model,
        "usage": {
            "prompt_tokens": result.usage.prompt_tokens,
            "total_tokens": result.usage.prompt_tokens,
        },
    }


def model_body(entry: ModelEntry) -> dict[str, Any]:
    return {
        "id": entry.alias,
        "object": "model",
        "created": 0,
        "owned_by": "tradewinds",
        "kind": entry.kind,
    }
