"""The ``openai`` backend reading answers as plain JSON, against a scripted HTTP server.

llama.cpp's server (``test_openai_compat.py``) never sends tool-call deltas split across
chunks, reasoning text, a mid-stream error or a malformed event; this server sends exactly
those bytes, over real HTTP on 127.0.0.1, and counts the TCP connections it accepts.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.models.conftest import settings_with
from tradewinds.core.errors import ModelUnavailable
from tradewinds.models import ChatRequest, collect_stream, get_chat_model


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"model": "scripted", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _call_delta(index: int, **function: str) -> dict[str, Any]:
    part: dict[str, Any] = {"index": index, "function": function}
    if "name" in function:
        part["id"] = f"call_{index}"
    return _chunk({"tool_calls": [part]})


STREAMS: dict[str, list[str]] = {
    "tools": [
        json.dumps(_chunk({"role": "assistant", "content": "Let me"})),
        json.dumps(_chunk({"content": " check."})),
        json.dumps(_call_delta(0, name="search", arguments='{"q": ')),
        json.dumps(_call_delta(0, arguments='"tent"}')),
        json.dumps(_call_delta(1, name="stock", arguments='{"id": 7}')),
        json.dumps(_chunk({}, "tool_calls")),
        json.dumps(
            {
                "model": "scripted",
                "choices": [],
                "usage": {"prompt_tokens": 31, "completion_tokens": 9},
            }
        ),
        "[DONE]",
    ],
    "error": [
        json.dumps(_chunk({"content": "Half an ans"})),
        json.dumps({"error": {"message": "CUDA out of memory", "code": 500}}),
        "[DONE]",
    ],
    "malformed": [json.dumps(_chunk({"content": "ok"})), '{"choices": [', "[DONE]"],
}

CHAT = {
    "model": "scripted",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "reasoning_content": "The shopper wants a tent.",
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "search", "arguments": '{"q": "tent"}'},
                    },
                ],
            },
        }
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 5},
}


class _Server:
    def __init__(self) -> None:
        self.connections = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is visible

            def setup(self) -> None:
                server.connections += 1
                super().setup()

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length))
                if body.get("stream"):
                    events = STREAMS[body["messages"][-1]["content"]]
                    data = "".join(f"data: {e}\n\n" for e in events).encode()
                    kind = "text/event-stream"
                else:
                    data, kind = json.dumps(CHAT).encode(), "application/json"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def server() -> Iterator[_Server]:
    scripted = _Server()
    yield scripted
    scripted.httpd.shutdown()
    scripted.httpd.server_close()


def _model(server: _Server) -> Any:
    spec = {"backend": "openai", "model": "scripted", "base_url": server.url, "timeout_s": 10,
            "options": {"max_retries": 0}}  # fmt: skip
    return get_chat_model("chat", settings_with(chat=spec))


def test_stream_joins_text_and_split_tool_call_deltas_with_server_usage(server: _Server) -> None:
    result = collect_stream(_model(server).stream(ChatRequest.from_prompt("tools")))
    assert result.text == "Let me check."
    assert [(c.id, c.name, json.loads(c.arguments)) for c in result.tool_calls] == [
        ("call_0", "search", {"q": "tent"}),
        ("call_1", "stock", {"id": 7}),
    ]
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (31, 9)
    assert not result.usage.estimated
    assert result.finish_reason == "tool_calls"
    assert result.model == "scripted"


def test_streams_reuse_one_connection(server: _Server) -> None:
    model = _model(server)
    for _ in range(3):
        assert collect_stream(model.stream(ChatRequest.from_prompt("tools"))).text
    assert server.connections == 1


def test_error_event_mid_stream_is_model_unavailable(server: _Server) -> None:
    stream = _model(server).stream(ChatRequest.from_prompt("error"))
    assert next(stream).text == "Half an ans"
    with pytest.raises(ModelUnavailable, match="failed mid-stream: CUDA out of memory"):
        next(stream)


def test_malformed_event_is_model_unavailable_naming_it(server: _Server) -> None:
    with pytest.raises(ModelUnavailable, match=r"malformed event: \{\"choices\": \["):
        collect_stream(_model(server).stream(ChatRequest.from_prompt("malformed")))


def test_chat_reads_tool_calls_reasoning_and_usage(server: _Server) -> None:
    result = _model(server).chat(ChatRequest.from_prompt("anything"))
    assert result.text == ""
    assert [(c.id, c.name, c.arguments) for c in result.tool_calls] == [
        ("c1", "search", '{"q": "tent"}')
    ]
    assert result.reasoning == "The shopper wants a tent."
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (12, 5)
    assert result.finish_reason == "tool_calls"
