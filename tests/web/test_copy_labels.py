"""The product page shows published copy, and the AI-generated label only on copy a model
wrote (issue 19, Deliver 6), in the page's language, per the tenant's setting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from tests.merchant._review import CHINESE, FAITHFUL, add_kettle
from tests.web.conftest import make_web_client
from tradewinds.merchant import ListingCopy, approve, create_draft, publish, set_copy_settings
from tradewinds.store import Database, tenant_session
from tradewinds.store.tenants import create_tenant

LABEL = '<p class="ai-label" id="ai-label">AI-generated</p>'
LABEL_ZH = '<p class="ai-label" id="ai-label">由人工智能生成</p>'


@pytest.fixture
def shop(sqlite_db: Database) -> Iterator[tuple[Database, int, TestClient]]:
    tenant = create_tenant(sqlite_db, "acme")
    add_kettle(sqlite_db, tenant.id)
    with make_web_client(sqlite_db) as client:
        client.headers["Accept"] = "text/html"
        yield sqlite_db, tenant.id, client


def _publish(db: Database, tenant_id: int, copy: ListingCopy) -> None:
    with tenant_session(db, tenant_id) as session:
        draft = create_draft(session, "pour-kettle", copy)
        approve(session, draft.id)
        publish(session, draft.id)


def test_ai_copy_is_labelled_in_the_pages_language(
    shop: tuple[Database, int, TestClient],
) -> None:
    db, tenant_id, client = shop
    before = client.get("/products/pour-kettle?lang=en").text
    assert "ai-label" not in before
    _publish(db, tenant_id, FAITHFUL)
    page = client.get("/products/pour-kettle?lang=en").text
    assert re.search(f"<h1>{FAITHFUL.title}</h1>\\s*{LABEL}", page)  # next to the title
    assert "<title>Pour-Over Kettle 2.5 L · " in page  # the SEO title
    assert f'content="{FAITHFUL.meta_description}"' in page
    zh = client.get("/products/pour-kettle?lang=zh").text  # no zh copy: the shop's own
    assert f"<h1>{FAITHFUL.title}</h1>" in zh and LABEL_ZH in zh
    _publish(db, tenant_id, CHINESE)
    zh = client.get("/products/pour-kettle?lang=zh").text
    assert "<h1>手冲壶</h1>" in zh and LABEL_ZH in zh and "不锈钢手冲咖啡壶。" in zh


def test_merchant_copy_and_a_tenant_that_turns_it_off_show_no_label(
    shop: tuple[Database, int, TestClient],
) -> None:
    db, tenant_id, client = shop
    _publish(db, tenant_id, replace(FAITHFUL, origin="merchant", model=None))
    page = client.get("/products/pour-kettle?lang=en").text
    assert f"<h1>{FAITHFUL.title}</h1>" in page and "ai-label" not in page
    _publish(db, tenant_id, replace(FAITHFUL, title="Pour-Over Kettle, stainless"))
    assert LABEL in client.get("/products/pour-kettle?lang=en").text
    with tenant_session(db, tenant_id) as session:
        set_copy_settings(session, storefront_label=False)
    assert "ai-label" not in client.get("/products/pour-kettle?lang=en").text
