"""A FAKE OpenAI-compatible chat server standing in for Qwen3 on vLLM/SGLang.

No Qwen weights exist on this machine, so this server answers ``/v1/chat/completions``
from a script (tool calls, then a final text) and records every request, for the agent
tests to drive the real ``openai`` backend, gateway, tools and verifier.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.models.conftest import free_port

Body = dict[str, Any]
Step = Body | Callable[[Body], Body]


def call(name: str, arguments: dict[str, Any] | str, call_id: str = "") -> Body:
    """A reply with one native tool call (``arguments`` as a dict, or raw text)."""
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"tool_calls": [{"id": call_id or f"call_{name}", "type": "function",
                            "function": {"name": name, "arguments": raw}}]}  # fmt: skip


def hermes(name: str, arguments: dict[str, Any]) -> str:
    """A Qwen/Hermes-style tool call written in the text."""
    return f"<tool_call>\n{json.dumps({'name': name, 'arguments': arguments})}\n</tool_call>"


def say(text: str) -> Body:
    """A reply with text only (a final answer, or Hermes-style ``<tool_call>`` text)."""
    return {"content": text}


class ScriptedModel:
    """The fake OpenAI-compatible server: each POST takes the next step of ``script``."""

    def __init__(self) -> None:
        self.script: list[Step] = []
        self.requests: list[Body] = []
        model = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Body) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._send(
                    200, {"object": "list", "data": [{"id": "qwen3-fake", "object": "model"}]}
                )

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                model.requests.append(body)
                if not model.script:
                    self._send(500, {"error": {"message": "the script has no more replies"}})
                    return
                step = model.script.pop(0)
                reply = step(body) if callable(step) else step
                message = {"role": "assistant", "content": reply.get("content")}
                if reply.get("tool_calls"):
                    message["tool_calls"] = reply["tool_calls"]
                finish = "tool_calls" if reply.get("tool_calls") else "stop"
                self._send(200, {
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": 0,
                    "model": "qwen3-fake",
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
                })  # fmt: skip

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def assistant_spec(base_url: str) -> dict[str, Any]:
    return {"backend": "openai", "model": "qwen3-fake", "base_url": base_url, "timeout_s": 10,
            "options": {"max_retries": 0}}  # fmt: skip
