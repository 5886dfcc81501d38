"""Generation over a whole catalogue, as ``tradewinds bench copy`` runs it: every product
in every asked language, one COPIES line each (``{"id", "handle", "language", "text"}``,
readable by ``bench copy-check``, plus the structured copy and the verdict), appended
and flushed as it is written, so a killed run goes on from its output file and never
writes a product twice.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.batch import imported_catalog
from tradewinds.merchant.compose import check_style
from tradewinds.merchant.generate import WRITERS, GeneratedCopy, generate_for
from tradewinds.merchant.listing import META_DESCRIPTION_MAX, SEO_TITLE_MAX

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings


@dataclass
class CopyRunSummary:
    """What one run wrote: counts, the checker's pass rate and the throughput."""

    products: int = 0
    skipped: int = 0
    copies: int = 0
    ok: int = 0
    generic: int = 0
    fallbacks: int = 0
    failed: int = 0
    refusals: int = 0
    over_length_seo: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    load_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The summary as the JSON line ``bench copy`` prints."""
        minutes = self.seconds / 60
        return {
            "products": self.products,
            "skipped_already_written": self.skipped,
            "copies": self.copies,
            "checker_pass_rate": round(self.ok / self.copies, 4) if self.copies else None,
            "languages": dict(self.languages),
            "generic_drafts": self.generic,
            "model_fallbacks": self.fallbacks,
            "failed": self.failed,
            "leaked_refusals": self.refusals,
            "over_length_seo_fields": self.over_length_seo,
            "finding_kinds": dict(self.kinds),
            "load_seconds": round(self.load_seconds, 1),
            "seconds": round(self.seconds, 1),
            "products_per_minute": round(self.products / minutes, 1) if minutes else None,
        }


def written_ids(out: Path) -> set[str]:
    """The ids already in an output file (a torn last line, from a kill, is dropped)."""
    if not out.exists():
        return set()
    found: set[str] = set()
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = 0
    for number, line in enumerate(lines, start=1):
        try:
            found.add(json.loads(line)["id"])
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            if number == len(lines):  # the line a killed run was writing
                out.write_text("".join(lines[:kept]), encoding="utf-8")
                break
            raise InvalidInput(f"{out} line {number}: not a COPIES line ({error})") from error
        kept = number
    return found


def _line(item_id: str, generated: GeneratedCopy) -> dict[str, Any]:
    copy = generated.copy
    return {
        "id": item_id,
        "handle": generated.handle,
        "language": copy.language,
        "text": copy.text(),
        "copy": copy.to_dict(),
        "ok": generated.ok,
        **generated.check.to_dict(),
    }


def _count(summary: CopyRunSummary, generated: GeneratedCopy) -> None:
    copy = generated.copy
    summary.copies += 1
    summary.languages[copy.language] += 1
    summary.ok += generated.ok
    summary.generic += copy.generic
    summary.fallbacks += any(n.startswith(("model copy", "model phrasing")) for n in copy.notes)
    summary.refusals += any(f.kind == "refusal" for f in generated.check.findings)
    summary.over_length_seo += len(copy.seo_title) > SEO_TITLE_MAX
    summary.over_length_seo += len(copy.meta_description) > META_DESCRIPTION_MAX
    summary.kinds.update(f.kind for f in generated.check.findings)


def generate_catalog(
    catalog: Path,
    out: Path,
    languages: tuple[str, ...] = ("en", "zh"),
    *,
    limit: int | None = None,
    tone: str = "neutral",
    length: str = "medium",
    writer: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> CopyRunSummary:
    """Generate every product's copy in ``languages`` into ``out`` (JSON Lines, appended).

    Parameters
    ----------
    catalog
        Shopify product CSV (imported into a throwaway SQLite database).
    out
        COPIES output; lines already there (id ``handle:language``) are not redone. A copy
        that could not be generated (a model failure with no templates for its language)
        is written to ``<out>.failed`` instead, and tried again by the next run.
    limit
        At most this many products (in catalogue order), counting those already done.
    progress
        Called with the number of products handled so far.

    Raises
    ------
    InvalidInput
        An unsupported language or style (before anything is written), or an output
        file whose lines are not COPIES lines.
    """
    from sqlalchemy import select

    from tradewinds.merchant.generate import copy_languages
    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product

    check_style(tone, length)
    if writer is not None and writer not in WRITERS:
        raise InvalidInput(f"--writer {writer!r}: expected one of {', '.join(WRITERS)}")
    summary = CopyRunSummary()
    done = written_ids(out)
    started = time.perf_counter()
    with imported_catalog(catalog, settings) as (db, tenant_id):
        supported = copy_languages(settings, writer)
        unknown = [code for code in languages if code not in supported]
        if unknown:
            raise InvalidInput(
                f"--languages {','.join(unknown)}: unsupported; supported: {', '.join(supported)}"
            )
        with tenant_session(db, tenant_id) as session:
            products = session.scalars(select(Product).order_by(Product.id)).unique().all()
            sources = [CopySource.of(p) for p in products[:limit]]
        summary.load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        failed_path = out.with_name(out.name + ".failed")
        with (
            out.open("a", encoding="utf-8") as sink,
            failed_path.open("a", encoding="utf-8") as failures,
        ):
            for number, source in enumerate(sources, start=1):
                wanted = [c for c in languages if f"{source.facts.handle}:{c}" not in done]
                if not wanted:
                    summary.skipped += 1
                    continue
                for language in wanted:
                    item_id = f"{source.facts.handle}:{language}"
                    try:
                        generated = generate_for(
                            db, tenant_id, source, language,
                            tone=tone, length=length, writer=writer, settings=settings,
                        )  # fmt: skip
                    except TradewindsError as error:  # recorded per product; the run goes on
                        summary.failed += 1
                        failure = {"id": item_id, "language": language, "error": error.message}
                        failures.write(json.dumps(failure, ensure_ascii=False) + "\n")
                        continue
                    sink.write(json.dumps(_line(item_id, generated), ensure_ascii=False) + "\n")
                    _count(summary, generated)
                sink.flush()
                summary.products += 1
                if progress:
                    progress(number)
    summary.seconds = time.perf_counter() - started
    return summary
