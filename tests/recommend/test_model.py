"""Training reads the store into per-product candidate lists, and saves them losslessly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.recommend._outfitters import Outfitters
from tradewinds.core.errors import InvalidInput
from tradewinds.recommend import TenantModel, train
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

pytestmark = pytest.mark.postgres


def test_training_counts_baskets_sequences_and_likeness(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p = outfitters.products
    model = train(db, tenant.id)
    together = dict(model.together[p["sleeping-bag"]])
    assert together[p["dome-tent"]] == 3 and together[p["tunnel-tent"]] == 2
    assert model.together[p["camp-stove"]][0] == (p["coffee"], 3)
    # after viewing a tent, shoppers went on to the sleeping bag
    assert model.following[p["dome-tent"]][0][0] == p["sleeping-bag"]
    # the most similar product to a tent is the other tent of the same brand and capacity
    assert model.similar[p["dome-tent"]][0][0] == p["tunnel-tent"]
    assert model.ranking("popularity")[0] == p["sleeping-bag"]
    assert model.customers == 7 and model.orders == 12


def test_save_and_load_round_trip(
    db: Database, tenant: Tenant, outfitters: Outfitters, tmp_path: Path
) -> None:
    model = train(db, tenant.id)
    path = tmp_path / "m.json"
    model.save(path)
    again = TenantModel.load(path)
    assert again.items == model.items
    assert again.together == model.together
    assert again.following == model.following
    assert again.similar == model.similar
    assert again.popularity == model.popularity
    assert again.trained_at == model.trained_at


def test_a_file_of_another_format_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": 0}))
    with pytest.raises(InvalidInput, match=r"old\.json.*retrain"):
        TenantModel.load(path)
    path.write_text("{not json")
    with pytest.raises(InvalidInput, match=r"old\.json"):
        TenantModel.load(path)
