"""The sequential model and the baseline learn order, leave out history, and round-trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.recommend._chains import chain_sequences
from tradewinds.core.errors import InvalidInput
from tradewinds.recommend import (
    ItemModel,
    SequentialParams,
    fit,
    fit_content,
    fit_transition,
    leave_last_out,
    score_rankings,
)

SMALL = SequentialParams(l2=1.0, window=3, decay=0.5, neighbours=20)


@pytest.mark.parametrize("fitter", [fit_transition, lambda s: fit(s, params=SMALL)])
def test_models_learn_the_next_item_of_a_chain(fitter, chains: list[list[int]]) -> None:  # type: ignore[no-untyped-def]
    model = fitter(chains)
    hits = sum(model.top_k([i - 1, i], 1)[0][0] == (i + 1) % 40 for i in range(1, 39))
    assert hits >= 36


def test_the_sequential_model_ranks_held_out_items_better_than_popularity() -> None:
    split = leave_last_out(dict(enumerate(map(list, chain_sequences(seed=3)))))  # type: ignore[arg-type]
    model = fit(list(split.histories.values()), params=SMALL)
    ranked = model.top_k_many(list(split.histories.values()), 10)
    score = score_rankings(dict(zip(split.histories, ranked, strict=True)), split.answers)
    assert score.hit_rate > 0.8 and score.ndcg > 0.6  # popularity: about 10/40


def test_top_k_leaves_out_history_and_excluded_items(chains: list[list[int]]) -> None:
    model = fit(chains, params=SMALL)
    history = [5, 6, 7]
    best = [item for item, _ in model.top_k(history, 10, exclude=[8])]
    assert len(best) == 10 and not {5, 6, 7, 8} & set(best)
    assert model.top_k_many([history], 10)[0][:3] == [i for i, _ in model.top_k(history, 10)][:3]
    again = [item for item, _ in model.top_k([5, 6, 7], 3, exclude_history=False)]
    assert set(again) <= set(range(40))


def test_unknown_or_empty_history_falls_back_to_popularity() -> None:
    model = fit_transition([["a", "b"], ["a", "c"], ["a", "b"]])
    assert [item for item, _ in model.top_k([], 2)] == ["a", "b"]
    assert [item for item, _ in model.top_k(["zzz"], 2)] == ["a", "b"]


def test_save_and_load_give_identical_scores(tmp_path: Path, chains: list[list[int]]) -> None:
    model = fit(chains, params=SMALL)
    model.save(tmp_path / "m.npz")
    loaded = ItemModel.load(tmp_path / "m.npz")
    assert loaded.items == model.items and isinstance(loaded.items[0], int)
    np.testing.assert_array_equal(loaded.scores([3, 4]), model.scores([3, 4]))
    named = fit_transition([["x1", "x2"], ["x2", "x3"]])
    named.save(tmp_path / "n.npz")
    assert ItemModel.load(tmp_path / "n.npz").top_k(["x1"], 2) == named.top_k(["x1"], 2)


def test_mixed_id_kinds_cannot_be_saved(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="all ints or all strings"):
        fit_transition([[1, "a"], ["a", 1]]).save(tmp_path / "m.npz")


def test_attributes_bring_in_never_bought_items() -> None:
    sequences = [["red-1", "red-2"], ["blue-1", "blue-2"]] * 3
    attributes = {
        "red-1": ["red"],
        "red-2": ["red"],
        "red-new": ["red", "new"],
        "blue-1": ["blue"],
        "blue-2": ["blue"],
    }
    content = fit_content(sequences, attributes)
    assert content.top_k(["red-1", "red-2"], 1)[0][0] == "red-new"
    engine = fit(sequences, attributes, SequentialParams(l2=1.0, content_weight=0.1))
    assert "red-new" in engine
    assert engine.top_k(["red-1", "red-2"], 1)[0][0] == "red-new"


def test_params_are_validated() -> None:
    with pytest.raises(InvalidInput, match="alpha"):
        SequentialParams(alpha=2.0)
