"""The learned ranker's part of the search benchmark (``bench.py``): cross-validation
split by query, a saved ranker applied, its latency, and the training data for tuning."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

import numpy as np

from tradewinds.search import ranker as learned
from tradewinds.search.bench_metrics import evaluate


def training_queries(
    features: dict[str, np.ndarray[Any, Any]],
    heads: dict[str, tuple[list[str], list[str]]],
    judged: dict[str, dict[str, float]],
    min_label: float = 1.0,
) -> dict[str, learned.TrainingQuery]:
    """The judged queries' candidates with gains (label - ``min_label``; unjudged = 0)."""
    out = {}
    for qid, matrix in features.items():
        labels = judged.get(qid)
        if not labels or len(matrix) < 2:
            continue
        gains = np.array([labels.get(uid, min_label) - min_label for uid in heads[qid][0]])
        out[qid] = learned.TrainingQuery(qid, matrix, gains)
    return out


def ranker_report(
    features: dict[str, np.ndarray[Any, Any]],
    heads: dict[str, tuple[list[str], list[str]]],
    feature_seconds: dict[str, float],
    latencies: list[float],
    judged: dict[str, dict[str, float]],
    applied_run: dict[str, list[str]],
    *,
    ranker_cv: int | None,
    ranker_model: Path | None,
    ranker_save: Path | None,
    data_out: Path | None,
    run_out: Path,
) -> dict[str, Any]:
    """Cross-validate, apply and/or fit the ranker on the candidates of the run.

    ``features``/``heads`` hold each query's top ``TOP_N`` feature rows and candidate uids
    (and the uids after them); ``feature_seconds`` the time their features took in the
    query loop (with ``ranker_model``: features and prediction). ``latencies`` are the
    unranked query times; the latency with the ranker adds the two.
    """
    training = training_queries(features, heads, judged)
    report: dict[str, Any] = {"top_n": learned.TOP_N, "judged_queries": len(training)}
    base_ms = np.asarray(latencies) * 1000
    extra_ms = np.array([feature_seconds.get(q, 0.0) for q in features]) * 1000
    runs: dict[str, dict[str, list[str]]] = {}
    if ranker_model is not None:
        runs["ranker_model"] = {q: applied_run.get(q, heads[q][0] + heads[q][1]) for q in heads}
        report["model"] = str(ranker_model)
    if ranker_cv:
        scores, folds = learned.cross_validated_scores(features, training, ranker_cv)
        predict_ms = []
        cv_run = {}
        for qid, (head, tail) in heads.items():
            started = time.perf_counter()
            order = np.argsort(-scores[qid], kind="stable") if len(head) > 1 else range(len(head))
            predict_ms.append((time.perf_counter() - started) * 1000)
            cv_run[qid] = [head[i] for i in order] + tail
        runs[f"ranker_cv{ranker_cv}"] = cv_run
        report["folds"] = ranker_cv
        report["fold_sizes"] = [sum(1 for f in folds.values() if f == i) for i in range(ranker_cv)]
    if ranker_model is None:  # CV: features (timed in the loop) + one prediction, measured
        extra_ms = extra_ms + _predict_ms(features, training)
    total = base_ms + extra_ms[: len(base_ms)]
    report["latency_ms_with_ranker"] = {
        p: round(float(np.percentile(total, int(p[1:]))), 2) for p in ("p50", "p95", "p99")
    }
    report["ranker_part_ms"] = {
        p: round(float(np.percentile(extra_ms, int(p[1:]))), 2) for p in ("p50", "p95")
    }
    if judged:
        report["metrics"] = {name: evaluate(run, judged) for name, run in runs.items()}
    for name, run in runs.items():
        _write_run(run_out.with_suffix(f".{name}.tsv"), run)
    if ranker_save is not None:
        learned.save(learned.fit(list(training.values()), info={"source": "bench"}), ranker_save)
        report["saved"] = str(ranker_save)
    if data_out is not None:
        _save_data(data_out, features, heads, judged)
    return report


def _predict_ms(
    features: dict[str, np.ndarray[Any, Any]], training: dict[str, learned.TrainingQuery]
) -> np.ndarray[Any, Any]:
    """Per query, the time one fitted model takes to score its candidates."""
    ranker = learned.fit(list(training.values()))
    out = []
    for matrix in features.values():
        started = time.perf_counter()
        ranker.scores(matrix)
        out.append((time.perf_counter() - started) * 1000)
    return np.asarray(out)


def _write_run(path: Path, run: dict[str, list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["qid", "product_uid", "rank", "score"])
        for qid, ranking in run.items():
            for rank, uid in enumerate(ranking, start=1):
                writer.writerow([qid, uid, rank, f"{1.0 / rank:.6f}"])


def _save_data(
    path: Path,
    features: dict[str, np.ndarray[Any, Any]],
    heads: dict[str, tuple[list[str], list[str]]],
    judged: dict[str, dict[str, float]],
) -> None:
    """Features, candidate uids and labels (NaN = unjudged) of every query, for tuning."""
    qids = list(features)
    np.savez_compressed(
        path,
        qids=np.array(qids),
        sizes=np.array([len(features[q]) for q in qids]),
        features=np.vstack([features[q] for q in qids]),
        labels=np.array(
            [judged.get(q, {}).get(u, np.nan) for q in qids for u in heads[q][0]], dtype=float
        ),
    )
