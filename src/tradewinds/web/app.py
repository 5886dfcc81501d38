"""Mount the pages, their static files and the HTML 404 onto the FastAPI app."""

from __future__ import annotations

import inspect
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from tradewinds.web import media, storefront
from tradewinds.web.admin import console_not_found, install_admin
from tradewinds.web.page import not_found_response, page_request
from tradewinds.web.storefront.paying import check_payments

STATIC = Path(__file__).parent / "static"
# Paths whose clients read JSON: their errors keep the API's one error shape.
_MACHINE_PREFIXES = ("/api/", "/v1/", "/metrics", "/healthz", "/readyz", "/openapi.json")


def wants_html(request: Request) -> bool:
    """Whether an error on this request should be a page: a browser's request (``Accept``
    names text/html) for a path that is not part of the API."""
    if request.url.path.startswith(_MACHINE_PREFIXES) or request.method not in ("GET", "HEAD"):
        return False
    return "text/html" in request.headers.get("accept", "")


def is_console(request: Request) -> bool:
    """Whether ``request`` is for the merchant console (``/admin`` and below)."""
    path = request.url.path
    return path == "/admin" or path.startswith("/admin/")


def install_web(app: FastAPI) -> None:
    """Add the storefront's routes, ``/media`` and ``/static`` to ``app``; a 404 a browser receives
    outside the API becomes the HTML page (everything else keeps the JSON handler)."""
    check_payments(app.state.settings)  # an unknown provider stops the start, not a checkout
    app.include_router(storefront.router)
    install_admin(app)  # /admin: the merchant console
    app.include_router(media.router)  # /media/{key}: the shop's images, resized
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    json_handler = app.exception_handlers[StarletteHTTPException]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404 and wants_html(request) and is_console(request):
            return await console_not_found(request)
        if exc.status_code == 404 and wants_html(request):
            page = await run_in_threadpool(page_request, request)  # reads the tenants
            return not_found_response(page)
        response = json_handler(request, exc)
        if inspect.isawaitable(response):
            response = await response
        assert isinstance(response, Response)
        return response

    app.add_exception_handler(StarletteHTTPException, http_error)
