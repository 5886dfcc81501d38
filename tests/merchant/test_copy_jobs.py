"""Bulk listing-copy jobs (``merchant.copy``) on the real queue, SQLite and PostgreSQL:
drafts only, each written once across a worker's death, progress and failures on the job,
cancel between products, a spent budget stops the job and keeps its drafts."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select, update

from tests.merchant._bulk import add_products
from tradewinds.core.errors import InvalidInput
from tradewinds.jobs import (
    JobCancelled,
    JobContext,
    LeaseLost,
    Worker,
    cancel_job,
    claim_next,
    get_job,
    job_kind,
    reap_expired,
)
from tradewinds.jobs.lease import settle_failure
from tradewinds.merchant import COPY_JOB_KIND, CopyFilter, list_drafts, submit_copy_job
from tradewinds.merchant.copy_job_run import run_copy_job
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import CopyDraft, CopyJobItem, CopyVersion, Job, Product, Tenant

KINDS = [COPY_JOB_KIND]


def _submit(db: Database, tenant_id: int, languages: tuple[str, ...] = ("en", "zh"),
            **given: Any) -> int:  # fmt: skip
    writer = given.pop("writer", "templates")
    with tenant_session(db, tenant_id) as session:
        return submit_copy_job(session, CopyFilter(**given), languages, writer=writer).id


def _job(db: Database, tenant_id: int, job_id: int) -> Job:
    with tenant_session(db, tenant_id) as session:
        return get_job(session, job_id)


def _count(db: Database, tenant_id: int, table: Any) -> int:
    with tenant_session(db, tenant_id) as session:
        return int(session.scalar(select(func.count(table.id))) or 0)


class _Killed(BaseException):
    """Stands for ``kill -9``: nothing after it runs, nothing is given back."""


class _DiesAfter(JobContext):
    """An attempt whose worker dies right after its ``steps``-th product committed."""

    def __init__(self, *args: Any, steps: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.left = steps

    def step(self, *args: Any, **kwargs: Any) -> Any:
        outer = super().step(*args, **kwargs)
        context = self

        class _Then:
            def __enter__(self) -> Any:
                return outer.__enter__()

            def __exit__(self, *exc: Any) -> Any:
                handled = outer.__exit__(*exc)
                context.left -= 1
                if exc[0] is None and context.left == 0:
                    raise _Killed
                return handled

        return _Then()


def test_a_job_drafts_every_selected_product_in_every_language_and_publishes_nothing(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    add_products(db, tenant.id, 5)
    add_products(db, other_tenant.id, 2)
    job_id = _submit(db, tenant.id, vendor="acme")  # items 0, 2, 4
    assert Worker(db, kinds=KINDS).run_one() == job_id
    job = _job(db, tenant.id, job_id)
    assert job.status == "done", job.error
    result = job.result or {}
    assert (result["total"], result["products_done"], result["drafts"]) == (3, 3, 6)
    assert result["failed"] == 0 and result["failures"] == []
    with tenant_session(db, tenant.id) as session:
        drafts = list_drafts(session)
        assert sorted((d.handle, d.language) for d in drafts) == [
            (f"item-{i:02d}", lang) for i in (0, 2, 4) for lang in ("en", "zh")
        ]
        assert {d.status for d in drafts} == {"pending"}
        assert all(d.template == f"job {job_id}: templates/neutral/medium" for d in drafts)
        bodies = session.scalars(select(Product.body_html).order_by(Product.id)).all()
    assert bodies[0] == "<p>Packs flat. Item number 0.</p>"  # nothing published
    assert _count(db, tenant.id, CopyVersion) == 0
    assert _count(db, other_tenant.id, CopyDraft) == 0


def test_a_worker_killed_mid_job_loses_nothing_and_no_product_is_drafted_twice(
    db: Database, tenant: Tenant
) -> None:
    add_products(db, tenant.id, 4)
    job_id = _submit(db, tenant.id, all=True)
    first = claim_next(db, KINDS, lease_seconds=30)
    assert first is not None and first.job_id == job_id
    dying = _DiesAfter(db, first, lease_seconds=30, steps=2)
    with pytest.raises(_Killed):
        run_copy_job(dying)
    mid = _job(db, tenant.id, job_id)
    assert mid.status == "running" and mid.progress == "2/4 products, 4 drafts, 0 failed"
    assert (mid.result or {})["drafts"] == 4  # progress visible while it runs
    with tenant_session(db, tenant.id) as session:  # the lease runs out
        session.execute(update(Job).values(lease_expires_at=utcnow()))
    assert reap_expired(db, KINDS) == 1
    assert Worker(db, kinds=KINDS).run_one() == job_id
    job = _job(db, tenant.id, job_id)
    assert job.status == "done" and job.attempts == 2
    result = job.result or {}
    assert (result["products_done"], result["drafts"], result["attempt_products"]) == (4, 8, 2)
    with tenant_session(db, tenant.id) as session:
        pairs = session.execute(select(CopyDraft.product_id, CopyDraft.language)).all()
        items = session.scalars(select(CopyJobItem.outcome)).all()
    assert len(pairs) == len(set(pairs)) == 8  # each product and language once
    assert items == ["drafted"] * 8
    # The dead attempt can no longer write anything.
    with pytest.raises(LeaseLost), dying.step("late") as session:
        session.add(CopyJobItem(job_id=job_id, product_id=1, language="fr", outcome="failed"))
    assert _count(db, tenant.id, CopyJobItem) == 8


def test_a_cancel_stops_the_job_between_products_and_keeps_the_drafts_written(
    db: Database, tenant: Tenant
) -> None:
    add_products(db, tenant.id, 4)
    job_id = _submit(db, tenant.id, ("en",), all=True)
    claim = claim_next(db, KINDS, lease_seconds=30)
    assert claim is not None

    class _CancelledAfterOne(JobContext):
        def step(self, *args: Any, **kwargs: Any) -> Any:
            if _count(db, tenant.id, CopyJobItem) == 1:
                with tenant_session(db, tenant.id) as session:
                    cancel_job(session, job_id)
            return super().step(*args, **kwargs)

    with pytest.raises(JobCancelled):
        run_copy_job(_CancelledAfterOne(db, claim, lease_seconds=30))
    settle_failure(db, claim, job_kind(COPY_JOB_KIND), JobCancelled("cancelled"))
    job = _job(db, tenant.id, job_id)
    assert job.status == "cancelled"
    assert (
        job.error == "cancelled after 1 product(s); the 1 draft(s) written stay pending for review"
    )
    assert (job.result or {})["drafts"] == 1
    assert _count(db, tenant.id, CopyDraft) == 1


def test_a_spent_budget_stops_the_job_with_a_clear_error_and_keeps_its_drafts(
    sqlite_db: Database,
) -> None:
    from tradewinds.gateway import set_tenant_budget
    from tradewinds.store.tables import TokenLedger
    from tradewinds.store.tenants import create_tenant

    db = sqlite_db
    tenant = create_tenant(db, "acme", name="Acme")
    add_products(db, tenant.id, 3, bare_first=True)  # the first needs no model
    set_tenant_budget(db, tenant.id, 100)
    with tenant_session(db, tenant.id) as session:
        period = utcnow().strftime("%Y-%m")
        session.add(TokenLedger(scope="tenant", period=period, used_tokens=100, reserved_tokens=0))
    job_id = _submit(db, tenant.id, ("en",), all=True, writer="choose")
    Worker(db, kinds=KINDS).run_one()
    job = _job(db, tenant.id, job_id)
    assert job.status == "failed" and job.attempts == 1  # not retried: it would not help
    assert "monthly token budget is spent" in (job.error or "")
    assert "stopped after 1 of 3 products; the 1 draft(s) written stay pending" in (job.error or "")
    assert (job.result or {})["drafts"] == 1
    with tenant_session(db, tenant.id) as session:
        assert [d.handle for d in list_drafts(session)] == ["item-00"]


def test_filters_select_by_vendor_tag_handles_and_missing_copy(
    db: Database, tenant: Tenant
) -> None:
    from tradewinds.merchant.copy_filter import select_products

    add_products(db, tenant.id, 6, bare_first=True)
    with tenant_session(db, tenant.id) as session:

        def handles(**given: Any) -> list[str]:
            return [h for _, h in select_products(session, CopyFilter(**given))]

        assert handles(tag="CAMP") == ["item-00", "item-03"]
        assert handles(vendor="birch", tag="camp") == ["item-03"]
        assert handles(handles=("item-05", "item-01")) == ["item-01", "item-05"]
        assert handles(missing="en") == ["item-00"]  # the only one without a description
        assert len(handles(missing="zh")) == 6  # no Chinese copy published yet
        assert len(handles(all=True)) == 6


def test_bad_submissions_are_refused_with_what_was_expected(db: Database, tenant: Tenant) -> None:
    add_products(db, tenant.id, 2)
    with pytest.raises(InvalidInput, match="give at least one of category"):
        CopyFilter()
    with pytest.raises(InvalidInput, match="unknown colour"):
        CopyFilter.from_dict({"colour": "red"})
    with pytest.raises(InvalidInput, match="at most 1000 handles per job"):
        CopyFilter(handles=tuple(f"item-{i}" for i in range(1001)))
    with pytest.raises(InvalidInput, match=r"filter\.status 'gone'"):
        CopyFilter(status="gone")
    with pytest.raises(InvalidInput, match=r"Unsupported language\(s\) xx .*supported: en, zh"):
        _submit(db, tenant.id, ("en", "xx"), all=True)
    with pytest.raises(InvalidInput, match="1 handle\\(s\\) name no product: nope"):
        _submit(db, tenant.id, handles=("item-00", "nope"))
    with pytest.raises(InvalidInput, match="selects no product"):
        _submit(db, tenant.id, vendor="Nobody")
    assert CopyFilter.from_dict({"vendor": "Acme", "missing": "zh"}).to_dict() == {
        "vendor": "Acme", "missing": "zh"
    }  # fmt: skip
    assert _count(db, tenant.id, Job) == 0


def test_a_model_that_is_down_is_recorded_per_product_and_the_job_goes_on(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradewinds.core.settings import get_settings
    from tradewinds.store.tenants import create_tenant

    # The copy model is an OpenAI-compatible server on a port nobody listens on; it
    # declares Spanish, which has no templates to fall back on.
    spec = {"BACKEND": "openai", "MODEL": "qwen", "BASE_URL": "http://127.0.0.1:9/v1",
            "TIMEOUT_S": "2", "OPTIONS": '{"max_retries": 0}',
            "LANGUAGES": '["en", "zh", "es"]'}  # fmt: skip
    for key, value in spec.items():
        monkeypatch.setenv(f"TRADEWINDS_MODELS__COPY__{key}", value)
    monkeypatch.setenv("TRADEWINDS_COMPLIANCE__MODERATORS", "[]")
    get_settings.cache_clear()
    db = sqlite_db
    tenant = create_tenant(db, "acme", name="Acme")
    add_products(db, tenant.id, 2)
    job_id = _submit(db, tenant.id, ("en", "es"), all=True, writer="model")
    Worker(db, kinds=KINDS).run_one()
    job = _job(db, tenant.id, job_id)
    assert job.status == "done", job.error
    result = job.result or {}
    assert (result["products_done"], result["drafts"], result["failed"]) == (2, 2, 2)
    assert result["model_fallbacks"] == 2  # en: the templates' copy, with the reason
    assert [(f["handle"], f["language"]) for f in result["failures"]] == [
        ("item-00", "es"), ("item-01", "es")
    ]  # fmt: skip
    assert all("model_unavailable" in f["reason"] for f in result["failures"])
    assert "no templates for 'es'" in result["failures"][0]["reason"]


def test_a_queued_copy_job_cancelled_before_it_started_says_so(
    sqlite_db: Database,
) -> None:
    from tradewinds.store.tenants import create_tenant

    tenant = create_tenant(sqlite_db, "acme", name="Acme")
    add_products(sqlite_db, tenant.id, 1)
    job_id = _submit(sqlite_db, tenant.id, all=True)
    with tenant_session(sqlite_db, tenant.id) as session:
        cancel_job(session, job_id)
    job = _job(sqlite_db, tenant.id, job_id)
    assert job.status == "cancelled" and job.error == "cancelled before it started"
    assert (job.result or {})["drafts"] == 0
    assert Worker(sqlite_db, kinds=KINDS).run_one() is None
