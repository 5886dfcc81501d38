"""``/docs`` and ``/redoc`` work offline: every asset is served by Tradewinds itself."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests._server import serve
from tests.api.conftest import make_client
from tradewinds.api import create_app
from tradewinds.api.docs import ASSETS
from tradewinds.core.settings import load_settings
from tradewinds.store import Database

_URL = re.compile(r"""(?:src|href|spec-url)=["']([^"']+)["']|url: '([^']+)'""")


@pytest.fixture
def docs_client(sqlite_db: Database) -> Iterator[TestClient]:
    with make_client(sqlite_db) as client:
        yield client


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_pages_reference_only_same_origin_urls_that_exist(
    docs_client: TestClient, page: str
) -> None:
    html = docs_client.get(page).text
    assert (
        "http://" not in html
        and "https://" not in html
        and "//" not in html.replace("<!--", "").replace("-->", "").replace("http", "")
    )
    urls = [a or b for a, b in _URL.findall(html)]
    assert "/openapi.json" in urls and len(urls) >= 3
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        response = docs_client.get(url)
        assert response.status_code == 200, url
        assert len(response.content) > 100, url
    assert docs_client.get("/docs/oauth2-redirect").status_code == 200


def test_the_shipped_assets_are_the_pinned_npm_files() -> None:
    readme = (ASSETS / "README.md").read_text()
    pinned = re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.MULTILINE)
    assert len(pinned) == 3
    for digest, name in pinned:
        assert hashlib.sha256((ASSETS / name).read_bytes()).hexdigest() == digest, name
    for licence in ("swagger-ui/LICENSE", "swagger-ui/NOTICE", "redoc/LICENSE"):
        assert (ASSETS / licence).is_file()


@pytest.fixture
def docs_server(sqlite_db: Database) -> Iterator[str]:
    from tests.web.test_browser import _require_browser

    _require_browser()
    app = create_app(load_settings(), sqlite_db)
    with serve(app) as url:
        yield url


def test_docs_render_in_chromium_with_every_other_host_blocked(docs_server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

    blocked: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(docs_server + "/"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(base_url=docs_server)
        page.route("**/*", only_this_server)
        page.goto("/docs")
        expect(page.get_by_role("heading", name=re.compile("Tradewinds API"))).to_be_visible()
        operations = page.locator(".opblock-summary-path")
        expect(operations.first).to_be_visible()
        assert operations.count() > 20
        expect(page.get_by_text("/api/v1/products", exact=True).first).to_be_visible()

        page.goto("/redoc")
        expect(page.get_by_role("heading", name=re.compile("Tradewinds API")).first).to_be_visible(
            timeout=20_000
        )
        expect(page.get_by_text("/api/v1/products").first).to_be_attached()
        browser.close()
    assert blocked == [], f"requests to other hosts: {blocked}"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_a_policy_keeps_the_browser_on_this_server(docs_client: TestClient, page: str) -> None:
    policy = docs_client.get(page).headers["content-security-policy"]
    assert "default-src 'self'" in policy and "img-src 'self' data:" in policy
    assert "connect-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1]
