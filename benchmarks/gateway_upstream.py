"""A canned OpenAI-compatible server for benchmarks/gateway_http.py: answers at once.

``python benchmarks/gateway_upstream.py PORT [PIECES]`` serves ``/v1/models`` and
``/v1/chat/completions`` (10 content pieces, or ``PIECES`` of them, streamed or not, with
usage) on 127.0.0.1.
"""

import json
import sys

import uvicorn

PIECES = ["Sturdy", ",", " bright", " and", " light", ":", " a", " lantern", " for", " camp."]
if len(sys.argv) > 2:  # a long answer: the ten pieces over and over
    PIECES = [PIECES[i % len(PIECES)] for i in range(int(sys.argv[2]))]


def chunk(delta, finish=None):
    return {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "canned",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            done = msg["type"] == "lifespan.shutdown"
            await send({"type": msg["type"] + ".complete"})
            if done:
                return
    body = b""
    while True:
        msg = await receive()
        body += msg.get("body", b"")
        if not msg.get("more_body"):
            break
    usage = {"prompt_tokens": 20, "completion_tokens": len(PIECES), "total_tokens": 30}
    req = json.loads(body) if body else {}
    if scope["path"].endswith("/chat/completions") and req.get("stream"):
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        events = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": p}) for p in PIECES] + [chunk({}, "stop")]
        if (req.get("stream_options") or {}).get("include_usage"):
            events.append({**chunk({}), "choices": [], "usage": usage})
        for event in events:
            data = b"data: " + json.dumps(event).encode() + b"\n\n"
            await send({"type": "http.response.body", "body": data, "more_body": True})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
        return
    if scope["path"].endswith("/chat/completions"):
        out = {
            "id": "c",
            "object": "chat.completion",
            "created": 0,
            "model": "canned",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "".join(PIECES)},
                }
            ],
            "usage": usage,
        }
    else:
        out = {"object": "list", "data": [{"id": "canned", "object": "model", "owned_by": "x"}]}
    data = json.dumps(out).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": data})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
