"""Catalogue import and export for the console: audited imports, checks that write
nothing, import jobs (problems, progress, restart recovery) and filtered exports."""

from __future__ import annotations

import csv
import io
import socket

import pytest

from tests.fixtures import BROKEN_PRODUCTS_CSV, PRODUCTS_CSV
from tradewinds.catalog import (
    ImportQueue,
    ProductFilters,
    export_catalogue,
    import_catalogue,
    import_job,
    importing,
    recent_imports,
)
from tradewinds.catalog.import_jobs import INTERRUPTED, safe_file_name
from tradewinds.core.settings import load_settings
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ImportJob, Tenant

ANN = Actor(7, "ann@example.com")


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The product ids sent to the search index (search itself: tests/web)."""
    ids: list[int] = []
    monkeypatch.setattr(importing, "index_products", lambda db, t, new, s: ids.extend(new))
    return ids


def test_an_import_is_audited_reindexed_and_a_check_writes_nothing(
    db: Database, tenant: Tenant, indexed: list[int]
) -> None:
    settings = load_settings()
    checked = import_catalogue(db, tenant.id, PRODUCTS_CSV, ANN, settings, check_only=True)
    assert (checked.created, checked.dry_run) == (3, True)
    assert list_changes(db, tenant.id).total == 0 and indexed == []
    report = import_catalogue(db, tenant.id, PRODUCTS_CSV, ANN, settings, subject="12")
    assert report.created == 3 and sorted(indexed) == sorted(report.changed_ids)
    (change,) = list_changes(db, tenant.id).changes
    assert (change.actor, change.action, change.subject_id) == (ANN.email, "catalogue.import", "12")
    assert change.after == {"file": PRODUCTS_CSV.name, "created": 3, "updated": 0,
                            "unchanged": 0}  # fmt: skip
    import_catalogue(db, tenant.id, PRODUCTS_CSV, ANN, settings)  # no change: no record
    assert list_changes(db, tenant.id).total == 1


def test_a_job_keeps_the_problems_and_a_restart_fails_what_it_interrupted(
    db: Database, tenant: Tenant, indexed: list[int]
) -> None:
    queue = ImportQueue(db, load_settings())
    try:
        bad = queue.submit(tenant.id, BROKEN_PRODUCTS_CSV.read_bytes(), "../x/bad.csv", ANN,
                           check_only=False)  # fmt: skip
        good = queue.submit(tenant.id, PRODUCTS_CSV.read_bytes(), "good.csv", ANN,
                            check_only=False)  # fmt: skip
        assert queue.wait(bad, 60) and queue.wait(good, 60)
    finally:
        queue.shutdown()
    failed = import_job(db, tenant.id, bad)
    assert (failed.status, failed.file_name, failed.created) == ("failed", "bad.csv", 0)
    assert failed.problem_count == len(failed.problems) >= 10
    assert all(p.line > 1 and p.field and p.message for p in failed.problems)
    done = import_job(db, tenant.id, good)
    assert (done.status, done.created, done.actor) == ("done", 3, ANN.email)
    assert [j.id for j in recent_imports(db, tenant.id)] == [good, bad]
    with tenant_session(db, tenant.id) as session:  # a job of a process that is gone
        session.add(ImportJob(file_name="lost.csv", status="running", owner="nohost:1:x",
                              problems=[]))  # fmt: skip
        session.add(ImportJob(file_name="gone.csv", status="queued", owner="", problems=[]))
    other = ImportJob(file_name="elsewhere.csv", status="running", problems=[])
    with tenant_session(db, tenant.id) as session:
        other.owner = f"{socket.gethostname()}:999999999:x"  # no such process here
        session.add(other)
    restarted = ImportQueue(db, load_settings())
    restarted.shutdown()
    assert restarted.recovered == 2  # another host's job is left alone
    statuses = {j.file_name: (j.status, j.error) for j in recent_imports(db, tenant.id)}
    assert statuses["gone.csv"] == statuses["elsewhere.csv"] == ("failed", INTERRUPTED)
    assert statuses["lost.csv"] == ("running", None)


def test_the_export_follows_the_lists_filters(
    db: Database, tenant: Tenant, indexed: list[int]
) -> None:
    import_catalogue(db, tenant.id, PRODUCTS_CSV, ANN, load_settings(), check_only=False)
    every, drafts = io.StringIO(newline=""), io.StringIO(newline="")
    assert export_catalogue(db, tenant.id, every) == 3
    assert export_catalogue(db, tenant.id, drafts, ProductFilters(status="draft")) == 1
    (row,) = [r for r in csv.DictReader(io.StringIO(drafts.getvalue())) if r["Title"]]
    assert row["Status"] == "draft"


def test_uploaded_names_are_plain_file_names() -> None:
    assert safe_file_name("C:\\Users\\ann\\products.csv") == "products.csv"
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name('a"<b>.csv') == "a__b_.csv"
    assert safe_file_name("...") == "upload.csv"
