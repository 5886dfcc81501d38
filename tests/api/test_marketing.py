"""``/api/v1/segments`` and ``/api/v1/campaigns``: bounded input, the one error shape,
tenant isolation, the CSV export refused while copy contradicts a product."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.marketing._history import build_history
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def api(db: Database, tenant: Tenant) -> Iterator[TestClient]:
    build_history(db, tenant.id)
    with make_client(db) as client:
        yield client


def test_segments_and_campaigns_over_http(api: TestClient, db: Database) -> None:
    made = api.post("/api/v1/segments", json={"name": "all", "kind": "rfm"})
    assert made.status_code == 201, made.text
    assert made.json()["members"] == 5 and made.json()["revenue"]["amount"] == "880.00"
    lapsed = api.post(
        "/api/v1/segments", json={"name": "lapsed-30", "kind": "lapsed", "params": {"days": 30}}
    )
    assert lapsed.status_code == 201
    assert {s["name"] for s in api.get("/api/v1/segments").json()} == {"all", "lapsed-30"}
    page = api.get("/api/v1/segments/all/members", params={"limit": 2, "reachable": True}).json()
    assert [m["email"] for m in page["members"]] == ["ann@example.test", "dan@example.test"]
    assert page["members"][0]["r"] == 5

    created = api.post(
        "/api/v1/campaigns", json={"name": "spring", "segment": "all", "variants": {"a": 1, "b": 1}}
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["verdict"] == "ok" and body["findings"] == []
    preview = api.get("/api/v1/campaigns/spring/preview", params={"limit": 2}).json()
    assert len(preview) == 2 and "Unsubscribe" in preview[0]["text"]
    exported = api.get("/api/v1/campaigns/spring/export.csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert "ben@example.test" not in {r["email"] for r in rows} and len(rows) == 4

    pick = body["picks"][0]
    edit = {"variant": "a", "language": "en", "blocks": {pick["handle"]: "Solid copper."}}
    blocked = api.patch("/api/v1/campaigns/spring/copy", json=edit)
    assert blocked.status_code == 200 and blocked.json()["verdict"] == "blocked"
    refused = api.get("/api/v1/campaigns/spring/export.csv")
    error = assert_error(refused, 409, "campaign_blocked")
    assert error["details"]["findings"][0]["kind"] == "material"
    assert_error(api.post("/api/v1/campaigns/spring/send"), 500, "config_error")


def test_bad_input_is_refused(api: TestClient) -> None:
    for body in (
        {"name": "Bad Name", "kind": "rfm"},
        {"name": "x" * 101, "kind": "rfm"},
        {"name": "ok", "kind": "churn"},
        {"name": "ok", "kind": "lapsed", "params": {"days": 99999}},
        {"name": "ok", "kind": "rfm", "description": "x" * 501},
        {"name": "ok", "kind": "rfm", "extra": 1},
    ):
        assert api.post("/api/v1/segments", json=body).status_code == 422, body
    api.post("/api/v1/segments", json={"name": "all", "kind": "rfm"})
    for body in (
        {"name": "c", "segment": "all", "picks": 7},
        {"name": "c", "segment": "all", "languages": ["fr"]},
        {"name": "c", "segment": "all", "variants": {str(i): 1 for i in range(6)}},
    ):
        assert api.post("/api/v1/campaigns", json=body).status_code == 422, body
    assert_error(
        api.get("/api/v1/segments/all/members", params={"limit": 5000}), 422, "invalid_input"
    )
    assert_error(api.get("/api/v1/campaigns/nope"), 404, "not_found")


def test_other_tenants_see_nothing(api: TestClient, db: Database) -> None:
    create_tenant(db, "globex")
    api.post("/api/v1/segments", json={"name": "all", "kind": "rfm"})
    api.post("/api/v1/campaigns", json={"name": "spring", "segment": "all"})
    other = {"X-Tenant": "globex"}
    assert api.get("/api/v1/segments", headers=other).json() == []
    assert_error(api.get("/api/v1/segments/all/members", headers=other), 404, "not_found")
    assert_error(api.get("/api/v1/campaigns/spring", headers=other), 404, "not_found")
    made = api.post("/api/v1/segments", json={"name": "all", "kind": "rfm"}, headers=other)
    assert made.status_code == 201 and made.json()["members"] == 0
