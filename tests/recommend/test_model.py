"""Training reads the store into per-product candidate lists (the next-item lists are rows
of the learned linear model), and saves them losslessly."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.recommend._outfitters import Outfitters
from tradewinds.core.errors import InvalidInput
from tradewinds.recommend import (
    Interaction,
    SequentialParams,
    TenantModel,
    fit_sequential,
    train,
    training_sequences,
)
from tradewinds.recommend.interactions import History
from tradewinds.recommend.model import _sequences
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


def test_following_holds_the_rows_of_the_linear_model_fitted_on_the_sequences(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    model = train(db, tenant.id)
    sequences, features = training_sequences(db, tenant.id)
    fitted = fit_sequential(list(sequences.values()), SequentialParams(neighbours=50))
    dome = outfitters.products["dome-tent"]
    row = fitted.matrix[fitted.items.index(dome)].toarray().ravel()
    learned = sorted(
        ((fitted.items[j], float(row[j])) for j in row.nonzero()[0]), key=lambda e: (-e[1], e[0])
    )
    assert [pid for pid, _ in model.following[dome]] == [pid for pid, _ in learned]
    assert [v for _, v in model.following[dome]] == pytest.approx([v for _, v in learned], 1e-5)
    assert (model.window, model.decay) == (SequentialParams().window, SequentialParams().decay)
    assert "brand:trailmax" in features[dome]


def test_a_very_large_catalogue_is_cut_to_the_most_touched_products() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    steps = [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (3, 1), (3, 4), (3, 4), (3, 1)]
    history = History()
    for n, (customer, product) in enumerate(steps):
        history.sequences.setdefault(customer, []).append(
            Interaction(at + timedelta(minutes=n), product, "view")
        )
    assert _sequences(history) == {1: [1, 2, 3], 2: [1, 2], 3: [1, 4, 1]}
    assert _sequences(history, items=2) == {1: [1, 2], 2: [1, 2], 3: [1, 1]}
