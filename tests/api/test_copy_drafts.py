"""``/api/v1/copy``: the review workflow over HTTP, bounded bodies, tenant isolation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.merchant._review import CONTRADICTING, FAITHFUL, ORIGINAL_BODY, add_kettle
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

GLOBEX = {"X-Tenant": "globex"}


@pytest.fixture
def client(db: Database, tenant: Tenant, other_tenant: Tenant) -> Iterator[TestClient]:
    add_kettle(db, tenant.id)
    add_kettle(db, other_tenant.id)
    with make_client(db) as test_client:
        yield test_client


def _body(copy=FAITHFUL) -> dict[str, object]:  # type: ignore[no-untyped-def]
    data = copy.to_dict()
    del data["generic"], data["notes"]
    return {"handle": "pour-kettle", "copy": data}


def test_draft_review_publish_and_revert(client: TestClient) -> None:
    created = client.post("/api/v1/copy/drafts", json=_body())
    assert created.status_code == 201, created.text
    draft = created.json()
    assert draft["status"] == "pending" and draft["verdict"] == "ok"
    assert draft["author"] == "api developer"
    shown = client.get(f"/api/v1/copy/drafts/{draft['id']}").json()
    title = next(d for d in shown["diff"] if d["field"] == "title")
    assert title["before"] == "Pour-Over Kettle" and title["changed"]
    assert client.post(f"/api/v1/copy/drafts/{draft['id']}/approve").json()["status"] == "approved"
    published = client.post(f"/api/v1/copy/drafts/{draft['id']}/publish")
    assert published.status_code == 200, published.text
    assert published.json()["number"] == 2 and published.json()["ai_label"]["aigc"] is True
    reverted = client.post("/api/v1/copy/versions/pour-kettle/revert", json={"version": 1})
    assert reverted.status_code == 201 and reverted.json()["body_html"] == ORIGINAL_BODY
    listed = client.get("/api/v1/copy/versions/pour-kettle").json()
    assert [v["number"] for v in listed] == [3, 2, 1]
    drafts = client.get("/api/v1/copy/drafts", params={"status": "superseded"}).json()
    assert [d["id"] for d in drafts] == [draft["id"]]


def test_a_blocked_draft_is_refused_with_its_findings(client: TestClient) -> None:
    draft = client.post("/api/v1/copy/drafts", json=_body(CONTRADICTING)).json()
    assert draft["verdict"] == "contradiction"
    refused = assert_error(client.post(f"/api/v1/copy/drafts/{draft['id']}/publish"), 409,
                           "conflict")  # fmt: skip
    assert "material: 'Copper'" in refused["message"]
    assert {f["kind"] for f in refused["details"]["findings"]} >= {"material", "number_unit"}
    assert_error(client.post(f"/api/v1/copy/drafts/{draft['id']}/approve"), 409, "conflict")
    fixed = client.put(f"/api/v1/copy/drafts/{draft['id']}", json=_body()["copy"])
    assert fixed.json()["verdict"] == "ok" and fixed.json()["copy"]["origin"] == "merchant"


def test_bodies_are_bounded(client: TestClient) -> None:
    long_seo = _body()
    long_seo["copy"]["seo_title"] = "x" * 61  # type: ignore[index]
    assert_error(client.post("/api/v1/copy/drafts", json=long_seo), 422, "invalid_input")
    french = _body()
    french["copy"]["language"] = "fr"  # type: ignore[index]
    assert_error(client.post("/api/v1/copy/drafts", json=french), 422, "invalid_input")
    six = _body()
    six["copy"]["bullets"] = ["b"] * 6  # type: ignore[index]
    assert_error(client.post("/api/v1/copy/drafts", json=six), 422, "invalid_input")
    assert_error(client.get("/api/v1/copy/drafts", params={"limit": 501}), 422, "invalid_input")
    assert_error(client.post("/api/v1/copy/versions/pour-kettle/revert", json={"version": 0}),
                 422, "invalid_input")  # fmt: skip
    settings = client.put("/api/v1/copy/settings", json={"blocking": ["copper"]})
    assert "Unknown kinds" in assert_error(settings, 422, "invalid_input")["message"]


def test_a_tenant_never_sees_or_publishes_another_tenants_drafts(client: TestClient) -> None:
    draft = client.post("/api/v1/copy/drafts", json=_body()).json()
    client.post(f"/api/v1/copy/drafts/{draft['id']}/approve")
    assert client.get("/api/v1/copy/drafts", headers=GLOBEX).json() == []
    for method, path in (
        ("get", ""), ("post", "/approve"), ("post", "/reject"), ("post", "/publish"),
    ):  # fmt: skip
        response = client.request(method, f"/api/v1/copy/drafts/{draft['id']}{path}",
                                  headers=GLOBEX)  # fmt: skip
        assert_error(response, 404, "not_found")
    assert client.get("/api/v1/copy/versions/pour-kettle", headers=GLOBEX).json() == []
    assert client.get(f"/api/v1/copy/drafts/{draft['id']}").json()["status"] == "approved"
