"""Throwaway job kinds for the queue's tests (also imported by the worker subprocesses).

Each writes its result as one ``search_synonyms`` row (a table without a unique key, so a
result written twice would show as two rows) inside ``finish()``'s transaction.
"""

from __future__ import annotations

import time

from sqlalchemy import func, select

from tradewinds.jobs import JobContext, JobKind, TransientJobError, register_kind
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SearchSynonym


def result_rule(job_id: int) -> str:
    return f"job-{job_id} => done"


def results_of(db: Database, tenant_id: int, job_id: int) -> int:
    """How many times job ``job_id`` wrote its result."""
    with tenant_session(db, tenant_id) as session:
        stmt = select(func.count()).where(SearchSynonym.rule == result_rule(job_id))
        return int(session.scalar(stmt) or 0)


def _write(ctx: JobContext) -> dict[str, int]:
    with ctx.finish({"attempt": ctx.attempt}) as session:
        session.add(SearchSynonym(rule=result_rule(ctx.job_id)))
    return {"attempt": ctx.attempt}


def _echo(ctx: JobContext) -> object:
    return _write(ctx)


def _slow(ctx: JobContext) -> object:
    """Sleeps ``seconds`` in steps of 0.05 s, checking in at each step, then writes."""
    deadline = time.monotonic() + float(ctx.payload.get("seconds", 1.0))
    while time.monotonic() < deadline:
        ctx.checkpoint(f"sleeping, attempt {ctx.attempt}")
        time.sleep(0.05)
    return _write(ctx)


def _flaky(ctx: JobContext) -> object:
    if ctx.attempt <= int(ctx.payload.get("fail_times", 1)):
        raise TransientJobError(f"upstream busy on attempt {ctx.attempt}")
    return _write(ctx)


def _broken(ctx: JobContext) -> object:
    if ctx.attempt <= int(ctx.payload.get("fail_times", 1)):
        raise ValueError(f"bad data on attempt {ctx.attempt}")
    return _write(ctx)


def _plain(ctx: JobContext) -> object:
    """Returns a result without calling finish(): the worker marks the job done."""
    return {"answer": 42}


ECHO = register_kind(JobKind("test.echo", run=_echo))
SLOW = register_kind(JobKind("test.slow", run=_slow, max_attempts=3))
FLAKY = register_kind(JobKind("test.flaky", run=_flaky, max_attempts=2, backoff_seconds=0))
BROKEN = register_kind(JobKind("test.broken", run=_broken))
PLAIN = register_kind(JobKind("test.plain", run=_plain))
