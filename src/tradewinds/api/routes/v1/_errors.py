"""OpenAI's error shape for every ``/v1`` failure: ``{"error": {"message", "type", "param",
"code"}}``, so OpenAI clients raise their usual exceptions (``AuthenticationError``,
``RateLimitError``, ...). Refusals carry ``Retry-After``; nothing leaks a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError

from tradewinds.core.errors import (
    InvalidInput,
    InvalidModelOutput,
    ModelUnavailable,
    NotFound,
    TradewindsError,
    Unauthorized,
)
from tradewinds.gateway import BudgetExceeded, RateLimited, UnknownModel

log = logging.getLogger(__name__)


def openai_error(
    status: int,
    message: str,
    *,
    type_: str,
    code: str | None = None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


def error_payload(exc: TradewindsError) -> tuple[int, dict[str, Any], dict[str, str]]:
    """Status, OpenAI error body and headers for one of our errors."""
    headers: dict[str, str] = {}
    param = None
    if isinstance(exc, Unauthorized):
        status, type_, code = 401, "invalid_request_error", "invalid_api_key"
        headers["WWW-Authenticate"] = "Bearer"
    elif isinstance(exc, BudgetExceeded):
        status, type_, code = 429, "insufficient_quota", exc.code
        headers["Retry-After"] = str(exc.retry_after)
    elif isinstance(exc, RateLimited):
        status, type_, code = 429, "rate_limit_error", exc.code
        headers["Retry-After"] = str(exc.retry_after)
    elif isinstance(exc, UnknownModel):
        status, type_, code, param = 404, "invalid_request_error", exc.code, "model"
    elif isinstance(exc, NotFound):
        status, type_, code = 404, "invalid_request_error", exc.code
    elif isinstance(exc, InvalidInput):
        status, type_, code = 400, "invalid_request_error", exc.code
        param = exc.details.get("param")
    elif isinstance(exc, ModelUnavailable | InvalidModelOutput):
        # Every fallback failed: a bad gateway, not our own unavailability.
        status, type_, code = 502, "api_error", exc.code
    else:
        status, type_, code = exc.http_status, "api_error", exc.code
    if status >= 500:
        log.error("%s: %s", type(exc).__name__, exc.message)
    body = {"error": {"message": exc.message, "type": type_, "param": param, "code": code}}
    return status, body, headers


def _validation_message(errors: list[Any]) -> tuple[str, str | None]:
    if errors and errors[0].get("type") == "json_invalid":
        ctx = errors[0].get("ctx", {})
        return f"the request body is not valid JSON ({ctx.get('error', 'parse error')})", None
    parts = []
    first_param = None
    for err in errors[:5]:
        loc = [str(p) for p in err.get("loc", ()) if p != "body"]
        name = ".".join(loc) or "body"
        first_param = first_param or name
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) else ""
        parts.append(f"{name}: {err.get('msg', 'invalid')}{shown}")
    return "invalid request: " + "; ".join(parts), first_param


class OpenAIRoute(APIRoute):
    """A route whose failures come back in OpenAI's error shape."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except (RequestValidationError, ValidationError) as exc:
                message, param = _validation_message(list(exc.errors()))
                return openai_error(
                    400, message, type_="invalid_request_error", code="invalid_input", param=param
                )
            except TradewindsError as exc:
                status, body, headers = error_payload(exc)
                return JSONResponse(body, status_code=status, headers=headers)
            except Exception:
                log.exception("unhandled error on %s %s", request.method, request.url.path)
                return openai_error(
                    500,
                    "internal server error; the details are in the server log",
                    type_="api_error",
                )

        return handle
