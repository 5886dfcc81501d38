from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from tradewinds.search.documents import SearchDocument
from tradewinds.search.index import ProductIndex, new_generation, publish_generation
from tradewinds.search.retrieval import (
    COMMON_MIN_DOCS,
    RetrievalParams,
    TermStats,
    dense_query,
    plan_query,
    retrieve,
    settle_translation,
)

DIMS = 8


def _docs(*titles: str, start: int = 1) -> list[SearchDocument]:
    return [SearchDocument(id=start + i, title=t) for i, t in enumerate(titles)]


def _vectors(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, DIMS)).astype(np.float32)
    normed: np.ndarray = v / np.linalg.norm(v, axis=1, keepdims=True)
    return normed


def test_bm25_ranks_title_matches_and_survives_reopening(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    vectors = _vectors(3)
    index.upsert(_docs("Copper Pipe", "Garden Hose", "Copper Kettle"), vectors)
    hits = index.lexical(plan_query("copper pipes").match, 10)
    assert [doc_id for doc_id, _ in hits][:1] == [1]
    assert {doc_id for doc_id, _ in hits} == {1, 3}
    index.snapshot()
    index.close()
    reopened = ProductIndex(tmp_path, DIMS)
    assert reopened.count() == 3
    assert reopened.dense(vectors[1], 1)[0][0] == 2
    reopened.close()


def test_changes_after_the_snapshot_are_replayed_on_open(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    vectors = _vectors(3)
    index.upsert(_docs("a thing", "b thing"), vectors[:2])
    index.snapshot()
    index.upsert(_docs("c thing", start=3), vectors[2:])
    index.delete([1])
    index.close()  # no snapshot: the HNSW file lacks product 3 and still has 1
    reopened = ProductIndex(tmp_path, DIMS)
    assert reopened.dense(vectors[2], 1)[0][0] == 3
    assert 1 not in {i for i, _ in reopened.dense(vectors[0], 3)}
    reopened.close()


def test_a_torn_snapshot_is_discarded_and_rebuilt(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    vectors = _vectors(2)
    index.upsert(_docs("a thing", "b thing"), vectors)
    index.snapshot()
    path = index.path / "vectors.usearch"
    index.close()
    path.write_bytes(path.read_bytes()[:50])  # crash while writing
    reopened = ProductIndex(tmp_path, DIMS)
    assert reopened.dense(vectors[1], 1)[0][0] == 2
    reopened.close()


def test_an_unpublished_rebuild_leaves_the_live_index_serving(tmp_path: Path) -> None:
    live = ProductIndex(tmp_path, DIMS)
    live.upsert(_docs("live product"), _vectors(1))
    live.close()
    generation = new_generation(tmp_path)
    half = ProductIndex(tmp_path, DIMS, generation=generation.name)
    half.upsert(_docs("new product", start=7), _vectors(1))
    half.close()  # "crash" before publish_generation
    assert ProductIndex(tmp_path, DIMS).ids() == {1}
    publish_generation(tmp_path, generation)
    assert ProductIndex(tmp_path, DIMS).ids() == {7}
    assert not (tmp_path / "gen-000001").exists()


def test_fusion_respects_the_semantic_ratio(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    vectors = _vectors(3, seed=1)
    index.upsert(_docs("red kite", "blue kite", "green hose"), vectors)
    plan = plan_query("red kite")
    lexical = retrieve(index, plan, vectors[2], RetrievalParams(semantic_ratio=0.0))
    dense = retrieve(
        index, plan, vectors[2], RetrievalParams(semantic_ratio=1.0, min_similarity=-1)
    )
    assert lexical[0].id == 1 and all(c.dense_rank is None for c in lexical)
    assert dense[0].id == 3 and all(c.lexical_rank is None for c in dense)
    hybrid = retrieve(
        index, plan, vectors[2], RetrievalParams(semantic_ratio=0.5, min_similarity=-1)
    )
    assert {c.id for c in hybrid} == {1, 2, 3}
    index.close()


def test_common_terms_leave_the_match_unless_nothing_rarer_remains(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    n = COMMON_MIN_DOCS + 1000  # "inch" is in every product, "x" in 80 %, "oak" in one
    titles = [
        f"{i} inch {'x ' if i % 5 < 4 else ''}board {'oak' if i == 7 else 'pine'}" for i in range(n)
    ]
    index.upsert(_docs(*titles, start=0), _vectors(n))
    stats = TermStats(index.vocabulary(), index.count())
    plan = plan_query("7 in. x oak board", stats=stats)
    assert plan.common == ["inch", "x", "board"]
    assert '"inch"' not in plan.match and '"oak"' in plan.match and '"7inch"' in plan.match
    assert index.lexical(plan.match, 5)[0][0] == 7
    only_common = plan_query("inch board", stats=stats)
    assert only_common.match == '"inch" AND "board"'
    assert len(index.lexical(only_common.match, 10)) == 10
    assert not plan_query("7 in. x oak board", stats=stats, common_share=1.0).common
    small = TermStats({"inch": 1500, "oak": 1}, 1600)  # common by share, but cheap to score
    assert not plan_query("oak inch", stats=small).common
    index.close()


def test_a_query_in_one_language_matches_listings_in_the_other(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    index.upsert(_docs("Glass Fish Tank 20 Gallon", "电饭煲 3升", "Garden Hose"), _vectors(3))
    stats = TermStats(index.vocabulary(), index.count())
    chinese = plan_query("鱼缸", stats=stats)
    assert chinese.translations == ["fish tank", "tank"]
    assert [doc for doc, _ in index.lexical(chinese.translated_match, 5)] == [1]
    english = plan_query("rice cooker", stats=stats)
    assert [doc for doc, _ in index.lexical(english.translated_match, 5)] == [2]
    found = retrieve(index, english, None, RetrievalParams(semantic_ratio=0.0), stats=stats)
    assert [c.id for c in found] == [2]
    assert plan_query("鱼缸", stats=stats, translate=False).translations == []
    unknown = plan_query("三脚架", stats=stats)  # "tripod" is in no listing: not matched
    assert unknown.translations == [] and "tripod" not in unknown.match
    assert dense_query("三脚架") == "三脚架 tripod" and dense_query("tripod") == "tripod"
    assert settle_translation(index, plan_query("鱼缸", stats=stats))
    index.upsert(_docs(*(f"鱼缸 {i}" for i in range(5)), start=10), _vectors(5))
    crowded = plan_query("鱼缸", stats=TermStats(index.vocabulary(), index.count()))
    assert not settle_translation(index, crowded) and crowded.translated_match == ""
    index.close()


def test_exact_similarities_match_numpy_and_skip_unknown_ids(tmp_path: Path) -> None:
    index = ProductIndex(tmp_path, DIMS)
    vectors = _vectors(3, seed=2)
    index.upsert(_docs("a", "b", "c"), vectors)
    query = vectors[0] * 3.0  # not unit length
    found = index.similarities(query, [2, 99, 3])
    assert set(found) == {2, 3}
    expected = float(vectors[1] @ vectors[0])
    assert abs(found[2] - expected) < 2e-3  # the graph stores half precision
    assert index.similarities(query, [1]) == {1: pytest.approx(1.0, abs=2e-3)}
    index.close()


def test_a_large_index_refreshes_its_vocabulary_in_the_background(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradewinds.search import _state

    monkeypatch.setattr(_state, "_BACKGROUND_REFRESH_DOCS", 1)  # "large" from one product
    index = ProductIndex(tmp_path, DIMS)
    index.upsert(_docs("copper kettle"), _vectors(1))
    state = _state.for_index(index)  # the first build is synchronous
    assert state.corrector is not None and "kettl" in state.corrector.frequency
    index.upsert(_docs("walnut cabinet", start=2), _vectors(1, seed=3))
    state.refresh()  # returns at once; a thread re-reads the vocabulary
    deadline = time.monotonic() + 10
    while state.seq != index.meta("seq") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert state.corrector.corrections("walnutt") == ["walnut"]
    assert state.stats is not None and state.stats.documents == 2
    index.close()
    _state.clear()
