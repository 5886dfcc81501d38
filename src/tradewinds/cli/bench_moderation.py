"""``tradewinds bench moderation --input TEXTS.jsonl --out PRED.jsonl`` (stable interface).

Input lines ``{"id", "text"}``; output lines ``{"id", "flagged", "score"}`` where ``score``
in [0, 1] is the highest category score of the configured moderators and ``flagged`` is
``score >= compliance.moderation_threshold``.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from tradewinds.cli._common import settings

BATCH = 64


def moderation(
    input: Path = typer.Option(..., "--input", help='JSONL lines {"id", "text"}.'),
    out: Path = typer.Option(..., "--out", help='JSONL lines {"id", "flagged", "score"}.'),
) -> None:
    """Score every text with the configured moderators."""
    from tradewinds.compliance import combined_scores, get_moderators
    from tradewinds.core.errors import InvalidInput

    config = settings()
    moderators = get_moderators(config)
    rows: list[tuple[object, str]] = []
    for number, line in enumerate(input.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            rows.append((record["id"], str(record["text"])))
        except (json.JSONDecodeError, KeyError, TypeError):
            raise InvalidInput(
                f"{input} line {number}: expected a JSON object with 'id' and 'text'"
            ) from None
    threshold = config.compliance.moderation_threshold
    with out.open("w", encoding="utf-8") as handle:
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            for (ident, _), scores in zip(
                batch, combined_scores(moderators, [t for _, t in batch]), strict=True
            ):
                score = max(scores.values(), default=0.0)
                handle.write(
                    json.dumps({"id": ident, "flagged": score >= threshold, "score": score}) + "\n"
                )
    typer.echo(f"wrote {len(rows)} predictions to {out}")
