"""``POST /api/v1/products/{handle}/copy/generate``."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.api.conftest import assert_error
from tests.merchant._catalogue import import_catalogue
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

URL = "/api/v1/products/{}/copy/generate"


def test_generate_returns_checked_copy(
    client: TestClient, db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_catalogue(db, tenant.id, tmp_path)
    response = client.post(URL.format("trail-kettle"), json={"language": "zh", "length": "short"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and body["check"] == {"verdict": "ok", "findings": []}
    assert body["copy"]["language"] == "zh" and len(body["copy"]["bullets"]) == 3
    assert len(body["copy"]["seo_title"]) <= 60 and body["copy"]["origin"] == "template"


def test_generate_errors_name_the_problem(
    client: TestClient, db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    import_catalogue(db, tenant.id, tmp_path)
    assert_error(client.post(URL.format("no-such"), json={}), 404, "not_found")
    error = assert_error(client.post(URL.format("trail-kettle"), json={"language": "th"}), 422,
                         "invalid_input")  # fmt: skip
    assert "supported: en, zh" in error["message"] and error["details"]["supported"] == ["en", "zh"]
    assert_error(client.post(URL.format("trail-kettle"), json={"tone": "loud"}), 422,
                 "invalid_input")  # fmt: skip
