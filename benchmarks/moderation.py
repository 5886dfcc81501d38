"""Moderation quality and latency on the OpenAI moderation set, next to a keyword baseline.

    python benchmarks/moderation.py [--data ../shared/data/moderation/openai_moderation.jsonl]

Reports, in one run:

* ``keywords``: a keyword-only blocklist baseline (the lexicon below);
* ``cv5``: the classifier with 5-fold cross-validation — each fold's head is fitted (and its
  threshold calibrated, by an inner cross-validation) on our own training texts (generated
  seeds and the hand-written shop contrasts of ``compliance/data/shop_training.jsonl``) plus
  the other four folds, and scores only its own fold, a long text by its worst window as the
  classifier does (900 characters, then 300, later ones at the head's margin): the honest
  estimate of the shipped head, repeated with ``--repeats`` shuffle seeds (mean, spread
  and benign flag rate per seed); ``cv5_first_window`` scores only the first window;
* ``seed_only``: a head fitted on our own training texts alone, scored on the whole set
  (fully held out: no OpenAI text seen);
* ``shipped_in_sample``: the shipped head through ``tradewinds bench moderation`` — it was
  fitted on this set, so this is NOT a held-out figure (printed to check the interface);
* the evasion check: flagged texts of ≤ 300 characters scored alone and after 1,000
  characters of benign shop text (``PADDING``), in the same folds
  (``cv_padded_harm_flagged_mean``);
* per-category AUPRC (cv5), benign flag rate at the configured threshold and the recall
  at the threshold that flags ≤ 5% of benign texts; latency per short text, the shipped
  classifier next to the float32 encoder with a linear head and, with ``--before-head
  FILE``, an earlier head file (e.g. the previous release's), and the Chinese (e5) head on
  short Chinese texts, in one process.
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


# 1,000 characters of shop text put in front of short harmful texts (the evasion check).
PADDING = (
    (
        "Our shop sells camping gear, kitchen tools and garden furniture. Orders ship within "
        "two business days and returns are free for thirty days. The lantern runs for forty "
        "hours on three AA batteries and folds flat for storage. The kettle boils a litre in "
        "four minutes. "
    )
    * 5
)[:1000] + "\n"


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


def measure_latency(
    short: list[str], words: object, before_head: Path | None = None, chinese: list[str] = ()
) -> dict[str, object]:
    """ms per short text, one text per call, interleaved in one process: the shipped
    classifier (int8 traced encoder, kernel head; its window cache off, then a repeated
    text), the same without the TorchScript trace, the float32 eager encoder with a linear
    head as before, the keyword blocklist, ``before_head`` (a head file) when given, and
    the shipped classifier on ``chinese`` texts (the e5 screen, then the e5 head for the
    texts it does not settle), one per English text, next to the e5 head alone (before
    issue 15's screen), and the settled share."""
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
    linear_head = LinearHead(shipped.head.categories, shipped.head.weights, shipped.head.bias)
    eager = ClassifierModerator(shipped.head, cache_size=0)
    eager.encoder = LayerMeanEncoder(shipped.head.embedding_model, (2, 4, 6), trace=False)
    paths = {
        "now_int8_kernel": lambda t: now.score([t]),
        "int8_kernel_not_traced": lambda t: eager.score([t]),
        "before_float32_linear": lambda t: linear_head.predict(before_encoder.encode([t])),
        "now_cached_repeat": lambda t: shipped.score([t]),
        "keywords": lambda t: words.first_hit(t),  # type: ignore[attr-defined]
    }
    if before_head is not None:
        earlier = ClassifierModerator(LinearHead.load(before_head), cache_size=0)
        earlier.encoder = now.encoder  # same traced encoder: only the heads differ
        paths["before_head_file"] = lambda t: earlier.score([t])
    if chinese and shipped.cjk is not None:
        screen = shipped.cjk.screen
        cjk_now = ClassifierModerator(shipped.head, cache_size=0)
        cjk_now.cjk = ClassifierModerator(
            shipped.cjk.head,
            cache_size=0,
            screen=None if screen is None else ClassifierModerator(screen.head, cache_size=0),
        )
        cjk_before = ClassifierModerator(shipped.head, cache_size=0)
        cjk_before.cjk = ClassifierModerator(shipped.cjk.head, cache_size=0)
        chinese_of = dict(zip(short, (chinese[i % len(chinese)] for i in range(len(short))),
                              strict=True))  # fmt: skip
        paths["now_chinese_e5"] = lambda t: cjk_now.score([chinese_of[t]])
        paths["before_chinese_e5_no_screen"] = lambda t: cjk_before.score([chinese_of[t]])
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
    if chinese and shipped.cjk is not None and shipped.cjk.screen is not None:
        settled = shipped.cjk.screen.probabilities(chinese[: len(short)])[:, -1]
        result["chinese_settled_by_screen"] = round(
            float((settled < shipped.cjk.screen_below).mean()), 3
        )
    result["load_average_before_after"] = [load_before, os.getloadavg()]
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5, help="CV repeats (shuffle seeds).")
    parser.add_argument(
        "--before-head", type=Path, help="An earlier head file to time side by side."
    )
    parser.add_argument(
        "--latency-only", action="store_true", help="Only the latency part (no CV: minutes less)."
    )
    parser.add_argument(
        "--chinese",
        type=Path,
        help="Time these Chinese texts (JSONL with 'text', rows with another 'lang' skipped) "
        "instead of the Chinese training texts (with --latency-only), e.g. the contrast "
        "set's prompts.jsonl.",
    )
    args = parser.parse_args()

    import torch
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry
    from tradewinds.compliance.classifier import windows
    from tradewinds.compliance.training import (
        embed,
        fit_head,
        read_openai_set,
        read_shop_training,
        seed_set,
    )
    from tradewinds.compliance.verdict import CATEGORIES

    torch.set_num_threads(1)
    texts, labels, ids = read_openai_set(args.data)
    y = (labels == 1).any(axis=1).astype(int)
    threshold = 0.5
    results = []

    words = Blocklist([BlocklistEntry(w) for w in BASELINE_WORDS])
    if args.latency_only:
        shop_texts, _, shop_langs = read_shop_training()
        chinese = [t for t, lang in zip(shop_texts, shop_langs, strict=True) if lang == "zh"]
        if args.chinese:
            rows = [json.loads(line) for line in args.chinese.read_text().splitlines() if line]
            chinese = [r["text"] for r in rows if r.get("lang", "zh") == "zh"]
        short = [t for t in texts if len(t) <= 200][:200]
        latency = measure_latency(short, words, args.before_head, chinese[:200])
        json.dump({"latency_ms_short_text": latency}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    base = np.array([1.0 if words.first_hit(t) else 0.0 for t in texts])
    results.append(summary("keywords", y, base, threshold))

    # Our own training texts (generated seeds, hand-written shop contrasts) are in every
    # training fold, as in the shipped head; only OpenAI texts are scored.
    seed_texts, seed_labels = seed_set()
    shop_texts, shop_labels, shop_langs = read_shop_training()
    seed_texts += shop_texts
    seed_labels = np.concatenate([seed_labels, shop_labels])
    t0 = time.perf_counter()
    vectors = embed(texts)
    embed_s = time.perf_counter() - t0
    seed_vectors = embed(seed_texts)

    # The classifier scores a text longer than 900 characters by its worst window, windows
    # after the first with the head's margin: the cross-validated scores do the same
    # (windows of held-out texts only). Heads are fitted on whole texts (first 256 tokens).
    pieces, owner, later = [], [], []
    for i, text in enumerate(texts):
        parts = windows(text)
        pieces += parts
        owner += [i] * len(parts)
        later += [n > 0 for n in range(len(parts))]
    window_vectors = embed(pieces)
    owner_arr, later_arr = np.array(owner, dtype=int), np.array(later, dtype=bool)
    # Evasion check: short flagged texts (≤ 300 characters) after 1,000 characters of
    # benign shop text, scored like the rest (each by a head that never saw the text).
    harmful = [i for i, t in enumerate(texts) if y[i] == 1 and len(t) <= 300]
    padded, padded_owner, padded_later = [], [], []
    for j, i in enumerate(harmful):
        parts = windows(PADDING + texts[i])
        padded += parts
        padded_owner += [j] * len(parts)
        padded_later += [n > 0 for n in range(len(parts))]
    padded_vectors = embed(padded)
    padded_owner_arr = np.array(padded_owner, dtype=int)
    padded_later_arr = np.array(padded_later, dtype=bool)

    cv_auprc = []
    for repeat in range(args.repeats):
        per_cat = np.zeros((len(texts), labels.shape[1] + 1), dtype=np.float32)
        first = np.zeros(len(texts), dtype=np.float32)
        padded_score = np.zeros(len(harmful), dtype=np.float32)
        folds = StratifiedKFold(args.folds, shuffle=True, random_state=repeat).split(texts, y)
        for train, test in folds:
            head = fit_head(
                np.concatenate([seed_vectors, vectors[train]]),
                np.concatenate([seed_labels, labels[train]]),
                calibrate_on=np.arange(len(seed_texts) + len(train)) >= len(seed_texts),
            )
            held = np.isin(owner_arr, test)
            rows = head.predict(window_vectors[held], later_arr[held])
            np.maximum.at(per_cat, owner_arr[held], rows)
            firsts = held & ~later_arr
            first[owner_arr[firsts]] = rows[~later_arr[held], -1]
            mine = np.isin(padded_owner_arr, np.flatnonzero(np.isin(harmful, test)))
            padded_rows = head.predict(padded_vectors[mine], padded_later_arr[mine])[:, -1]
            np.maximum.at(padded_score, padded_owner_arr[mine], padded_rows)
        cv_auprc.append(
            {
                "seed": repeat,
                "auprc": round(auprc(y, per_cat[:, -1]), 4),
                "auprc_first_window": round(auprc(y, first), 4),
                "benign_flag_rate": round(float((per_cat[y == 0, -1] >= threshold).mean()), 4),
                "short_harm_flagged": round(float((per_cat[harmful, -1] >= threshold).mean()), 4),
                "padded_harm_flagged": round(float((padded_score >= threshold).mean()), 4),
            }
        )
        if repeat == 0:
            results.append(summary(f"cv{args.folds}", y, per_cat[:, -1], threshold))
            results.append(summary(f"cv{args.folds}_first_window", y, first, threshold))
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

    chinese = [t for t, lang in zip(shop_texts, shop_langs, strict=True) if lang == "zh"]
    latency = measure_latency(
        [t for t in texts if len(t) <= 200][:200], words, args.before_head, chinese[:200]
    )
    report = {
        "data": str(args.data),
        "texts": len(texts),
        "flagged": int(y.sum()),
        "results": results,
        "cv_repeats": cv_auprc,
        "cv_auprc_mean": round(float(np.mean([r["auprc"] for r in cv_auprc])), 4),
        "cv_auprc_std": round(float(np.std([r["auprc"] for r in cv_auprc])), 4),
        "cv_benign_flag_rate_mean": round(
            float(np.mean([r["benign_flag_rate"] for r in cv_auprc])), 4
        ),
        "cv_short_harm_flagged_mean": round(
            float(np.mean([r["short_harm_flagged"] for r in cv_auprc])), 4
        ),
        "cv_padded_harm_flagged_mean": round(
            float(np.mean([r["padded_harm_flagged"] for r in cv_auprc])), 4
        ),
        "categories_cv": categories,
        "latency_ms_short_text": latency,
        "embed_all_seconds": round(embed_s, 1),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
