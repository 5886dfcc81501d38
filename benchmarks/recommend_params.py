"""What each knob of the sequential model is worth, on the validation item only.

    python benchmarks/recommend_params.py DATA_DIR/Beauty.txt [--attributes ITEM2ATTR.json]

Each user's last item is dropped and the second-last is the answer (the *validation*
split, see benchmarks/recommend.py); the test item is never read. The defaults
(``SequentialParams()``) and one change at a time are fitted in this process and scored by
NDCG@10 and HR@10 over all items minus the user's history. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from tradewinds.recommend import (
    SequentialParams,
    fit,
    leave_last_out,
    read_item_attributes,
    read_sequences,
    score_rankings,
)

CHANGES: list[tuple[str, dict[str, float]]] = [
    ("defaults", {}),
    ("transition only (alpha 0)", {"alpha": 0.0}),
    ("co-occurrence only (alpha 1, EASE)", {"alpha": 1.0}),
    ("alpha 0.5", {"alpha": 0.5}),
    ("last item only (window 1)", {"window": 1}),
    ("no decay (decay 1)", {"decay": 1.0}),
    ("l2 10", {"l2": 10.0}),
    ("l2 1000", {"l2": 1000.0}),
    ("no attributes (content_weight 0)", {"content_weight": 0.0}),
    ("content_weight 0.03", {"content_weight": 0.03}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sequences", type=Path)
    parser.add_argument("--attributes", type=Path)
    parser.add_argument("--only", default="", help="comma-separated row numbers")
    args = parser.parse_args()
    split = leave_last_out(read_sequences(args.sequences), cut=2)
    attributes = read_item_attributes(args.attributes) if args.attributes else None
    users = list(split.histories)
    histories = [split.histories[u] for u in users]
    wanted = {int(n) for n in args.only.split(",") if n}
    print("| # | change | val NDCG@10 | val HR@10 | fit + rank s |\n|---|---|---|---|---|")
    for number, (name, change) in enumerate(CHANGES):
        if wanted and number not in wanted:
            continue
        started = time.perf_counter()
        params = dataclasses.replace(SequentialParams(), **change)
        model = fit(histories, attributes, params)
        ranked = dict(zip(users, model.top_k_many(histories, 10), strict=True))
        s = score_rankings(ranked, split.answers, k=10)
        seconds = time.perf_counter() - started
        print(
            f"| {number} | {name} | {s.ndcg:.4f} | {s.hit_rate:.4f} | {seconds:.0f} |", flush=True
        )


if __name__ == "__main__":
    main()
