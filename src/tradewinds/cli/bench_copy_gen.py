"""``tradewinds bench copy``: listing-copy generation over a whole catalogue (resumable),
with the fact checker's pass rate, leaked refusals, over-length SEO fields and throughput."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer


def copy(
    catalog: Path = typer.Option(
        ..., "--catalog", exists=True, dir_okay=False, help="Shopify product CSV."
    ),
    out: Path = typer.Option(
        ..., "--out", dir_okay=False, help="COPIES JSON Lines (appended; a rerun resumes)."
    ),
    languages: str = typer.Option("en,zh", "--languages", help="Comma-separated languages."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many products."),
    tone: str = typer.Option("neutral", "--tone", help="neutral, friendly or premium."),
    length: str = typer.Option("medium", "--length", help="short, medium or long."),
    writer: str | None = typer.Option(
        None, "--writer", help="templates, choose or model (default: by the configured model)."
    ),
) -> None:
    """Generate every product's copy into OUT (one COPIES line per product and language,
    readable by ``bench copy-check``) and print a JSON summary line: checker pass rate,
    languages, generic drafts, model fallbacks, leaked refusals, over-length SEO fields,
    products per minute."""
    from tradewinds.cli._common import settings
    from tradewinds.merchant import generate_catalog

    wanted = tuple(code.strip() for code in languages.split(",") if code.strip())

    def progress(done: int) -> None:
        if done % 100 == 0:
            typer.echo(f"{done} products", err=True)

    summary = generate_catalog(
        catalog,
        out,
        wanted,
        limit=limit,
        tone=tone,
        length=length,
        writer=writer,
        settings=settings(),
        progress=progress,
    )
    sys.stdout.write(json.dumps({**summary.to_dict(), "out": str(out)}) + "\n")
