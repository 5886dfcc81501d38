"""``tradewinds bench recommend``: the next-item recommendation harness (stable interface).

SEQUENCES has one customer a line, ``user item item ...`` in time order (S3-Rec format);
ATTRIBUTES is an optional ``{"item": [attribute, ...]}`` JSON object. The output has the
header ``user<TAB>item<TAB>rank`` and each user's top-k next items, leaving out items
already in that user's history.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import typer


def recommend(
    sequences: Path = typer.Option(
        ..., "--sequences", exists=True, dir_okay=False, help="S3-Rec sequences: user item ..."
    ),
    out: Path = typer.Option(..., "--out", dir_okay=False, help="Run TSV to write."),
    attributes: Path | None = typer.Option(
        None, "--attributes", exists=True, dir_okay=False, help="item2attributes JSON."
    ),
    k: int = typer.Option(10, "--k", min=1, help="Items per user."),
    model: str = typer.Option(
        "sequential", "--model", help="sequential (the engine) or transition (the baseline)."
    ),
) -> None:
    """Train on SEQUENCES, write every user's top-k unseen next items to OUT and print a
    JSON summary line (users, items, rows, seconds, peak memory)."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.recommend import (
        fit,
        fit_transition,
        read_item_attributes,
        read_sequences,
        recommend_all,
        write_run,
    )

    if model not in ("sequential", "transition"):
        raise InvalidInput(f"--model {model!r}: expected sequential or transition")
    started = time.perf_counter()
    histories = read_sequences(sequences)
    attrs = read_item_attributes(attributes) if attributes is not None else None
    if model == "transition":
        fitted = fit_transition(list(histories.values()))
    else:
        fitted = fit(list(histories.values()), attrs)
    trained = time.perf_counter()
    rows = write_run(out, recommend_all(fitted, histories, k))
    summary = {
        "model": fitted.name,
        "users": len(histories),
        "items": len(fitted.items),
        "rows": rows,
        "train_s": round(trained - started, 1),
        "total_s": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "out": str(out),
    }
    sys.stdout.write(json.dumps(summary) + "\n")
