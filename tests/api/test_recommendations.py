"""``/api/v1/recommendations``: slots with reasons, clicks, the report, retraining."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import assert_error, make_client
from tests.recommend._outfitters import Outfitters, seed_outfitters
from tradewinds.recommend import forget_models
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

pytestmark = pytest.mark.postgres


@pytest.fixture
def outfitters(db: Database, tenant: Tenant) -> Iterator[Outfitters]:
    forget_models()
    yield seed_outfitters(db, tenant.id)
    forget_models()


@pytest.fixture
def api(db: Database, outfitters: Outfitters, tmp_path: Path) -> Iterator[TestClient]:
    with make_client(db, home=tmp_path) as client:
        yield client


def test_a_slot_comes_with_reasons_prices_and_a_request_id(
    api: TestClient, outfitters: Outfitters
) -> None:
    tent = outfitters.products["dome-tent"]
    r = api.get(
        "/api/v1/recommendations",
        params={"slot": "bought_together", "product": tent, "limit": 3, "lang": "zh"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    first = body["items"][0]
    assert first["handle"] == "sleeping-bag"
    assert first["price"] == {"amount": "129.99", "currency": "USD", "minor": 12999}
    assert first["reason"] == {
        "kind": "together",
        "text": "与Dome Tent一起购买过 3 次",
        "product_id": tent,
        "count": 3,
    }
    assert len(body["request_id"]) == 32 and body["note"] is None
    click = api.post(
        "/api/v1/recommendations/clicks",
        json={"request_id": body["request_id"], "product_id": first["product_id"]},
    )
    assert click.status_code == 201, click.text
    report = api.get("/api/v1/recommendations/report").json()
    assert report[0]["slot"] == "bought_together" and report[0]["ctr"]["successes"] == 1
    assert report[0]["lists"] == 1 and report[0]["impressions"] == 3


def test_bad_parameters_are_named(api: TestClient) -> None:
    assert_error(api.get("/api/v1/recommendations", params={"slot": "home"}), 422, "invalid_input")
    err = assert_error(
        api.get("/api/v1/recommendations", params={"max_price": "cheap"}), 422, "invalid_input"
    )
    assert err["message"].startswith("max_price:")
    missing = api.post("/api/v1/recommendations/clicks", json={"request_id": "x", "product_id": 1})
    assert_error(missing, 404, "not_found")


def test_unknown_ids_fall_back_with_a_note_never_a_500(api: TestClient) -> None:
    r = api.get(
        "/api/v1/recommendations", params={"customer": 99999, "product": 99999, "slot": "similar"}
    )
    assert r.status_code == 200
    assert r.json()["items"] and "unknown customer 99999" in r.json()["note"]


def test_training_through_the_api_saves_the_model_in_home(
    api: TestClient,
    tmp_path: Path,
    tenant: Tenant,
) -> None:
    r = api.post("/api/v1/recommendations/train")
    assert r.status_code == 200, r.text
    assert r.json()["products"] == 11 and r.json()["orders"] == 12
    assert (tmp_path / "recommend" / f"tenant-{tenant.id}.json").is_file()
