"""OpenAI-style answers read as plain JSON: server-sent events and usage objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tradewinds.core.errors import ModelUnavailable
from tradewinds.models.types import Usage


def usage_from(usage: dict[str, Any]) -> Usage:
    """The token counts of an OpenAI ``usage`` object."""
    return Usage(int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0))


def sse_events(lines: Iterator[str], where: str) -> Iterator[dict[str, Any]]:
    """The JSON events of an OpenAI-style server-sent-event stream, up to ``[DONE]``.

    Read as plain dicts: the SDK's typed chunks cost ~0.25 ms each (2.8 ms on a 10-piece
    stream against a canned server, measured). The body is read to its end even after
    ``[DONE]`` so the connection goes back to the pool. An ``error`` event (vLLM sends one
    when generation fails mid-stream) raises :class:`ModelUnavailable`.
    """
    done = False
    for line in lines:
        if done or not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            done = True
            continue
        try:
            event = json.loads(data)
        except ValueError:
            raise ModelUnavailable(
                f"{where}: the server sent a malformed event: {data[:200]}"
            ) from None
        if not isinstance(event, dict):
            continue
        if event.get("error"):
            error = event["error"]
            message = error.get("message") if isinstance(error, dict) else error
            raise ModelUnavailable(f"{where}: the server failed mid-stream: {str(message)[:500]}")
        yield event
