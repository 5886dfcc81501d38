"""Moderation quality and latency on the OpenAI moderation set, next to a keyword baseline.

    python benchmarks/moderation.py [--data ../shared/data/moderation/openai_moderation.jsonl]

Reports, in one run:

* ``keywords``: a keyword-only blocklist baseline (the lexicon below);
* ``cv5``: the classifier with 5-fold cross-validation — each fold's head is fitted (and its
  threshold calibrated, by an inner cross-validation) on the generated seed texts plus the
  other four folds, and scores only its own fold, a long text by its worst 900-character
  window as the classifier does (the honest estimate of the shipped head), repeated with
  ``--repeats`` shuffle seeds; ``cv5_first_256_tokens`` scores only the first 256 tokens;
* ``seed_only``: a head fitted on the generated seed texts alone, scored on the whole set
  (fully held out: no OpenAI text seen);
* ``shipped_in_sample``: the shipped head through ``tradewinds bench moderation`` — it was
  fitted on this set, so this is NOT a held-out figure (printed to check the interface);
* per-category AUPRC (cv5), benign flag rate at the configured threshold and the recall
  at the threshold that flags ≤ 5% of benign texts; latency per short text, the shipped
  classifier next to the float32 encoder with a linear head (as before) in one process.
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
# The console script of this interpreter's environment (works without an activated venv).
TRADEWINDS = str(Path(sys.executable).parent / "tradewinds")
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


def measure_latency(short: list[str], words: object) -> dict[str, object]:
    """ms per short text, one text per call, interleaved in one process: the shipped
    classifier (int8 traced encoder, kernel head; its window cache off, then a repeated
    text), the same without the TorchScript trace, the float32 eager encoder with a linear
    head as before, and the keyword blocklist."""
    import torch
    from threadpoolctl import threadpool_limits

    from tradewinds.compliance._encoder import LayerMeanEncoder
    from tradewinds.compliance.classifier import ClassifierModerator
    from tradewinds.compliance.heads import LinearHead

    threadpool_limits(1, user_api="blas")  # as the server does (see limit_torch_threads)
    shipped = ClassifierModerator.shipped()
    now = ClassifierModerator(shipped.head, cache_size=0)
    before_encoder = LayerMeanEncoder(
        shipped.head.embedding_model, (2, 4, 6), quantize=False, trace=False
    )
    before_head = LinearHead(shipped.head.categories, shipped.head.weights, shipped.head.bias)
    eager = ClassifierModerator(shipped.head, cache_size=0)
    eager.encoder = LayerMeanEncoder(shipped.head.embedding_model, (2, 4, 6), trace=False)
    paths = {
        "now_int8_kernel": lambda t: now.score([t]),
        "int8_kernel_not_traced": lambda t: eager.score([t]),
        "before_float32_linear": lambda t: before_head.predict(before_encoder.encode([t])),
        "now_cached_repeat": lambda t: shipped.score([t]),
        "keywords": lambda t: words.first_hit(t),  # type: ignore[attr-defined]
    }
    for fn in paths.values():
        fn(short[0])  # load and warm up
    times: dict[str, list[float]] = {name: [] for name in paths}
    load_before = os.getloadavg()
    for i, text in enumerate(short):
        names = list(paths) if i % 2 == 0 else list(reversed(paths))
        for name in names:
            if name == "now_cached_repeat":
                shipped.score([text])  # first sight fills the cache; the timed call hits it
            t0 = time.perf_counter()
            paths[name](text)
            times[name].append((time.perf_counter() - t0) * 1000)
    result: dict[str, object] = {"n": len(short), "torch_threads": torch.get_num_threads()}
    for name, values in times.items():
        result[name] = {
            "p50": round(float(np.percentile(values, 50)), 3),
            "p99": round(float(np.percentile(values, 99)), 3),
        }
    result["load_average_before_after"] = [load_before, os.getloadavg()]
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3, help="CV repeats (shuffle seeds).")
    args = parser.parse_args()

    import torch
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry
    from tradewinds.compliance.classifier import windows
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

    # The classifier scores a text longer than 900 characters by its worst window: the
    # cross-validated scores do the same (windows of held-out texts only).
    pieces, owner = [], []
    for i, text in enumerate(texts):
        parts = windows(text)
        if len(parts) > 1:
            pieces += parts
            owner += [i] * len(parts)
    window_vectors = embed(pieces)
    owner_arr = np.array(owner, dtype=int)

    cv_auprc = []
    for repeat in range(args.repeats):
        per_cat = np.zeros((len(texts), labels.shape[1] + 1), dtype=np.float32)
        first = np.zeros(len(texts), dtype=np.float32)
        folds = StratifiedKFold(args.folds, shuffle=True, random_state=repeat).split(texts, y)
        for train, test in folds:
            head = fit_head(
                np.concatenate([seed_vectors, vectors[train]]),
                np.concatenate([seed_labels, labels[train]]),
                calibrate_on=np.arange(len(seed_texts) + len(train)) >= len(seed_texts),
            )
            per_cat[test] = head.predict(vectors[test])
            first[test] = per_cat[test, -1]
            held = np.isin(owner_arr, test)
            if held.any():
                np.maximum.at(per_cat, owner_arr[held], head.predict(window_vectors[held]))
        cv_auprc.append(
            {
                "seed": repeat,
                "auprc": round(auprc(y, per_cat[:, -1]), 4),
                "auprc_first_256_tokens": round(auprc(y, first), 4),
            }
        )
        if repeat == 0:
            results.append(summary(f"cv{args.folds}", y, per_cat[:, -1], threshold))
            results.append(summary(f"cv{args.folds}_first_256_tokens", y, first, threshold))
            per_cat_seed0 = per_cat.copy()
    per_cat = per_cat_seed0

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
            [TRADEWINDS, "bench", "moderation", "--input", str(src), "--out", str(out)],
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

    latency = measure_latency([t for t in texts if len(t) <= 200][:200], words)
    report = {
        "data": str(args.data),
        "texts": len(texts),
        "flagged": int(y.sum()),
        "results": results,
        "cv_repeats": cv_auprc,
        "cv_auprc_mean": round(float(np.mean([r["auprc"] for r in cv_auprc])), 4),
        "categories_cv": categories,
        "latency_ms_short_text": latency,
        "embed_all_seconds": round(embed_s, 1),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
