"""The ranker's pieces without a shop: features, folds by query, cross-validation, files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.search import ranker as learned
from tradewinds.search.ranker_features import FEATURES, candidate_features
from tradewinds.search.retrieval import Candidate, QueryPlan
from tradewinds.text import analyse


def _column(matrix: np.ndarray, name: str) -> list[float]:
    return [round(float(v), 4) for v in matrix[:, FEATURES.index(name)]]


def test_features_read_terms_phrases_numbers_and_units() -> None:
    text = "3/4 in. copper pipe"
    plan = QueryPlan(text=text, tokens=analyse(text))
    titles = {1: "Copper Pipe 3/4 in. x 10 ft.", 2: "1/2 in. Copper Fitting", 3: "Garden hose"}
    texts: dict[int, tuple[list[str], ...]] = {
        i: (analyse(t), [], analyse("copper") if i == 3 else [], []) for i, t in titles.items()
    }
    candidates = [Candidate(1, 0.9, 1, 10.0, 1, 0.8), Candidate(2, 0.5, 2, 5.0, None, 0.4),
                  Candidate(3, 0.1, None, None, 2, 0.3)]  # fmt: skip
    matrix = candidate_features(plan, candidates, texts, {"copper": 10, "pipe": 1000}, 10_000)
    assert matrix.shape == (3, len(FEATURES)) and matrix.dtype == np.float32
    assert _column(matrix, "title_cover") == [1.0, 0.4, 0.0]  # inch, copper of 5 terms
    assert _column(matrix, "title_phrase")[1:] == [0.0, 0.0]
    assert _column(matrix, "numbers_matched") == [1.0, 0.0, 0.0]
    assert _column(matrix, "unit_mismatch") == [0.0, 1.0, 0.0]  # 0.5 inch, not 0.75
    assert _column(matrix, "body_cover")[2] == pytest.approx(1 / 5)
    assert _column(matrix, "has_bm25") == [1.0, 1.0, 0.0]
    assert _column(matrix, "bm25_rel") == [1.0, 0.5, 0.0]
    idf = _column(matrix, "title_idf_cover")  # weighted by rarity: pipe (df 1000) weighs least
    assert idf[0] == 1.0 and idf[2] == 0.0 and 0.4 < idf[1] < 1.0
    assert candidate_features(plan, [], texts).shape == (0, len(FEATURES))


def test_query_folds_split_by_query_and_are_balanced() -> None:
    qids = [str(i) for i in range(103)] * 2  # a qid listed twice is still one query
    folds = learned.query_folds(qids, 5)
    assert set(folds) == set(qids) and set(folds.values()) == set(range(5))
    sizes = sorted(list(folds.values()).count(f) for f in range(5))
    assert sizes == [20, 20, 21, 21, 21]
    assert folds == learned.query_folds(list(reversed(qids)), 5)  # order does not matter
    assert folds != learned.query_folds(qids, 5, seed=1)
    with pytest.raises(InvalidInput, match="at least 2 folds"):
        learned.query_folds(qids, 1)


def _noise_queries(n: int, rng: np.random.Generator) -> dict[str, learned.TrainingQuery]:
    """Queries whose labels follow nothing a model could carry to another query: each
    candidate has a random feature vector and a random label."""
    out = {}
    for q in range(n):
        features = rng.normal(size=(30, len(FEATURES))).astype(np.float32)
        out[str(q)] = learned.TrainingQuery(str(q), features, rng.integers(0, 3, 30) * 1.0)
    return out


def _top_gain(scores: dict[str, np.ndarray], training: dict[str, learned.TrainingQuery]) -> float:
    return float(np.mean([training[q].gains[np.argmax(s)] for q, s in scores.items()]))


def test_cross_validation_never_scores_a_query_with_a_model_that_saw_it() -> None:
    training = _noise_queries(40, np.random.default_rng(7))
    matrices = {q: t.features for q, t in training.items()}
    in_sample = learned.fit(list(training.values()), params={"min_data_in_leaf": 1})
    memorised = {q: in_sample.scores(m) for q, m in matrices.items()}
    scores, folds = learned.cross_validated_scores(
        matrices, training, 4, params={"min_data_in_leaf": 1}
    )
    assert set(scores) == set(training) and set(folds.values()) == {0, 1, 2, 3}
    # a model that saw the query memorises its noise; the held-out one is at chance (1.0)
    assert _top_gain(memorised, training) > 1.7
    assert 0.6 < _top_gain(scores, training) < 1.4


def test_apply_scores_reorders_and_keeps_the_fused_range() -> None:
    head = [Candidate(1, 0.9), Candidate(2, 0.6), Candidate(3, 0.2)]
    ranked = learned.apply_scores(head, [0.1, 2.0, 1.0])
    assert [c.id for c in ranked] == [2, 3, 1]
    assert [c.score for c in ranked] == [0.9, 0.6, 0.2]
    assert ranked[0].explain()["ranker_score"] == 2.0


def test_save_load_and_refusals(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    queries = []
    for q in range(30):  # the first feature decides the label
        features = rng.normal(size=(10, len(FEATURES))).astype(np.float32)
        queries.append(learned.TrainingQuery(str(q), features, (features[:, 0] > 0) * 2.0))
    ranker = learned.fit(queries, info={"source": "test"})
    learned.save(ranker, tmp_path / "r")
    loaded = learned.load(tmp_path / "r")
    probe = rng.normal(size=(50, len(FEATURES))).astype(np.float32)
    assert np.allclose(loaded.scores(probe), ranker.scores(probe))
    assert loaded.info["source"] == "test" and loaded.top_n == learned.TOP_N
    order = np.argsort(-loaded.scores(probe))
    assert (probe[order[:10], 0] > 0).all()  # it learned the deciding feature
    with pytest.raises(InvalidInput, match="nothing to learn from"):
        learned.fit([learned.TrainingQuery("x", probe[:3], np.zeros(3))])
    with pytest.raises(NotFound):
        learned.load(tmp_path / "missing")
    pointwise = learned.fit(queries, kind="pointwise", params={"num_boost_round": 20})
    with pytest.raises(InvalidInput, match="only a LightGBM"):
        learned.save(pointwise, tmp_path / "p")
