"""``/docs`` (Swagger UI) and ``/redoc`` with their assets served by Tradewinds.

FastAPI's own pages load Swagger UI and ReDoc from a CDN (and ReDoc's fonts from Google),
so they are blank on a machine without internet. These pages are FastAPI's same HTML
pointed at copies shipped in ``api/static/`` (pinned npm releases with their licences, see
``api/static/README.md``), served under ``/docs/assets/``; running the server needs no
Node build. A Content-Security-Policy on both pages keeps everything on this server:
ReDoc's sidebar would otherwise load Redocly's logo from their CDN (it is hidden when that
fails), and Swagger UI's validator badge would call validator.swagger.io (switched off too).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).parent / "static"
ASSETS_URL = "/docs/assets"
DOCS_URL = "/docs"
REDOC_URL = "/redoc"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# style-src: both UIs set inline styles; ReDoc builds its search worker from a blob: URL.
_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' {scripts}; worker-src 'self' blob:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def same_origin_only(page: HTMLResponse) -> HTMLResponse:
    """``page`` with a policy that lets the browser load nothing from another host; its
    inline scripts are allowed by their SHA-256, no other inline script runs."""
    body = bytes(page.body).decode()
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.findall(body)
    ]
    page.headers["Content-Security-Policy"] = _POLICY.format(scripts=" ".join(hashes))
    page.headers["X-Content-Type-Options"] = "nosniff"
    return page


def install_docs(app: FastAPI) -> None:
    """Add ``/docs``, ``/redoc`` and their assets to ``app`` (built with ``docs_url=None``
    and ``redoc_url=None``)."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS), name="docs-assets")
    favicon = f"{ASSETS_URL}/swagger-ui/favicon-32x32.png"

    @app.get(DOCS_URL, include_in_schema=False)
    def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        page = get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=f"{root}{OAUTH2_REDIRECT_URL}",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui/swagger-ui.css",
            swagger_favicon_url=f"{root}{favicon}",
            # Swagger UI would send the spec to validator.swagger.io for its badge.
            swagger_ui_parameters={"validatorUrl": None},
        )
        return same_origin_only(page)

    @app.get(OAUTH2_REDIRECT_URL, include_in_schema=False)
    def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()  # Swagger's OAuth2 flow: not used yet

    @app.get(REDOC_URL, include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        page = get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{ASSETS_URL}/redoc/redoc.standalone.js",
            redoc_favicon_url=f"{root}{favicon}",
            with_google_fonts=False,
        )
        return same_origin_only(page)
