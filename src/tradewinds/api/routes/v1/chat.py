"""``POST /v1/chat/completions``, in one piece or streamed as server-sent events."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import AsyncGenerator, Iterator

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.responses import Response

from tradewinds.api.routes.v1 import _bodies as bodies
from tradewinds.api.routes.v1._auth import KeyDep, V1GatewayDep
from tradewinds.api.routes.v1._errors import OpenAIRoute, error_payload
from tradewinds.api.routes.v1._schemas import ChatCompletionIn
from tradewinds.core.errors import TradewindsError
from tradewinds.gateway import ChatStream

log = logging.getLogger(__name__)
router = APIRouter(route_class=OpenAIRoute, tags=["openai"])

LABEL_HEADER = "X-AIGC-Label"


@router.post(
    "/chat/completions",
    operation_id="create_chat_completion",
    summary="Create a chat completion",
    response_model=None,
)
def create_chat_completion(body: ChatCompletionIn, key: KeyDep, gateway: V1GatewayDep) -> Response:
    """OpenAI-compatible chat completion; ``stream: true`` answers with SSE chunks."""
    request = body.to_request()
    if body.stream:
        stream = gateway.stream_chat(key.tenant_id, request, model=body.model, key=key)
        usage = body.stream_options is not None and body.stream_options.include_usage
        return StreamingResponse(
            in_batches(_events(stream, include_usage=usage)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    outcome = gateway.chat(key.tenant_id, request, model=body.model, key=key)
    headers = {LABEL_HEADER: outcome.label.header_value} if outcome.label is not None else None
    return JSONResponse(bodies.completion_body(outcome), headers=headers)


def _events(stream: ChatStream, *, include_usage: bool) -> Iterator[str]:
    """SSE lines; a cut stream ends with an ``{"error": ...}`` event and no ``[DONE]``."""
    try:
        yield bodies.sse(bodies.first_chunk(stream))
        for chunk in stream:
            if chunk.text:
                yield bodies.sse(bodies.text_chunk(stream, chunk.text))
            if chunk.is_final:
                yield bodies.sse(bodies.final_chunk(stream, chunk))
                if include_usage and chunk.usage is not None:
                    yield bodies.sse(bodies.usage_chunk(stream, chunk.usage))
    except TradewindsError as exc:
        yield bodies.sse(error_payload(exc)[1])
        return
    except Exception:
        log.exception("stream %s failed", stream.id)
        yield bodies.sse(
            {
                "error": {
                    "message": "internal server error; the details are in the server log",
                    "type": "api_error",
                    "param": None,
                    "code": None,
                }
            }
        )
        return
    finally:
        stream.close()
    yield "data: [DONE]\n\n"


async def in_batches(events: Iterator[str]) -> AsyncGenerator[str, None]:
    """``events`` produced by one thread of their own, each write carrying every event
    that is ready by then.

    Starlette iterates a synchronous body with one thread-pool round trip per item, and
    each item becomes its own socket write; a model's tokens arrive one at a time anyway,
    but when several are ready (a fast upstream, a burst after a pause) they now leave in
    one write. Nothing waits for more: a write goes out as soon as anything is ready. When
    the client goes away, the producer stops after its current event and closes
    ``events`` (which meters the stream as closed by the client).
    """
    loop = asyncio.get_running_loop()
    ready: deque[str] = deque()
    wake = asyncio.Event()
    state = {"pending": False, "done": False}
    stop = threading.Event()

    def signal() -> None:
        state["pending"] = True
        try:
            loop.call_soon_threadsafe(wake.set)
        except RuntimeError:  # the loop is gone (the response was abandoned): nobody waits
            stop.set()

    def produce() -> None:
        try:
            for event in events:
                ready.append(event)
                if not state["pending"]:  # one wake-up per batch, not per event
                    signal()
                if stop.is_set():
                    break
        except Exception:
            log.exception("stream producer failed")
        finally:
            close = getattr(events, "close", None)
            if close is not None:
                close()
            state["done"] = True
            signal()

    threading.Thread(target=produce, name="sse-producer", daemon=True).start()
    try:
        while True:
            await wake.wait()
            wake.clear()
            state["pending"] = False
            done = state["done"]  # read before draining: nothing can follow it
            batch = []
            while ready:
                batch.append(ready.popleft())
            if batch:
                yield "".join(batch)
            if done and not ready:
                return
    finally:
        stop.set()
