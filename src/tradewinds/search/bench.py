"""The search benchmark harness behind ``tradewinds bench search`` (interface kept stable).

Builds a fresh index of PRODUCTS.tsv in a temporary directory with the configured
embedding model, runs every query of QUERIES.tsv one at a time, writes RUN.tsv
(``qid, product_uid, rank, score``) and returns timings, peak memory and, with QRELS.tsv,
nDCG@10 (gain = label - 1, unjudged = 0), judged-only nDCG@10, MRR@10 and Recall@100, for
the hybrid ranking and, from the same candidates, for BM25 alone and dense alone.

With ``ranker_cv`` (and QRELS) the learned ranker (``ranker.py``) is evaluated by K-fold
cross-validation split by query: each query's ranked run comes from a model fitted on the
other folds' queries only. ``ranker_model`` applies a ranker saved elsewhere (e.g. fitted
on another data set) inside the timed query loop; ``ranker_save`` fits one on every
judged query and saves it. Both write RUN.ranker.tsv beside RUN.tsv.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import resource
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from tradewinds.core.errors import InvalidInput
from tradewinds.search import ranker as learned
from tradewinds.search.bench_metrics import evaluate
from tradewinds.search.bench_ranker import ranker_report
from tradewinds.search.documents import SearchDocument
from tradewinds.search.index import ProductIndex
from tradewinds.search.ranker_features import candidate_features, stored_text
from tradewinds.search.retrieval import (
    COMMON_SHARE,
    FUSIONS,
    Candidate,
    RetrievalParams,
    TermStats,
    plan_query,
    retrieve,
)
from tradewinds.search.sync import describe_embedder
from tradewinds.search.typos import TypoCorrector

csv.field_size_limit(1 << 30)
_BATCH = 256  # products per index transaction, as in ``search reindex``


def _read_tsv(path: Path, required: Iterable[str]) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InvalidInput(
                    f"{path}: missing column(s) {', '.join(missing)} in the header "
                    f"(found: {', '.join(reader.fieldnames or [])})"
                )
            return list(reader)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None


def read_qrels(path: Path) -> dict[str, dict[str, float]]:
    """qid → product_uid → label; the label column is ``relevance`` or the third column."""
    rows = _read_tsv(path, ["qid", "product_uid"])
    if not rows:
        return {}
    label = "relevance" if "relevance" in rows[0] else list(rows[0])[2]
    qrels: dict[str, dict[str, float]] = defaultdict(dict)
    for row in rows:
        qrels[row["qid"]][row["product_uid"]] = float(row[label])
    return qrels


_CHUNK = 2048  # products per cached embedding file


def _embed_chunk(
    model: Any, texts: list[str], cache: Path | None
) -> tuple[np.ndarray[Any, Any], float, bool]:
    """Embed one chunk; with ``cache``, reuse or store it (so an interrupted run keeps its
    progress). Returns the vectors, the seconds spent embedding, whether it was cached."""
    # The options (e.g. int8 quantization) change the vectors, so they are part of the key.
    name = describe_embedder(model)
    key = hashlib.sha1((name + "\n" + "\n".join(texts)).encode()).hexdigest()
    cached = cache / f"emb-{key[:20]}.npy" if cache else None
    if cached is not None and cached.is_file():
        return np.load(cached), 0.0, True
    started = time.perf_counter()
    vectors = np.asarray(model.embed(texts), dtype=np.float32)
    seconds = time.perf_counter() - started
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        np.save(cached, vectors)
    return vectors, seconds, False


def _build(
    index: ProductIndex, docs: list[SearchDocument], embed: bool, cache: Path | None
) -> tuple[float, bool]:
    """Index ``docs``, embedding chunk n + 1 on a worker thread while chunk n is written
    (as ``search reindex`` does). Returns the seconds spent embedding and whether every
    chunk came from ``cache``."""
    from tradewinds.models import get_embedding_model

    model = get_embedding_model("embed")
    texts = [d.dense_text() for d in docs]
    seconds, all_cached = 0.0, True
    with ThreadPoolExecutor(1, thread_name_prefix="bench-embed") as pool:
        jobs = [
            (start, pool.submit(_embed_chunk, model, texts[start : start + _CHUNK], cache))
            for start in range(0, len(docs), _CHUNK)
            if embed
        ]
        for start, job in jobs:
            vectors, spent, cached = job.result()
            seconds, all_cached = seconds + spent, all_cached and cached
            for offset in range(0, len(vectors), _BATCH):
                first = start + offset
                index.upsert(docs[first : first + _BATCH], vectors[offset : offset + _BATCH])
    if not embed:  # BM25 alone: zero vectors, no model time
        zeros = np.zeros((min(_BATCH, len(docs)), index.dims), np.float32)
        for first in range(0, len(docs), _BATCH):
            batch = docs[first : first + _BATCH]
            index.upsert(batch, zeros[: len(batch)])
    return seconds, all_cached


def _ranked(candidates: list[Candidate], key: str) -> list[Candidate]:
    chosen = [c for c in candidates if getattr(c, key) is not None]
    return sorted(chosen, key=lambda c: (getattr(c, key), c.id))


def run_benchmark(
    products: Path,
    queries: Path,
    run_out: Path,
    qrels: Path | None = None,
    *,
    k: int = 100,
    semantic_ratio: float = 0.5,
    embedding_cache: Path | None = None,
    limit_queries: int | None = None,
    torch_threads: int | None = 1,
    fusion: str = "score",
    sweep: bool = False,
    common_share: float = COMMON_SHARE,
    ranker_cv: int | None = None,
    ranker_model: Path | None = None,
    ranker_save: Path | None = None,
    ranker_data_out: Path | None = None,
) -> dict[str, Any]:
    """Build, query, write the run and measure; see the module docstring."""
    from tradewinds.models import get_embedding_model

    if (ranker_cv or ranker_save) and qrels is None:
        raise InvalidInput("--ranker-cv and --ranker-save need --qrels (judgements to learn from)")
    applied = learned.load(ranker_model) if ranker_model is not None else None
    ranking = bool(ranker_cv or ranker_save or applied or ranker_data_out)
    top_n = applied.top_n if applied else learned.TOP_N
    features: dict[str, np.ndarray[Any, Any]] = {}
    heads: dict[str, tuple[list[str], list[str]]] = {}  # qid -> (top_n uids, the rest)
    feature_seconds: dict[str, float] = {}
    applied_run: dict[str, list[str]] = {}

    rows = _read_tsv(products, ["product_uid", "product_title"])
    query_rows = _read_tsv(queries, ["qid", "query"])[:limit_queries]
    uids = [r["product_uid"] for r in rows]
    docs = [
        SearchDocument(
            id=i, title=r["product_title"] or "", body=r.get("product_description") or ""
        )
        for i, r in enumerate(rows)
    ]
    params = RetrievalParams(
        fusion=fusion,
        semantic_ratio=semantic_ratio,
        candidates=max(k, RetrievalParams().candidates),  # the product's default depth
        min_similarity=-1.0,
        common_share=common_share,
    )
    if torch_threads:
        import torch

        torch.set_num_threads(torch_threads)
    model = get_embedding_model("embed")
    model.embed(["warm up"])  # load the model outside the timings
    with tempfile.TemporaryDirectory(prefix="tw-bench-search-") as tmp:
        started = time.perf_counter()
        index = ProductIndex(Path(tmp), dims=model.dims)
        embed_seconds, cached = _build(index, docs, semantic_ratio > 0, embedding_cache)
        vocabulary = index.vocabulary()
        corrector, stats = TypoCorrector(vocabulary), TermStats(vocabulary, len(docs))
        build_seconds = time.perf_counter() - started
        latencies: list[float] = []
        runs: dict[str, dict[str, list[str]]] = {"hybrid": {}, "bm25": {}, "dense": {}}
        pools: dict[str, list[Candidate]] = {}
        with run_out.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            writer.writerow(["qid", "product_uid", "rank", "score"])
            for row in query_rows:
                started = time.perf_counter()
                plan = plan_query(row["query"], corrector, None, stats, params.common_share)
                vector = (
                    np.asarray(model.embed([row["query"]])[0], dtype=np.float32)
                    if semantic_ratio > 0
                    else None
                )
                found = retrieve(index, plan, vector, params)[:k]
                latencies.append(time.perf_counter() - started)
                if ranking:
                    started = time.perf_counter()
                    head = [copy.copy(c) for c in found[:top_n]]
                    texts = stored_text(index, [c.id for c in head])
                    matrix = candidate_features(plan, head, texts, stats.df, stats.documents)
                    if applied is not None and len(head) > 1:
                        head = learned.apply_scores(head, applied.scores(matrix))
                        applied_run[row["qid"]] = [uids[c.id] for c in head + found[top_n:]]
                    feature_seconds[row["qid"]] = time.perf_counter() - started
                    features[row["qid"]] = matrix
                    heads[row["qid"]] = (
                        [uids[c.id] for c in found[:top_n]],
                        [uids[c.id] for c in found[top_n:]],
                    )
                for rank, c in enumerate(found, start=1):
                    writer.writerow([row["qid"], uids[c.id], rank, f"{c.score:.6f}"])
                runs["hybrid"][row["qid"]] = [uids[c.id] for c in found]
                runs["bm25"][row["qid"]] = [uids[c.id] for c in _ranked(found, "lexical_rank")]
                runs["dense"][row["qid"]] = [uids[c.id] for c in _ranked(found, "dense_rank")]
                pools[row["qid"]] = [copy.copy(c) for c in found]
        index.close()
    ms = np.asarray(latencies) * 1000 if latencies else np.zeros(1)
    result: dict[str, Any] = {
        "products": len(docs),
        "queries": len(query_rows),
        "semantic_ratio": semantic_ratio,
        "fusion": fusion,
        "common_share": common_share,
        "torch_threads": torch_threads,
        "embed_seconds": round(embed_seconds, 2),
        "embeddings_cached": cached,
        "build_seconds": round(build_seconds, 2),
        "products_per_s": round(len(docs) / build_seconds, 1) if not cached else None,
        "index_only_products_per_s": round(len(docs) / build_seconds, 1) if cached else None,
        "latency_ms": {
            "p50": round(float(np.percentile(ms, 50)), 2),
            "p95": round(float(np.percentile(ms, 95)), 2),
            "p99": round(float(np.percentile(ms, 99)), 2),
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    judged = read_qrels(qrels) if qrels is not None else {}
    if qrels is not None:
        result["metrics"] = {name: evaluate(run, judged) for name, run in runs.items()}
        if sweep:
            result["sweep"] = _sweep(pools, uids, judged, params)
    if ranking:
        result["ranker"] = ranker_report(
            features, heads, feature_seconds, latencies, judged, applied_run,
            ranker_cv=ranker_cv, ranker_model=ranker_model, ranker_save=ranker_save,
            data_out=ranker_data_out, run_out=run_out,
        )  # fmt: skip
    return result


def _sweep(
    pools: dict[str, list[Candidate]],
    uids: list[str],
    judged: dict[str, dict[str, float]],
    params: RetrievalParams,
) -> dict[str, dict[str, float]]:
    """Re-fuse the same candidates under other fusions and ratios (no new retrieval)."""
    from tradewinds.search.retrieval import fuse

    out = {}
    for fusion in FUSIONS:
        for ratio in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
            run = {}
            for qid, pool in pools.items():
                fused = fuse([copy.copy(c) for c in pool], ratio, fusion, params.rrf_k)
                run[qid] = [uids[c.id] for c in fused]
            out[f"{fusion}@{ratio}"] = evaluate(run, judged)
    return out
