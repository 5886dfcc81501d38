"""Ranking quality of a run against graded judgements: nDCG@10, MRR@10, Recall@100.

Shared by the search benchmark (``bench.py``) and its ranker report (``bench_ranker.py``).
"""

from __future__ import annotations

import math
from collections import defaultdict


def _dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def evaluate(
    run: dict[str, list[str]], qrels: dict[str, dict[str, float]], min_label: float = 1.0
) -> dict[str, float]:
    """Mean metrics over the queries in ``run`` that have judgements (see ``_evaluate``)."""
    return _evaluate(run, {q: j for q, j in qrels.items() if q in run}, min_label)


def _evaluate(
    run: dict[str, list[str]], qrels: dict[str, dict[str, float]], min_label: float
) -> dict[str, float]:
    """Mean nDCG@10, judged-only nDCG@10, MRR@10 and Recall@100 over judged queries.

    Gain is ``label - min_label``; a product counts as relevant (MRR, recall) when its
    label is within 0.5 of the highest label in the qrels.
    """
    top = max((v for judged in qrels.values() for v in judged.values()), default=0.0)
    relevant_at = top - 0.5
    totals: dict[str, float] = defaultdict(float)
    count = 0
    for qid, judged in qrels.items():
        ranking = run.get(qid, [])
        ideal = _dcg(sorted((v - min_label for v in judged.values()), reverse=True)[:10])
        if ideal <= 0:
            continue
        count += 1
        plain = [judged.get(p, min_label) - min_label for p in ranking[:10]]
        totals["ndcg@10"] += _dcg(plain) / ideal
        judged_only = [p for p in ranking if p in judged][:10]
        totals["judged_ndcg@10"] += _dcg([judged[p] - min_label for p in judged_only]) / ideal
        relevant = {p for p, v in judged.items() if v >= relevant_at}
        first = next((i for i, p in enumerate(ranking[:10]) if p in relevant), None)
        totals["mrr@10"] += 0.0 if first is None else 1.0 / (first + 1)
        if relevant:
            totals["recall@100"] += len(relevant & set(ranking[:100])) / len(relevant)
    if not count:
        return {}
    return {
        "queries": count,
        "ndcg@10": round(totals["ndcg@10"] / count, 4),
        "judged_ndcg@10": round(totals["judged_ndcg@10"] / count, 4),
        "mrr@10": round(totals["mrr@10"] / count, 4),
        "recall@100": round(totals["recall@100"] / count, 4),
    }
