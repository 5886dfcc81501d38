"""Bulk listing-copy generation as jobs of kind ``merchant.copy`` on the shared queue.

:func:`submit_copy_job` validates a filter and languages and queues one job; any worker
(a thread of ``tradewinds serve`` or a ``tradewinds worker`` process, on any host) runs it
(:mod:`.copy_job_run`, which registers the kind): for each selected product it generates
the copy in every asked language and stores it as a *pending draft* (never published)
with one ``copy_job_items`` row, in a transaction fenced by the job's lease. So a worker killed
with ``kill -9`` loses nothing: the job is claimed again and the new attempt skips what
was drafted; a worker that lost its lease can no longer write. Progress (products done of
the total, drafts, failures with the product and reason) is the job's ``progress`` and
``result``; a cancel stops it before the next product, a spent token budget stops it with
a clear error; the drafts written until then stay pending for review either way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.jobs import count_pending, submit_job
from tradewinds.jobs.queue import MAX_PAYLOAD_BYTES
from tradewinds.merchant.compose import check_style
from tradewinds.merchant.copy_filter import CopyFilter, select_products, unknown_handles
from tradewinds.merchant.generate import WRITERS, copy_languages, default_writer
from tradewinds.staff import COMMAND_LINE, Actor
from tradewinds.store.tables import CopyJobItem, Job

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings

COPY_JOB_KIND = "merchant.copy"
MAX_PENDING = 4
"""Copy jobs one tenant may have queued or running at once; more are refused (503)."""
MAX_FAILURES_SHOWN = 50
"""Failures listed in a job's result (the count covers them all)."""


class CopyQueueFull(TradewindsError):
    """Too many copy jobs of this tenant are waiting; try again when one has finished."""

    code = "queue_full"
    http_status = 503


@dataclass(frozen=True)
class CopyJobSpec:
    """What a ``merchant.copy`` job does, as its payload stores it."""

    filter: CopyFilter
    languages: tuple[str, ...]
    tone: str = "neutral"
    length: str = "medium"
    writer: str = "templates"
    author: str = ""

    def to_payload(self) -> dict[str, Any]:
        return {
            "filter": self.filter.to_dict(), "languages": list(self.languages),
            "tone": self.tone, "length": self.length, "writer": self.writer,
            "author": self.author,
        }  # fmt: skip

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> CopyJobSpec:
        return cls(
            CopyFilter.from_dict(payload.get("filter") or {}),
            tuple(payload.get("languages") or ()),
            str(payload.get("tone", "neutral")),
            str(payload.get("length", "medium")),
            str(payload.get("writer", "templates")),
            str(payload.get("author", "")),
        )

    @property
    def template(self) -> str:
        """What a draft's ``template`` records: writer, tone and length."""
        return f"{self.writer}/{self.tone}/{self.length}"


def submit_copy_job(
    session: Session,
    wanted: CopyFilter,
    languages: list[str] | tuple[str, ...] = ("en",),
    *,
    tone: str = "neutral",
    length: str = "medium",
    writer: str | None = None,
    actor: Actor = COMMAND_LINE,
    idempotency_key: str | None = None,
    settings: Settings | None = None,
) -> Job:
    """Queue a job that drafts listing copy for every product ``wanted`` selects.

    Parameters
    ----------
    session
        A tenant-scoped session; the job commits with it (workers take it then).
    wanted
        Which products (:class:`CopyFilter`).
    languages
        One or more of :func:`copy_languages` for the writer.
    tone, length
        As for :func:`generate_copy`.
    writer
        ``templates``, ``choose`` or ``model``; default by the configured copy model,
        fixed at submission so every attempt writes alike.
    actor
        Who asks; the drafts and their audit records name them.
    idempotency_key
        The same key twice returns the first job.
    settings
        Settings to read; default ``get_settings()``.

    Returns
    -------
    Job
        The queued job (``tradewinds.jobs.get_job`` follows it).

    Raises
    ------
    InvalidInput
        No language, an unsupported one (the message lists the supported ones), an
        unknown tone, length or writer, handles that name no product, or a filter that
        selects no product.
    CopyQueueFull
        The tenant already has :data:`MAX_PENDING` copy jobs queued or running.
    """
    from tradewinds.core.settings import get_settings

    settings = settings or get_settings()
    check_style(tone, length)
    if writer is not None and writer not in WRITERS:
        raise InvalidInput(f"writer {writer!r}: expected one of {', '.join(WRITERS)}")
    chosen = writer or default_writer(settings)
    codes = tuple(dict.fromkeys(code.strip() for code in languages if code.strip()))
    supported = copy_languages(settings, chosen)
    if not codes:
        raise InvalidInput(f"languages: give at least one of {', '.join(supported)}")
    unsupported = [code for code in codes if code not in supported]
    if unsupported:
        raise InvalidInput(
            f"Unsupported language(s) {', '.join(unsupported)} for listing copy with writer="
            f"{chosen}; supported: {', '.join(supported)}",
            details={"parameter": "languages", "supported": list(supported)},
        )
    missing = unknown_handles(session, wanted.handles)
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise InvalidInput(
            f"filter.handles: {len(missing)} handle(s) name no product: {shown}",
            details={"parameter": "filter.handles", "unknown": missing[:100]},
        )
    if not select_products(session, wanted):
        raise InvalidInput(f"filter ({wanted.describe()}) selects no product; nothing to draft")
    pending = count_pending(session, COPY_JOB_KIND)
    if pending >= MAX_PENDING:
        raise CopyQueueFull(f"{pending} copy jobs are already queued or running; try again later")
    spec = CopyJobSpec(wanted, codes, tone, length, chosen, actor.label)
    size = len(json.dumps(spec.to_payload()))
    if size > MAX_PAYLOAD_BYTES:
        raise InvalidInput(
            f"filter.handles: the job would take {size} bytes, at most {MAX_PAYLOAD_BYTES} "
            "fit; select the products with category, vendor, tag or missing instead, or "
            "split the handles over several jobs",
            details={"parameter": "filter.handles"},
        )
    return submit_job(session, COPY_JOB_KIND, spec.to_payload(), idempotency_key=idempotency_key)


def job_summary(session: Session, job_id: int) -> dict[str, Any]:
    """What a copy job has written so far, from its items: drafts, failures (the first
    :data:`MAX_FAILURES_SHOWN`, with product handle, language and reason)."""
    from tradewinds.store.tables import Product

    counts = dict(
        session.execute(
            select(CopyJobItem.outcome, func.count(CopyJobItem.id))
            .where(CopyJobItem.job_id == job_id)
            .group_by(CopyJobItem.outcome)
        ).all()
    )
    products = session.scalar(
        select(func.count(func.distinct(CopyJobItem.product_id))).where(
            CopyJobItem.job_id == job_id
        )
    )
    failures = session.execute(
        select(Product.handle, CopyJobItem.language, CopyJobItem.reason)
        .join(Product, Product.id == CopyJobItem.product_id)
        .where(CopyJobItem.job_id == job_id, CopyJobItem.outcome == "failed")
        .order_by(CopyJobItem.id)
        .limit(MAX_FAILURES_SHOWN)
    ).all()
    return {
        "products_done": int(products or 0),
        "drafts": int(counts.get("drafted", 0)),
        "failed": int(counts.get("failed", 0)),
        "failures": [{"handle": h, "language": lang, "reason": r} for h, lang, r in failures],
    }
