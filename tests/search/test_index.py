from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewinds.search.documents import SearchDocument
from tradewinds.search.index import ProductIndex, new_generation, publish_generation
from tradewinds.search.retrieval import RetrievalParams, plan_query, retrieve

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
