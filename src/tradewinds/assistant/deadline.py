"""A gateway chat call that gives up after a deadline, and stops the model when it does.

The model layer's own ``timeout_s`` (per purpose, in settings) bounds one backend call,
but it is shared by every feature and usually generous (120 s); a shopper waiting for an
answer needs a tighter bound per call. The backends take no per-request timeout, and the
first token can be slow (loading the model, waiting for it, reading the prompt), so the
stream runs in a worker thread while the caller waits at most ``deadline_s``:

* in time: the answer's text is returned;
* late: the caller gets :class:`ModelDeadline` at once; the worker sees the cancel flag at
  the next chunk (the first one at the latest), closes the stream, which stops generation
  and releases the model (the gateway meters what was generated as ``client_closed``),
  and ends. Its result is dropped with it: nothing keeps a reference to it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.settings import Settings
from tradewinds.models import ChatRequest
from tradewinds.store import Database

log = logging.getLogger(__name__)

THREAD_NAME = "assistant-model-call"


class ModelDeadline(ModelUnavailable):
    """The model did not finish its answer within the caller's deadline."""

    code = "model_deadline"

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s", details={"seconds": seconds})
        self.seconds = seconds


def chat_within(
    db: Database,
    tenant_id: int,
    request: ChatRequest,
    *,
    deadline_s: float,
    model: str = "extract",
    feature: str = "assistant",
    settings: Settings | None = None,
) -> str:
    """The text of ``model``'s answer to ``request`` (through the gateway: metered,
    moderated, labelled), if it is complete within ``deadline_s`` seconds.

    Raises
    ------
    ValueError
        ``deadline_s`` is not a positive number of seconds.
    ModelDeadline
        The answer was not complete in time (the model is stopped at its next token).
    TradewindsError
        Whatever the gateway raised in time (model down, budget, moderation...).
    """
    if not deadline_s > 0:
        raise ValueError(f"deadline_s must be a positive number of seconds, got {deadline_s!r}")
    from tradewinds.gateway import stream_chat

    done = threading.Event()
    cancel = threading.Event()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            stream = stream_chat(db, tenant_id, request, model=model, feature=feature,
                                 settings=settings)  # fmt: skip
            try:
                parts: list[str] = []
                for chunk in stream:
                    if cancel.is_set():
                        return  # the finally below closes the stream: generation stops
                    parts.append(chunk.text)
                box["text"] = "".join(parts)
            finally:
                stream.close()
        except BaseException as exc:  # handed to the caller, or logged if it left already
            box["error"] = exc
            if cancel.is_set():
                log.debug("late model call ended with %s: %s", type(exc).__name__, exc)
        finally:
            done.set()

    worker = threading.Thread(target=work, name=THREAD_NAME, daemon=True)
    worker.start()
    if not done.wait(deadline_s):
        cancel.set()
        raise ModelDeadline(deadline_s)
    if "error" in box:
        raise box["error"]
    return str(box["text"])
