"""Next-item recommendation benchmark, leave-one-out (see docs/benchmarks.md).

    python benchmarks/recommend.py DATA_DIR [--only Beauty] [--k 10] [--splits val,test]

For every ``NAME.txt`` in DATA_DIR (S3-Rec format, optional ``NAME_item2attributes.json``):

1. Splits. *val*: each user's last item is dropped and the second-last is the answer;
   *test*: the last item is the answer. The answer is cut off *before* ``tradewinds bench
   recommend`` sees the file, so the harness never reads it. Hyper-parameters are chosen
   on *val* only.
2. Both the transition baseline (``--model transition``) and the engine run through the
   same CLI in a child process each (wall time and peak RSS per run), ranking all items
   minus the user's history; NDCG@10 and HR@10 side by side.
3. Cold start (test split): users whose answer has <= 2 interactions in the training
   histories. Recall@10 of popularity vs content (attribute) candidates, ranked over all
   items and over the cold pool only (items with <= 2 interactions), plus the engine's run.

   The same cold users ranked by the service's likeness source (``content.neighbours``:
   TF-IDF over the catalogue's features, here the attribute ids) read like the engine's
   attribute model (window 10, decay 0.7, 30 neighbours each), to choose between them.
4. Second split (``--demo``): the demo store (seed 7) generated into a temporary SQLite
   file; its customers' product sequences as the service trains on them (orders and
   events in time order, repeats in a row collapsed; ``training_sequences``) and its
   products' catalogue features as attributes, evaluated by the same protocol.
5. Scale (``--scale``): the first dataset grown to ~35k users / ~18k items (13k users
   copied, half of the items of the copies renamed to new ids) and timed end to end.

Prints markdown tables with the machine and date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tradewinds.recommend import (
    ItemModel,
    fit_content,
    leave_last_out,
    read_item_attributes,
    read_run,
    read_sequences,
    score_rankings,
)
from tradewinds.recommend.content import ItemInfo, neighbours  # the likeness source

NEIGHBOURS = 30  # per item, both likeness models (what the service keeps)

MODELS = ("transition", "sequential")
CUTS = {"val": 2, "test": 1}


def run_bench(history: Path, attributes: Path | None, model: str, k: int, out: Path) -> dict:
    """``tradewinds bench recommend`` in a child process; its summary plus wall time and
    peak RSS measured from outside."""
    args = [
        sys.executable,
        "-c",
        "from tradewinds.cli.app import main; main()",
        "bench",
        "recommend",
        "--sequences",
        str(history),
        "--k",
        str(k),
        "--out",
        str(out),
        "--model",
        model,
    ]
    if attributes is not None:
        args += ["--attributes", str(attributes)]
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    stdout = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"bench recommend failed ({child.returncode}): {' '.join(args)}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    summary["wall_s"] = time.perf_counter() - started
    summary["peak_rss_mb"] = usage.ru_maxrss / 1024
    return summary


def scaled(sequences: dict[str, list[str]], users: int, items: int) -> dict[str, list[str]]:
    """``sequences`` plus copies of its first users until ``users``, with a fixed half of
    the items of the copies renamed so that about ``items`` distinct items exist."""
    rng = random.Random(7)
    known = sorted({i for s in sequences.values() for i in s})
    renamed = set(rng.sample(known, min(len(known), max(0, items - len(known)))))
    out = dict(sequences)
    for n, (user, seq) in enumerate(sequences.items()):
        if len(out) >= users:
            break
        out[f"copy{n}-{user}"] = [f"new{i}" if i in renamed else i for i in seq]
    return out


def cold_start(
    sequences: dict[str, list[str]],
    attributes: dict[str, list[str]] | None,
    engine_run: dict[str, list[str]],
    k: int,
) -> list[tuple[str, str, float]]:
    """Recall@k on the test answers that are cold items (<= 2 training interactions)."""
    split = leave_last_out(sequences, cut=1)
    counts = Counter(i for h in split.histories.values() for i in h)
    cold_users = {u: a for u, a in split.answers.items() if counts[a] <= 2}
    if not cold_users:
        return []
    known = set(counts) | set(split.answers.values()) | set(attributes or ())
    cold_pool = {i for i in known if counts[i] <= 2}
    by_popularity = sorted(known, key=lambda i: (-counts[i], i))
    histories = {u: split.histories[u] for u in cold_users}

    def popular(pool: set[str] | None) -> dict[str, list[str]]:
        ranked = [i for i in by_popularity if pool is None or i in pool]
        out = {}
        for user, history in histories.items():
            seen = set(history)
            out[user] = [i for i in ranked[: k + len(seen)] if i not in seen][:k]
        return out

    rows = [
        (f"popularity, all items ({len(known)})", "all", _recall(popular(None), cold_users)),
        (
            f"popularity, cold pool ({len(cold_pool)})",
            "cold",
            _recall(popular(cold_pool), cold_users),
        ),
        ("engine run (bench recommend)", "all", _recall(engine_run, cold_users)),
    ]
    if attributes:
        content = fit_content(list(split.histories.values()), attributes, neighbours=NEIGHBOURS)
        likeness = likeness_model(content, attributes)
        for label, model in (
            ("content (engine, attributes.py)", content),
            ("likeness (service, content.py TF-IDF)", likeness),
        ):
            for pool_name, pool in (("all", None), ("cold", cold_pool)):
                ranked = _top(model, histories, k, pool)
                rows.append((f"{label}, {pool_name}", pool_name, _recall(ranked, cold_users)))
    return [(f"{name} [{len(cold_users)} users]", pool, r) for name, pool, r in rows]


def likeness_model(content: ItemModel, attributes: dict[str, list[str]]) -> ItemModel:
    """The service's likeness lists (``content.neighbours`` over the attributes as
    features) in an :class:`ItemModel` over ``content``'s items, read like ``content``."""
    from scipy import sparse

    index = {item: n for n, item in enumerate(content.items)}
    infos = [
        ItemInfo(id=index[item], title="", tags=tuple(values))
        for item, values in attributes.items()
        if item in index
    ]
    rows, cols, vals = [], [], []
    for source, similar in neighbours(infos, k=NEIGHBOURS).items():
        for target, value in similar:
            rows.append(source)
            cols.append(target)
            vals.append(value)
    n = len(content.items)
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(n, n), dtype="float32")
    return ItemModel(
        items=content.items,
        matrix=matrix,
        popularity=content.popularity,
        window=content.window,
        decay=content.decay,
        popularity_weight=content.popularity_weight,
        name="likeness",
    )


def demo_dataset(folder: Path) -> None:
    """Write the demo store's training sequences and catalogue features as
    ``folder/demo.txt`` and ``folder/demo_item2attributes.json``."""
    from sqlalchemy import select

    from tradewinds.demo import DemoParams, generate_demo_store
    from tradewinds.recommend import training_sequences
    from tradewinds.store import open_database, system_session
    from tradewinds.store.tables import Tenant

    db = open_database(url=f"sqlite:///{folder / 'demo.db'}")
    generate_demo_store(db, DemoParams(seed=7), data_dir=folder, tenant="demo")
    with system_session(db) as session:
        tenant = session.scalars(select(Tenant).where(Tenant.slug == "demo")).one()
    sequences, features = training_sequences(db, tenant.id)
    db.dispose()
    (folder / "demo.txt").write_text(
        "".join(f"{c} {' '.join(map(str, s))}\n" for c, s in sequences.items() if len(s) > 2)
    )
    (folder / "demo_item2attributes.json").write_text(
        json.dumps({str(p): f for p, f in features.items()})
    )


def _top(model, histories: dict[str, list[str]], k: int, pool: set[str] | None) -> dict:  # type: ignore[no-untyped-def]
    banned = [] if pool is None else [i for i in model.items if i not in pool]
    return {u: [i for i, _ in model.top_k(h, k, exclude=banned)] for u, h in histories.items()}


def _recall(rankings: dict[str, list[str]], answers: dict[str, str]) -> float:
    return score_rankings(rankings, answers, k=10).hit_rate


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        mem_kb = 0
    return f"{cpu}, {os.cpu_count()} cores, {mem_kb / 2**20:.0f} GiB RAM, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--only", default="", help="comma-separated dataset names")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--splits", default="val,test")
    parser.add_argument("--scale", action="store_true", help="also time ~35k users/18k items")
    parser.add_argument("--demo", action="store_true", help="also the demo store's sequences")
    args = parser.parse_args()
    names = sorted(p.stem for p in args.data_dir.glob("*.txt"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    folders = dict.fromkeys(names, args.data_dir)
    if args.demo:
        demo_folder = Path(tempfile.mkdtemp(prefix="tw-bench-rec-demo-"))
        demo_dataset(demo_folder)
        folders["demo"] = demo_folder
    print(f"Machine: {machine()}; date {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n")
    print(
        "| data | split | model | NDCG@10 | HR@10 | NDCG vs baseline | users | items "
        "| bench s | peak RSS MB |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    cold_rows = []
    for name, folder in folders.items():
        sequences = read_sequences(folder / f"{name}.txt")
        attr_path: Path | None = folder / f"{name}_item2attributes.json"
        if not attr_path.exists():  # type: ignore[union-attr]
            attr_path = None
        with tempfile.TemporaryDirectory() as tmp:
            engine_test_run: dict[str, list[str]] = {}
            for split_name in args.splits.split(","):
                split = leave_last_out(sequences, cut=CUTS[split_name])
                history = Path(tmp) / f"{split_name}.txt"
                history.write_text(
                    "".join(f"{u} {' '.join(h)}\n" for u, h in split.histories.items())
                )
                baseline = None
                for model in MODELS:
                    out = Path(tmp) / f"{split_name}-{model}.tsv"
                    summary = run_bench(history, attr_path, model, args.k, out)
                    run = read_run(out)
                    s = score_rankings(run, split.answers, k=10)
                    baseline = baseline or s.ndcg
                    if split_name == "test" and model == "sequential":
                        engine_test_run = run
                    print(
                        f"| {name} | {split_name} | {summary['model']} | {s.ndcg:.4f} | "
                        f"{s.hit_rate:.4f} | {100 * (s.ndcg / baseline - 1):+.1f}% | "
                        f"{summary['users']} | {summary['items']} | {summary['wall_s']:.0f} | "
                        f"{summary['peak_rss_mb']:.0f} |",
                        flush=True,
                    )
            if "test" in args.splits:
                attrs = read_item_attributes(attr_path) if attr_path else None
                for row in cold_start(sequences, attrs, engine_test_run, args.k):
                    cold_rows.append((name, *row))
    if args.scale and names:
        big = scaled(read_sequences(args.data_dir / f"{names[0]}.txt"), 35_000, 18_000)
        with tempfile.TemporaryDirectory() as tmp:
            history = Path(tmp) / "scaled.txt"
            history.write_text("".join(f"{u} {' '.join(h)}\n" for u, h in big.items()))
            summary = run_bench(history, None, "sequential", args.k, Path(tmp) / "run.tsv")
        print(
            f"\nScale: {summary['users']} users, {summary['items']} items: bench recommend "
            f"{summary['wall_s']:.0f} s (train {summary['train_s']:.0f} s), peak RSS "
            f"{summary['peak_rss_mb']:.0f} MB"
        )
    if cold_rows:
        print("\nCold start (test answers with <= 2 training interactions):\n")
        print("| data | candidates | ranked over | Recall@10 |\n|---|---|---|---|")
        for name, label, pool, recall in cold_rows:
            print(f"| {name} | {label} | {pool} | {recall:.4f} |")


if __name__ == "__main__":
    main()
