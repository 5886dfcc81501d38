"""Fine-tuning the packaged MiniLM on (query, document) pairs (real model, real training)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.models.fine_tune import (
    META_FILE,
    FineTuneParams,
    _false_negatives,
    fine_tune,
    read_meta,
)
from tradewinds.models.sentence_transformers import resolve_model_dir

# Made-up part names a general model cannot know: the pairs teach what each one is.
PAIRS = [
    (f"{name} {thing}", f"Zentrix {code} {thing} part")
    for n, (name, thing) in enumerate(
        (a, b)
        for a in ("grommet", "bracket", "gasket", "flange")
        for b in ("sink", "door", "boiler", "window", "fence", "roof")
    )
    for code in [f"QX-{n:03d}"]
]


def _cosines(folder: Path, pairs: list[tuple[str, str]]) -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    queries = model.encode([q for q, _ in pairs], normalize_embeddings=True)
    documents = model.encode([d for _, d in pairs], normalize_embeddings=True)
    return np.asarray(queries @ documents.T)


def test_fine_tuning_pulls_each_query_to_its_own_document(tmp_path: Path) -> None:
    base = resolve_model_dir("all-MiniLM-L6-v2")
    before = _cosines(base, PAIRS)
    params = FineTuneParams(epochs=4, batch_size=8, learning_rate=1e-4)
    meta = fine_tune(base, PAIRS, tmp_path / "tuned", params, info={"source": "test"})
    assert meta["pairs"] == len(PAIRS) and meta["steps"] == 12 and meta["source"] == "test"
    after = _cosines(tmp_path / "tuned", PAIRS)

    # the margin of the own document over the best other one grows
    def margin(sims: np.ndarray) -> float:
        others = sims - np.eye(len(sims)) * 10
        return float(np.mean(np.diag(sims) - others.max(axis=1)))

    assert margin(after) > margin(before) + 0.02  # measured: -0.004 → +0.033
    assert read_meta(tmp_path / "tuned") == meta
    assert (tmp_path / "tuned" / "modules.json").is_file()
    # the folder is a model the embeddings backend resolves like the packaged one
    assert resolve_model_dir(str(tmp_path / "tuned")) == (tmp_path / "tuned").resolve()


def test_saving_replaces_the_old_model_and_leaves_no_staging_folder(tmp_path: Path) -> None:
    out = tmp_path / "tuned"
    out.mkdir()
    (out / "stale.txt").write_text("old model")
    fine_tune(resolve_model_dir("all-MiniLM-L6-v2"), PAIRS[:8], out, FineTuneParams(batch_size=8))
    assert not (out / "stale.txt").exists() and (out / META_FILE).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tuned"]


def test_pairs_sharing_a_query_or_document_are_not_negatives() -> None:
    batch = [("red shoe", "A"), ("red shoe", "B"), ("tent", "A"), ("kite", "C")]
    mask = _false_negatives(batch).tolist()
    assert mask == [
        [False, True, True, False],
        [True, False, False, False],
        [True, False, False, False],
        [False, False, False, False],
    ]


def test_bad_parameters_and_too_few_pairs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="epochs"):
        FineTuneParams(epochs=0)
    with pytest.raises(InvalidInput, match="batch_size"):
        FineTuneParams(batch_size=1)
    with pytest.raises(InvalidInput, match="learning_rate"):
        FineTuneParams(learning_rate=2.0)
    with pytest.raises(InvalidInput, match=r"only 3 training pair\(s\); at least one batch \(8\)"):
        fine_tune(Path("unused"), PAIRS[:3], tmp_path / "x", FineTuneParams(batch_size=8))
    assert not (tmp_path / "x").exists()
    assert read_meta(tmp_path) is None
