"""Lexical engine choice: SQLite FTS5 (what the index uses) against bm25s, same analysis.

Both engines get the tokens of ``tradewinds.text.analyse`` (stemming, units,
jieba), so the comparison is of the engines: build time, query latency (one query at a
time, analysis included) and relevance (nDCG@10 unjudged = 0, judged-only nDCG@10).
Needs ``pip install bm25s`` (not a Tradewinds dependency).

    python benchmarks/search_lexical_engines.py [--set homedepot] [--limit-queries N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from tradewinds.search.bench import _read_tsv, evaluate, read_qrels
from tradewinds.search.documents import SearchDocument
from tradewinds.search.index import ProductIndex
from tradewinds.search.retrieval import plan_query
from tradewinds.text import analyse

DATA = Path(__file__).parent.parent.parent / "shared" / "data" / "search"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="homedepot")
    parser.add_argument("--limit-queries", type=int, default=None)
    args = parser.parse_args()
    folder = DATA / args.set
    rows = _read_tsv(folder / "products.tsv", ["product_uid", "product_title"])
    queries = _read_tsv(folder / "queries.tsv", ["qid", "query"])[: args.limit_queries]
    qrels = read_qrels(folder / "qrels.tsv")
    uids = [r["product_uid"] for r in rows]
    docs = [
        SearchDocument(id=i, title=r["product_title"], body=r.get("product_description") or "")
        for i, r in enumerate(rows)
    ]
    out: dict[str, dict[str, object]] = {}

    import bm25s

    started = time.perf_counter()
    corpus = [analyse(f"{d.title} {d.body}") for d in docs]
    engine = bm25s.BM25()
    engine.index(corpus, show_progress=False)
    build = time.perf_counter() - started
    run, latencies = {}, []
    for q in queries:
        started = time.perf_counter()
        tokens = [t for t in analyse(q["query"]) if t in engine.vocab_dict] or ["\x00"]
        if tokens == ["\x00"]:
            run[q["qid"]] = []
        else:
            ids, _ = engine.retrieve([tokens], k=100, show_progress=False, n_threads=1)
            run[q["qid"]] = [uids[i] for i in ids[0]]
        latencies.append(time.perf_counter() - started)
    out["bm25s"] = _summary(build, latencies, evaluate(run, qrels))

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        index = ProductIndex(Path(tmp), dims=1)
        zeros = np.zeros((1024, 1), np.float32)
        for start in range(0, len(docs), 1024):
            batch = docs[start : start + 1024]
            index.upsert(batch, zeros[: len(batch)])
        build = time.perf_counter() - started
        run, latencies = {}, []
        for q in queries:
            started = time.perf_counter()
            hits = index.lexical(plan_query(q["query"]).match, 100)
            run[q["qid"]] = [uids[i] for i, _ in hits]
            latencies.append(time.perf_counter() - started)
        index.close()
    out["sqlite_fts5"] = _summary(build, latencies, evaluate(run, qrels))
    print(json.dumps({"set": args.set, "products": len(docs), **out}, indent=2))


def _summary(build: float, latencies: list[float], metrics: dict[str, float]) -> dict[str, object]:
    ms = np.asarray(latencies) * 1000
    return {
        "build_s": round(build, 1),
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        **metrics,
    }


if __name__ == "__main__":
    main()
