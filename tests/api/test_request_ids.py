"""Request ids in ``X-Request-ID`` and JSON log lines with request and tenant ids."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import make_settings
from tradewinds.api import create_app
from tradewinds.api.deps import TenantDep
from tradewinds.core.logs import JsonFormatter
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

KEY = "tw-Abc123def456ghi789"
EMAIL = "ann.lee@example.com"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(old_level)


def test_a_request_logs_its_request_and_tenant_ids_and_no_personal_data(
    db: Database, tenant: Tenant, captured: io.StringIO
) -> None:
    app = create_app(make_settings(), db)

    @app.get("/log-probe")
    def probe(shop: TenantDep) -> dict[str, str]:
        logging.getLogger("tradewinds.probe").warning("signed in %s with key %s", EMAIL, KEY)
        try:
            raise ValueError(f"bad key {KEY}")
        except ValueError:
            logging.getLogger("tradewinds.probe").exception("failed for %s", EMAIL)
        return {"tenant": shop.slug}

    with TestClient(app) as client:
        response = client.get("/log-probe", headers={"X-Request-ID": "req-42"})
        fresh = client.get("/healthz", headers={"X-Request-ID": "not an id!"})
    assert response.headers["X-Request-ID"] == "req-42"
    assert len(fresh.headers["X-Request-ID"]) == 32  # a new id, not the header copied
    text = captured.getvalue()
    assert KEY not in text and EMAIL not in text
    lines = [json.loads(line) for line in text.splitlines() if "tradewinds.probe" in line]
    assert [line["message"] for line in lines] == [
        "signed in <email> with key tw-***",
        "failed for <email>",
    ]
    for line in lines:
        assert line["request_id"] == "req-42" and line["tenant_id"] == tenant.id
        assert line["level"] in ("WARNING", "ERROR") and line["time"].endswith("+00:00")
    assert "ValueError: bad key tw-***" in lines[1]["error"]
