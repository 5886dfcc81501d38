"""Fine-tuned embeddings (``tradewinds search encoder fit``) measured by cross-validation.

Protocol, per data set: split the queries into ``--folds`` folds by query (the learned
ranker's split, ``ranker.query_folds``, seed 0). For each fold of ``--run-folds``:

1. fine-tune the configured embedding model (MiniLM) on the judgements of the *other*
   folds' queries only (``encoder_training.positive_share`` picks the positives, pairs
   are (query, the product's ``dense_text``), as ``search encoder fit`` builds them);
2. run ``tradewinds bench search``'s harness on the held-out fold's queries twice in this
   process: with the packaged model (baseline) and with the fine-tuned one — a fresh index
   each, every product re-embedded by the fine-tuned model.

A held-out query was never seen in training, but its products may have been (with other
queries): that is the situation of a shop whose model learned from last month's searches.
Five folds on Home Depot take about an hour on two cores (10 min of training and 2 min of
re-embedding 55k titles per fold), hence ``--run-folds``.

    python benchmarks/search_encoder.py --set homedepot --run-folds 0 1 [--epochs 1]
    python benchmarks/search_encoder.py --set crowdflower --train-on homedepot   # transfer
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tradewinds.core.settings import get_settings
from tradewinds.models import clear_model_cache
from tradewinds.models.fine_tune import FineTuneParams, fine_tune
from tradewinds.models.sentence_transformers import resolve_model_dir
from tradewinds.search.bench import read_qrels, run_benchmark
from tradewinds.search.documents import SearchDocument
from tradewinds.search.encoder_training import positive_share
from tradewinds.search.ranker import query_folds

HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "search"
ENV = "TRADEWINDS_MODELS__EMBED__MODEL"


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _use_model(folder: str | None) -> None:
    if folder is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = folder
    get_settings.cache_clear()
    clear_model_cache()


def _load(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, dict[str, float]]]:
    """Product uid → the text the index embeds; qid → query; qid → {uid: label}."""
    text = {
        p["product_uid"]: SearchDocument(
            id=0, title=p["product_title"] or "", body=p.get("product_description") or ""
        ).dense_text()
        for p in _tsv(folder / "products.tsv")
    }
    queries = {q["qid"]: q["query"] for q in _tsv(folder / "queries.tsv")}
    return text, queries, read_qrels(folder / "qrels.tsv")


def _train(folder: Path, keep: Callable[[str], bool], out: Path, epochs: float) -> dict[str, Any]:
    """Fine-tune the packaged MiniLM on the positives of ``folder``'s kept queries."""
    text, queries, judged = _load(folder)
    threshold = positive_share(judged)
    pairs = [
        (queries[q], text[p])
        for q, labels in judged.items()
        if q in queries and keep(q)
        for p, v in labels.items()
        if v >= threshold and p in text
    ]
    started = time.perf_counter()
    meta = fine_tune(
        resolve_model_dir("all-MiniLM-L6-v2"),
        pairs,
        out,
        FineTuneParams(epochs=epochs),
        progress=lambda s, n, loss: print(f"step {s}/{n} loss {loss:.3f}", file=sys.stderr),
    )
    return {"train_pairs": len(pairs), "positive_from": threshold, "epochs": epochs,
            "train_seconds": round(time.perf_counter() - started, 1),
            "final_loss": meta["final_loss"]}  # fmt: skip


def _compare(folder: Path, held: list[str], work: Path, encoder: Path) -> dict[str, Any]:
    """The harness on ``held`` queries of ``folder``: packaged model, then ``encoder``."""
    _, queries, judged = _load(folder)
    _write(work / "q.tsv", ["qid", "query"], [[q, queries[q]] for q in held])
    _write(
        work / "qrels.tsv",
        ["qid", "product_uid", "relevance"],
        [[q, p, str(v)] for q in held for p, v in judged.get(q, {}).items()],
    )
    row: dict[str, Any] = {"held_out_queries": len(held)}
    for name, model in (("packaged", None), ("fine_tuned", str(encoder))):
        _use_model(model)
        result = run_benchmark(
            folder / "products.tsv", work / "q.tsv", work / f"{name}.run.tsv",
            work / "qrels.tsv", embedding_cache=HERE / "results" if model is None else None,
            sweep=True, torch_threads=2,
        )  # fmt: skip
        row[name] = {
            "metrics": result["metrics"],
            "best_sweep": max(result["sweep"].items(), key=lambda kv: kv[1]["judged_ndcg@10"]),
            "best_sweep_plain": max(result["sweep"].items(), key=lambda kv: kv[1]["ndcg@10"]),
            "latency_ms": result["latency_ms"],
            "build_products_per_s": result["products_per_s"],
        }
    _use_model(None)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--set", default="homedepot")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--run-folds", type=int, nargs="+", default=[0])
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument(
        "--train-on",
        help="Transfer instead of CV: fine-tune on all judgements of this other set, "
        "evaluate on every query of --set",
    )
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    folder = args.data / args.set
    results = HERE / "results"
    if args.train_on:
        with tempfile.TemporaryDirectory(prefix="tw-bench-encoder-") as tmp:
            trained = _train(
                args.data / args.train_on, lambda q: True, Path(tmp) / "e", args.epochs
            )
            held = sorted(_load(folder)[1])
            row = {"set": args.set, "trained_on": args.train_on, **trained,
                   **_compare(folder, held, Path(tmp), Path(tmp) / "e")}  # fmt: skip
        print(json.dumps(row))
        path = results / f"{args.set}.encoder-from-{args.train_on}.json"
        path.write_text(json.dumps(row, indent=1) + "\n")
        return
    queries = _load(folder)[1]
    folds = query_folds(sorted(queries), args.folds, 0)
    out = []
    for fold in args.run_folds:
        with tempfile.TemporaryDirectory(prefix="tw-bench-encoder-") as tmp:
            work = Path(tmp)
            keep = {q for q in queries if folds[q] != fold}.__contains__
            trained = _train(folder, keep, work / "e", args.epochs)
            held = [q for q in queries if folds[q] == fold]
            row = {"set": args.set, "fold": fold, "folds": args.folds, **trained,
                   **_compare(folder, held, work, work / "e")}  # fmt: skip
            print(json.dumps(row), flush=True)
            out.append(row)
    path = results / f"{args.set}.encoder.json"
    out = _merge(path, out)
    pooled = {name: _pooled([row[name]["metrics"]["hybrid"] for row in out]) for name in
              ("packaged", "fine_tuned")}  # fmt: skip
    pooled |= {
        f"{name}_dense": _pooled([row[name]["metrics"]["dense"] for row in out])
        for name in ("packaged", "fine_tuned")
    }
    print(json.dumps({"set": args.set, "folds": [r["fold"] for r in out], "pooled": pooled}))
    path.write_text(json.dumps({"folds": out, "pooled": pooled}, indent=1) + "\n")


def _merge(path: Path, rows: list[dict]) -> list[dict]:
    """This run's folds plus earlier runs' other folds of the same split and epochs.

    Folds take ~12 min each on Home Depot, so they are run a few at a time
    (``--run-folds``); pooled figures cover every fold measured so far.
    """
    earlier: list[dict] = []
    if path.exists():
        data = json.loads(path.read_text())
        earlier = data["folds"] if isinstance(data, dict) else data
    split = {(r["folds"], r.get("epochs", 1.0)) for r in rows}
    done = {r["fold"] for r in rows}
    kept = [
        r for r in earlier if (r["folds"], r.get("epochs", 1.0)) in split and r["fold"] not in done
    ]
    return sorted(kept + rows, key=lambda r: r["fold"])


def _pooled(metrics: list[dict[str, float]]) -> dict[str, float]:
    """Query-weighted mean of per-fold metrics (each fold's ``queries`` judged queries)."""
    total = sum(m["queries"] for m in metrics)
    keys = [k for k in metrics[0] if k != "queries"]
    out = {k: round(sum(m[k] * m["queries"] for m in metrics) / total, 4) for k in keys}
    return {"queries": total, **out}


if __name__ == "__main__":
    main()
