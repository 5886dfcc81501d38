"""Request ids: every response carries ``X-Request-ID`` and every log line of the request
its ``request_id`` (``core/logs.py``).

A client's own ``X-Request-ID`` is kept when it looks like an id (1-64 letters, digits,
``.``, ``_``, ``-``), so a proxy's id follows the request; anything else is replaced by a
new one rather than copied into logs.
"""

from __future__ import annotations

import re
import uuid

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradewinds.core.logs import bind_request

HEADER = "X-Request-ID"
_ID = re.compile(r"[A-Za-z0-9._\-]{1,64}")


def request_id(given: str | None) -> str:
    """The client's id when it is a plain token, else a new random one."""
    if given and _ID.fullmatch(given):
        return given
    return uuid.uuid4().hex


def install_request_ids(app: FastAPI) -> None:
    """Bind each request's id for logging and return it in ``X-Request-ID``."""
    app.add_middleware(_RequestIds)


class _RequestIds:
    """Plain ASGI middleware (no extra task per request, streaming untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = Headers(scope=scope).get(HEADER)
        rid = request_id(given)
        bind_request(rid)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[HEADER] = rid
            await send(message)

        await self.app(scope, receive, send_with_id)
