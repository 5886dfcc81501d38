"""``tradewinds bench copy-check``: the listing-copy fact checker harness (stable
interface). PRODUCTS.csv is a Shopify product CSV, imported with the store's importer
into a throwaway database; COPIES has ``{"id", "handle", "language", "text"}`` a line;
VERDICTS gets ``{"id", "verdict", "findings"}`` a line."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import typer


def copy_check(
    catalog: Path = typer.Option(
        ..., "--catalog", exists=True, dir_okay=False, help="Shopify product CSV."
    ),
    copies: Path = typer.Option(
        ..., "--copies", exists=True, dir_okay=False, help="COPIES JSON Lines."
    ),
    out: Path = typer.Option(..., "--out", dir_okay=False, help="VERDICTS JSON Lines to write."),
    warn: list[str] = typer.Option(
        [], "--warn", help="A kind that only warns (repeatable); every kind blocks by default."
    ),
) -> None:
    """Check every copy against its product's facts, write VERDICTS and print a JSON
    summary line (copies, verdicts, findings per kind, seconds)."""
    from tradewinds.cli._common import settings
    from tradewinds.core.errors import InvalidInput
    from tradewinds.merchant import (
        KINDS,
        CopyPolicy,
        check_copies,
        load_catalog_facts,
        read_copies,
        write_verdicts,
    )

    unknown = sorted(set(warn) - set(KINDS))
    if unknown:
        raise InvalidInput(f"--warn {', '.join(unknown)}: expected kinds among {', '.join(KINDS)}")
    started = time.perf_counter()
    items = read_copies(copies)
    facts = load_catalog_facts(catalog, settings())
    loaded = time.perf_counter()
    results = check_copies(facts, items, CopyPolicy(blocking=frozenset(KINDS) - set(warn)))
    write_verdicts(out, results)
    checked = time.perf_counter()
    verdicts = Counter(result.verdict for _, result in results)
    kinds = Counter(kind for _, result in results for kind in result.kinds)
    summary = {
        "products": len(facts),
        "copies": len(items),
        "verdicts": dict(verdicts),
        "kinds": {k: kinds[k] for k in KINDS if kinds[k]},
        "load_s": round(loaded - started, 2),
        "check_s": round(checked - loaded, 2),
        "copies_per_s": round(len(items) / max(checked - loaded, 1e-9), 1),
        "out": str(out),
    }
    sys.stdout.write(json.dumps(summary) + "\n")
