"""One JSON error shape for every failure: ``{"error": {"code", "message", "details"}}``.

* :class:`~tradewinds.core.errors.TradewindsError` -> its ``http_status`` and ``code``;
* request validation (bad query parameter, header...) -> 422 ``invalid_input`` naming the
  parameter and what was expected;
* unknown routes and wrong methods -> 404 ``not_found`` / 405 ``method_not_allowed``;
* anything else -> 500 ``internal`` with a generic message: the traceback goes to the
  server log, never to the client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradewinds.core.errors import TradewindsError, Unauthorized

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


class NotReady(TradewindsError):
    """The service cannot serve requests yet (database unreachable or not migrated)."""

    code = "not_ready"
    http_status = 503


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or {}}}


async def _tradewinds_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TradewindsError)
    if exc.http_status >= 500:
        log.error("%s: %s", type(exc).__name__, exc.message)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    return JSONResponse(exc.to_dict(), status_code=exc.http_status, headers=headers)


def _describe(err: dict[str, Any]) -> dict[str, Any]:
    loc = [str(part) for part in err.get("loc", ())]
    where = loc[0] if loc else "request"
    name = ".".join(loc[1:]) or where
    item: dict[str, Any] = {"location": where, "parameter": name, "message": err.get("msg", "")}
    if "input" in err and isinstance(err["input"], str | int | float | bool):
        item["input"] = err["input"]
    return item


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [_describe(e) for e in exc.errors()]
    message = "; ".join(
        f"{p['location']} parameter {p['parameter']!r}: {p['message']}"
        + (f" (got {p['input']!r})" if "input" in p else "")
        for p in problems
    )
    return JSONResponse(
        error_body("invalid_input", message or "invalid request", {"problems": problems}),
        status_code=422,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    if exc.status_code == 404 and exc.detail == "Not Found":
        message = f"no route {request.method} {request.url.path} (see /docs for the API)"
    elif exc.status_code == 405:
        message = f"method {request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return JSONResponse(
        error_body(code, message),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


class CatchUnexpected:
    """ASGI middleware turning an unhandled exception into the JSON 500 (no traceback).

    Starlette's own ``Exception`` handler re-raises after responding; catching here keeps
    the response in our shape and logs the traceback once, on the server.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late to send our shape; let the server close the connection
                raise
            response = JSONResponse(
                error_body("internal", "internal server error; the details are in the server log"),
                status_code=500,
            )
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers and the catch-all middleware on ``app``."""
    app.add_exception_handler(TradewindsError, _tradewinds_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_middleware(CatchUnexpected)
