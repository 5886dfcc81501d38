"""Moderation quality and latency on the OpenAI moderation set, next to a keyword baseline.

    python benchmarks/moderation.py [--data ../shared/data/moderation/openai_moderation.jsonl]

Reports, in one run:

* ``keywords``: a keyword-only blocklist baseline (the lexicon below);
* ``cv5``: the classifier with 5-fold cross-validation — each fold's head is fitted (and its
  threshold calibrated, by an inner cross-validation) on the generated seed texts plus the
  other four folds, and scores only its own fold (the honest estimate of the shipped head);
* ``seed_only``: a head fitted on the generated seed texts alone, scored on the whole set
  (fully held out: no OpenAI text seen);
* ``shipped_in_sample``: the shipped head through ``tradewinds bench moderation`` — it was
  fitted on this set, so this is NOT a held-out figure (printed to check the interface);
* per-category AUPRC (cv5), benign flag rate at the configured threshold and the recall
  at the threshold that flags ≤ 5% of benign texts; latency per short text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2] / "shared/data/moderation/openai_moderation.jsonl"
)
BASELINE_WORDS = [
    "kill",
    "murder",
    "rape",
    "sex",
    "fuck",
    "shit",
    "bitch",
    "nigger",
    "faggot",
    "suicide",
    "cut myself",
    "die",
    "hate",
    "stupid",
    "idiot",
    "porn",
    "naked",
    "nude",
    "bomb",
    "gun",
    "stab",
    "shoot",
    "slut",
    "whore",
    "retard",
    "kill myself",
    "pussy",
    "dick",
    "cock",
]


def auprc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import average_precision_score  # type: ignore[import-untyped]

    return float(average_precision_score(y, s)) if y.min() != y.max() else float("nan")


def summary(name: str, y: np.ndarray, s: np.ndarray, threshold: float) -> dict[str, object]:
    benign = s[y == 0]
    cut = float(np.quantile(benign, 0.95))
    return {
        "method": name,
        "auprc": round(auprc(y, s), 4),
        "benign_flag_rate@threshold": round(float((benign >= threshold).mean()), 4),
        "recall@threshold": round(float((s[y == 1] >= threshold).mean()), 4),
        "recall@5%benign": round(float((s[y == 1] > cut).mean()), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    import torch
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry
    from tradewinds.compliance.classifier import ClassifierModerator
    from tradewinds.compliance.training import embed, fit_head, read_openai_set, seed_set
    from tradewinds.compliance.verdict import CATEGORIES

    torch.set_num_threads(1)
    texts, labels, ids = read_openai_set(args.data)
    y = (labels == 1).any(axis=1).astype(int)
    threshold = 0.5
    results = []

    words = Blocklist([BlocklistEntry(w) for w in BASELINE_WORDS])
    base = np.array([1.0 if words.first_hit(t) else 0.0 for t in texts])
    results.append(summary("keywords", y, base, threshold))

    seed_texts, seed_labels = seed_set()
    t0 = time.perf_counter()
    vectors = embed(texts)
    embed_s = time.perf_counter() - t0
    seed_vectors = embed(seed_texts)

    per_cat = np.zeros((len(texts), labels.shape[1] + 1), dtype=np.float32)
    for train, test in StratifiedKFold(args.folds, shuffle=True, random_state=0).split(texts, y):
        head = fit_head(
            np.concatenate([seed_vectors, vectors[train]]),
            np.concatenate([seed_labels, labels[train]]),
            calibrate_on=np.arange(len(seed_texts) + len(train)) >= len(seed_texts),
        )
        per_cat[test] = head.predict(vectors[test])
    results.append(summary(f"cv{args.folds}", y, per_cat[:, -1], threshold))

    seed_head = fit_head(seed_vectors, seed_labels)
    results.append(summary("seed_only", y, seed_head.predict(vectors)[:, -1], threshold))

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text(
            "".join(
                json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts, strict=True)
            )
        )
        subprocess.run(
            ["tradewinds", "bench", "moderation", "--input", str(src), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        preds = [json.loads(line) for line in out.read_text().splitlines()]
    results.append(
        summary("shipped_in_sample", y, np.array([p["score"] for p in preds]), threshold)
    )

    categories = {}
    for j, cat in enumerate(CATEGORIES):
        known = labels[:, j] >= 0
        if labels[known, j].sum() > 0:
            categories[cat] = {
                "positives": int(labels[known, j].sum()),
                "auprc_cv": round(auprc(labels[known, j], per_cat[known, j]), 4),
            }

    moderator = ClassifierModerator.shipped()
    short = [t for t in texts if len(t) <= 200][:200]
    moderator.score(short[:2])
    times = []
    for text in short:
        t0 = time.perf_counter()
        moderator.score([text])
        times.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    for text in short:
        words.first_hit(text)
    keyword_ms = (time.perf_counter() - t0) * 1000 / len(short)

    report = {
        "data": str(args.data),
        "texts": len(texts),
        "flagged": int(y.sum()),
        "results": results,
        "categories_cv": categories,
        "latency_ms_short_text": {
            "n": len(short),
            "classifier_p50": round(float(np.percentile(times, 50)), 2),
            "classifier_p99": round(float(np.percentile(times, 99)), 2),
            "keywords_mean": round(keyword_ms, 4),
            "torch_threads": torch.get_num_threads(),
            "load_average": os.getloadavg(),
        },
        "embed_all_seconds": round(embed_s, 1),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
