"""Over-blocking and recall on a contrast set: safe prompts with scary words, and unsafe
contrasts built from the same words, by split, language and kind (shop or general).

    python benchmarks/moderation_contrasts.py [--data PROMPTS.jsonl] [--split test]

The set's format is ``benchmarks/moderation_sets/shop_contrasts/README.md``'s (``id``,
``text``, ``lang``, ``kind``, ``label`` safe/unsafe, ``split``). Every text goes through
the configured moderators and the default decision (``compliance.moderation.judge``: the
tenant policy of a fresh install, no blocklist; with ``--catalogue``, a tenant selling that
catalogue), so "flagged" and "blocked" are what a shop on
default settings would see. Reported per group: safe prompts flagged (any action but
allow) and blocked, unsafe prompts caught (flag or block) and blocked, and the AUPRC of the
"any unsafe" score (unsafe = positive). Issue 15's targets: ≤ 5 % of safe prompts flagged,
≤ 1 % blocked, 0 safe shop questions blocked.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

DEFAULT_DATA = Path(__file__).parent / "moderation_sets/shop_contrasts/prompts.jsonl"
BATCH = 64


def auprc(labels: list[int], scores: list[float]) -> float:
    from sklearn.metrics import average_precision_score  # type: ignore[import-untyped]

    if len(set(labels)) < 2:
        return float("nan")
    return float(average_precision_score(labels, scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--dump", type=Path, help="write each prompt's scores and action here")
    parser.add_argument(
        "--catalogue",
        type=Path,
        help="a shop's products CSV (Shopify columns Title, Type, Tags, Product Category): "
        "prompts that name its goods are shoppers' questions, as for that tenant",
    )
    args = parser.parse_args()

    from tradewinds.compliance.moderation import combined_scores, judge
    from tradewinds.compliance.moderators import get_moderators
    from tradewinds.compliance.shop_context import vocabulary
    from tradewinds.core.settings import load_settings

    goods = None
    if args.catalogue:
        with args.catalogue.open(encoding="utf-8", newline="") as handle:
            products = list(csv.DictReader(handle))
        names = [p.get(c) or "" for p in products for c in ("Type", "Tags", "Product Category")]
        words = vocabulary([n for n in names if n], [p.get("Title") or "" for p in products])
        goods = lambda: words  # noqa: E731

    rows = []
    for number, line in enumerate(args.data.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            _ = row["text"], row["lang"], row["kind"], row["label"], row["split"]
        except (json.JSONDecodeError, KeyError, TypeError):
            sys.exit(f"{args.data} line {number}: expected a JSON object with text, lang, "
                     "kind, label and split")  # fmt: skip
        if args.split in ("all", row["split"]):
            rows.append(row)
    settings = load_settings()
    moderators = get_moderators(settings)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        for row, scores in zip(batch, combined_scores(moderators, [r["text"] for r in batch]),
                               strict=True):  # fmt: skip
            row["score"] = max(scores.values(), default=0.0)
            row["scores"] = {k: round(v, 4) for k, v in scores.items()}
            row["action"] = judge(settings, row["text"], scores, goods=goods).action
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                             encoding="utf-8")  # fmt: skip

    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        for split in (row["split"], "all"):
            groups[(split, row["lang"], row["kind"])].append(row)
            groups[(split, row["lang"], "both")].append(row)
            groups[(split, "both", "both")].append(row)
    print("| split | lang | kind | safe n | safe flagged | safe blocked | unsafe n | "
          "unsafe caught | unsafe blocked | AUPRC |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for key in sorted(groups):
        members = groups[key]
        safe = [r for r in members if r["label"] == "safe"]
        unsafe = [r for r in members if r["label"] == "unsafe"]

        def share(part: list[dict[str, Any]], actions: tuple[str, ...]) -> str:
            if not part:
                return "-"
            return f"{100 * sum(r['action'] in actions for r in part) / len(part):.1f} %"

        value = auprc([int(r["label"] == "unsafe") for r in members], [r["score"] for r in members])
        print(f"| {' | '.join(key)} | {len(safe)} | {share(safe, ('flag', 'block'))} | "
              f"{share(safe, ('block',))} | {len(unsafe)} | {share(unsafe, ('flag', 'block'))} | "
              f"{share(unsafe, ('block',))} | {value:.3f} |")  # fmt: skip


if __name__ == "__main__":
    main()
