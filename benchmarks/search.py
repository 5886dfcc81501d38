"""Search relevance and speed on Home Depot and CrowdFlower (see docs/search.md).

Protocol: for each data set, build a fresh index of every product with the configured
embedding model, run every query one at a time (``tradewinds bench search``'s harness),
and report nDCG@10 (unjudged = 0), judged-only nDCG@10, MRR@10 and Recall@100 for the
hybrid ranking and, from the same candidates in the same run, BM25 alone and dense alone.
Product embeddings are cached under ``benchmarks/results/`` (gitignored) so reruns measure
ranking changes quickly; the first run measures the full build including embeddings.

    python benchmarks/search.py [--data ../shared/data/search] [--limit-queries N]

With ``--ranker-cv K`` each set also reports the learned ranker by K-fold cross-validation
split by query, saves a ranker fitted on all its judged queries to
``results/<set>.ranker/``, and applies the ranker saved for the other sets (cross-dataset
transfer) when there is one: ``--sets crowdflower homedepot crowdflower --ranker-cv 5``
gets both directions in one call.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from tradewinds.search.bench import run_benchmark

HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "search"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=["homedepot", "crowdflower"])
    parser.add_argument("--limit-queries", type=int, default=None)
    parser.add_argument("--semantic-ratio", type=float, default=0.5)
    parser.add_argument("--fusion", default="score", choices=["rrf", "score"])
    parser.add_argument("--no-cache", action="store_true", help="Embed products afresh.")
    parser.add_argument("--ranker-cv", type=int, default=None, help="Folds (by query).")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    rows = []
    for name in args.sets:
        folder = args.data / name
        others = [results / f"{o}.ranker" for o in args.sets if o != name]
        transfer = next((p for p in others if (p / "model.txt").is_file()), None)
        result = run_benchmark(
            folder / "products.tsv",
            folder / "queries.tsv",
            results / f"{name}.run.tsv",
            folder / "qrels.tsv",
            semantic_ratio=args.semantic_ratio,
            embedding_cache=None if args.no_cache else results,
            limit_queries=args.limit_queries,
            fusion=args.fusion,
            sweep=True,
            ranker_cv=args.ranker_cv,
            ranker_save=results / f"{name}.ranker" if args.ranker_cv else None,
            ranker_model=transfer if args.ranker_cv else None,
        )
        result["set"] = name
        (results / f"{name}.json").write_text(json.dumps(result, indent=2))
        rows.append(result)
        print(json.dumps(result), flush=True)
    print("\n| set | ranking | nDCG@10 | judged nDCG@10 | MRR@10 | R@100 |")
    print("|---|---|---|---|---|---|")
    for result in rows:
        ranked = result.get("ranker", {}).get("metrics", {})
        for ranking, m in {**result["metrics"], **ranked}.items():
            print(
                f"| {result['set']} | {ranking} | {m['ndcg@10']} | {m['judged_ndcg@10']} | "
                f"{m['mrr@10']} | {m['recall@100']} |"
            )


if __name__ == "__main__":
    main()
