"""Running one ``merchant.copy`` job (see :mod:`.copy_jobs`): product after product, each
product's drafts and items committed in one transaction fenced by the job's lease.

What makes a rerun safe: the items this job already committed are read first and those
products skipped (a ``failed`` item is tried again and replaced); a step's commit fails
once another worker holds the job, and the unique ``(job, product, language)`` key would
refuse a second item anyway. Budget: before each product that needs a model the tenant's
budget is read, and a copy that fell back to templates because the budget was spent
stops the job too (the product is not drafted; a retry next month goes on from there).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import TradewindsError
from tradewinds.jobs import JobKind, register_kind
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.catalogue_index import catalogue_duplicates
from tradewinds.merchant.copy_filter import select_products
from tradewinds.merchant.copy_jobs import (
    COPY_JOB_KIND,
    MAX_FAILURES_SHOWN,
    CopyJobSpec,
    job_summary,
)
from tradewinds.merchant.drafts import create_draft
from tradewinds.merchant.generate import GeneratedCopy, generate_for
from tradewinds.staff import Actor
from tradewinds.store.tables import CopyJobItem, Job, Product

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.jobs import JobContext
    from tradewinds.store import Database

_BATCH = 50  # products loaded per query (their variants, options... come along)


class CopyBudgetSpent(TradewindsError):
    """The tenant's monthly token budget is spent; the job stops, its drafts are kept."""

    code = "budget_exceeded"
    http_status = 429


@dataclass
class _Tally:
    total: int
    products_done: int = 0
    drafts: int = 0
    failed: int = 0
    blocked: int = 0
    fallbacks: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    this_attempt: int = 0

    def progress(self) -> str:
        return (
            f"{self.products_done}/{self.total} products, {self.drafts} drafts, "
            f"{self.failed} failed"
        )

    def result(self, spec: CopyJobSpec) -> dict[str, Any]:
        seconds = time.perf_counter() - self.started
        rate = self.this_attempt / (seconds / 60) if seconds > 0 and self.this_attempt else None
        return {
            "filter": spec.filter.describe(),
            "languages": list(spec.languages),
            "writer": spec.writer,
            "total": self.total,
            "products_done": self.products_done,
            "drafts": self.drafts,
            "failed": self.failed,
            "blocked_by_checker": self.blocked,
            "model_fallbacks": self.fallbacks,
            "failures": self.failures[:MAX_FAILURES_SHOWN],
            "attempt_products": self.this_attempt,
            "attempt_seconds": round(seconds, 2),
            "products_per_minute": None if rate is None else round(rate, 1),
        }


def _budget_refused(error: BaseException | None, generated: GeneratedCopy | None) -> bool:
    """Whether generation met the gateway's budget refusal (raised, or noted on a copy
    that fell back to templates)."""
    from tradewinds.gateway import BudgetExceeded

    while error is not None:
        if isinstance(error, BudgetExceeded):
            return True
        error = error.__cause__
    marker = f"({BudgetExceeded.code})"
    return generated is not None and any(marker in note for note in generated.copy.notes)


def _check_budget(db: Database, tenant_id: int, tally: _Tally) -> None:
    from tradewinds.gateway import budget_states

    tenant = budget_states(db, tenant_id, [])[0]
    if tenant.remaining == 0:
        raise CopyBudgetSpent(_spent(tally, f"{tenant.limit} tokens for {tenant.period}"))


def _spent(tally: _Tally, what: str) -> str:
    return (
        f"the tenant's monthly token budget is spent ({what}): stopped after "
        f"{tally.products_done} of {tally.total} products; the {tally.drafts} draft(s) "
        "written stay pending for review. Raise the budget (or wait for next month) and "
        "retry the job to go on with the rest, or submit it with writer=templates"
    )


def _generate(
    ctx: JobContext, spec: CopyJobSpec, source: CopySource, languages: list[str],
    settings: Settings, tally: _Tally,
) -> list[tuple[str, GeneratedCopy | None, str]]:  # fmt: skip
    """Each language's copy, or the reason it failed; raises :class:`CopyBudgetSpent`."""
    made: list[tuple[str, GeneratedCopy | None, str]] = []
    for language in languages:
        try:
            generated = generate_for(
                ctx.db, ctx.tenant_id, source, language, tone=spec.tone, length=spec.length,
                writer=spec.writer, settings=settings,
            )  # fmt: skip
        except TradewindsError as error:  # recorded per product; the job goes on
            if _budget_refused(error, None):
                raise CopyBudgetSpent(_spent(tally, error.message)) from error
            made.append((language, None, error.message[:500]))
            continue
        if _budget_refused(None, generated):
            raise CopyBudgetSpent(_spent(tally, "refused by the gateway"))
        problems = generated.copy.problems()
        if problems:  # a model's copy that breaks the listing rules is no draft
            made.append((language, None, ("listing rules: " + "; ".join(problems))[:500]))
            continue
        made.append((language, generated, ""))
    return made


def run_copy_job(ctx: JobContext) -> dict[str, Any]:
    """The ``merchant.copy`` handler: drafts for every selected product not yet drafted
    by this job, then the job's result (counts, failures, this attempt's throughput)."""
    from tradewinds.core.settings import get_settings

    settings = get_settings()
    spec = CopyJobSpec.from_payload(ctx.payload)
    actor = Actor(None, spec.author[:320])
    with ctx.session() as session:
        chosen = select_products(session, spec.filter)
        items = session.execute(
            select(CopyJobItem.product_id, CopyJobItem.language, CopyJobItem.outcome).where(
                CopyJobItem.job_id == ctx.job_id
            )
        ).all()
        drafted = {(pid, lang) for pid, lang, outcome in items if outcome == "drafted"}
        known = {pid for pid, _, _ in items}
        seen = job_summary(session, ctx.job_id)
        duplicates = catalogue_duplicates(session)
    todo = [
        (pid, [lang for lang in spec.languages if (pid, lang) not in drafted]) for pid, _ in chosen
    ]
    todo = [(pid, langs) for pid, langs in todo if langs]
    # Failed items of earlier attempts are tried again: they count once they are redone.
    tally = _Tally(total=len({pid for pid, _ in chosen} | known), drafts=seen["drafts"])
    tally.products_done = tally.total - len(todo)
    uses_model = spec.writer != "templates"
    ctx.checkpoint(tally.progress())
    for start in range(0, len(todo), _BATCH):
        batch = todo[start : start + _BATCH]
        with ctx.session() as session:
            rows = session.scalars(select(Product).where(Product.id.in_([p for p, _ in batch])))
            sources = {p.id: (p.handle, CopySource.of(p)) for p in rows.unique()}
        for pid, languages in batch:
            if pid not in sources:  # deleted since the job started
                tally.total -= 1
                continue
            handle, source = sources[pid]
            ctx.raise_if_stopped()  # a cancel seen by the heartbeat stops before the work
            if uses_model and source.has_facts():
                _check_budget(ctx.db, ctx.tenant_id, tally)
            made = _generate(ctx, spec, source, languages, settings, tally)
            _write(ctx, spec, actor, pid, handle, made, duplicates, tally)
    return tally.result(spec)


def _write(
    ctx: JobContext, spec: CopyJobSpec, actor: Actor, product_id: int, handle: str,
    made: list[tuple[str, GeneratedCopy | None, str]], duplicates: Any, tally: _Tally,
) -> None:  # fmt: skip
    """One product's drafts and items, committed with the job's progress (fenced)."""
    after = replace(tally, failures=list(tally.failures))
    after.products_done += 1
    after.this_attempt += 1
    for language, generated, reason in made:
        if generated is None:
            after.failed += 1
            after.failures.append({"handle": handle, "language": language, "reason": reason})
        else:
            after.drafts += 1
            after.blocked += generated.check.verdict != "ok"
            after.fallbacks += any(
                note.startswith(("model copy", "model phrasing")) for note in generated.copy.notes
            )
    with ctx.step(after.progress(), after.result(spec)) as session:
        # Loaded once: each draft's lookup by handle then finds it in the session.
        session.get(Product, product_id)
        for language, generated, reason in made:
            session.execute(
                delete(CopyJobItem).where(
                    CopyJobItem.job_id == ctx.job_id,
                    CopyJobItem.product_id == product_id,
                    CopyJobItem.language == language,
                    CopyJobItem.outcome == "failed",
                )
            )
            draft_id = None
            if generated is not None:
                draft = create_draft(
                    session, handle, generated.copy, actor=actor,
                    template=f"job {ctx.job_id}: {spec.template}", duplicates=duplicates,
                )  # fmt: skip
                draft_id = draft.id
            session.add(
                CopyJobItem(
                    job_id=ctx.job_id, product_id=product_id, language=language,
                    outcome="failed" if generated is None else "drafted", draft_id=draft_id,
                    reason=reason,
                )
            )  # fmt: skip
    tally.__dict__.update(after.__dict__)  # only once the step committed


def _follow_job(session: Session, job: Job) -> None:
    """When the queue fails or cancels a copy job: its result says what was kept (the
    drafts stay pending for review), and a cancel says so instead of 'nothing kept'."""
    if job.status not in ("failed", "cancelled"):
        return
    summary = {**(job.result or {}), **job_summary(session, job.id)}
    job.result = summary
    if job.status == "cancelled" and summary["products_done"]:
        job.error = (
            f"cancelled after {summary['products_done']} product(s); the "
            f"{summary['drafts']} draft(s) written stay pending for review"
        )


COPY_JOB = register_kind(
    JobKind(COPY_JOB_KIND, run=run_copy_job, on_change=_follow_job, max_attempts=3)
)
