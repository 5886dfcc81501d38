"""``tradewinds recommend show|train|report``: a slot with reasons, training, the report."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from tests.recommend._outfitters import Outfitters, seed_outfitters
from tradewinds.cli.app import app
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import get_settings
from tradewinds.recommend import forget_models, log_impressions
from tradewinds.store import Database, open_database
from tradewinds.store.tenants import create_tenant

runner = CliRunner()


@pytest.fixture
def shop() -> Iterator[tuple[Database, int, Outfitters]]:
    forget_models()
    db = open_database(get_settings())
    tenant = create_tenant(db, "acme")
    yield db, tenant.id, seed_outfitters(db, tenant.id)
    forget_models()
    db.dispose()


def cli(*args: str) -> str:
    result = runner.invoke(app, [*args, "--tenant", "acme"])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def test_show_train_and_report(shop: tuple[Database, int, Outfitters]) -> None:
    db, tenant_id, outfitters = shop
    tent = str(outfitters.products["dome-tent"])
    trained = json.loads(cli("recommend", "train", "--json"))
    assert trained["products"] == 11 and trained["orders"] == 12
    assert (get_settings().home / "recommend" / f"tenant-{tenant_id}.json").is_file()
    out = cli("recommend", "show", "--slot", "bought_together", "--product", tent, "--limit", "2")
    assert out.splitlines()[0] == (
        " 1. Down Sleeping Bag  [together]  Bought together with Dome Tent 3 times"
    )
    data = json.loads(cli("recommend", "show", "--customer", "424242", "--json"))
    assert data["note"] == "unknown customer 424242: showing popular products"
    assert "No recommendation lists" in cli("recommend", "report")
    log_impressions(
        db, tenant_id, slot="for_you", request_id="r1", product_ids=[outfitters.products["kite"]]
    )
    report = cli("recommend", "report")
    assert "for_you" in report and "0.0% (0.0%-" in report
    bad = runner.invoke(app, ["recommend", "show", "--slot", "nope", "--tenant", "acme"])
    assert isinstance(bad.exception, InvalidInput)  # main() prints it and exits with 2
    assert "slot must be one of" in str(bad.exception)
