"""The review queue (filters, count, paging, this tenant only) and the note of a model
that did not write a generated copy."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.merchant._review import CHINESE, CONTRADICTING, FAITHFUL, add_kettle
from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.merchant import create_draft, draft_queue, generate_copy, model_failure
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant


def test_the_queue_filters_counts_and_pages(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    add_kettle(db, other_tenant.id)
    with tenant_session(db, tenant.id) as session:
        copies = (CONTRADICTING, FAITHFUL, CHINESE, replace(FAITHFUL, origin="template"))
        ids = [create_draft(session, "pour-kettle", c).id for c in copies]
    with tenant_session(db, other_tenant.id) as session:
        create_draft(session, "pour-kettle", FAITHFUL)
    with tenant_session(db, tenant.id) as session:
        everything = draft_queue(session)
        assert [d.id for d in everything.drafts] == ids[::-1] and everything.total == 4
        ai = draft_queue(session, origin="ai")
        assert [d.id for d in ai.drafts] == [ids[2], ids[1]] and ai.total == 2
        english_ai = draft_queue(session, origin="ai", language="en", status="pending")
        assert [d.id for d in english_ai.drafts] == [ids[1]]
        page = draft_queue(session, limit=3, offset=0)
        assert len(page.drafts) == 3 and page.has_next and page.total == 4
        last = draft_queue(session, limit=3, offset=3)
        assert [d.id for d in last.drafts] == [ids[0]] and not last.has_next
        assert draft_queue(session, status="published").total == 0
        with pytest.raises(InvalidInput, match="origin 'robot': expected one of ai, template"):
            draft_queue(session, origin="robot")
        with pytest.raises(InvalidInput, match="status 'done'"):
            draft_queue(session, status="done")


def test_model_failure_reads_the_note_generation_leaves(
    db: Database, tenant: Tenant, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_kettle(db, tenant.id)
    templated = generate_copy(db, tenant.id, "pour-kettle", "en", writer="templates")
    assert model_failure(templated.copy) is None

    def down(*_args: object, **_kwargs: object) -> object:
        raise ModelUnavailable("copy model is down")

    monkeypatch.setattr("tradewinds.merchant._model_copy.write_copy", down)
    monkeypatch.setattr("tradewinds.merchant._model_copy.choose_opening", down)
    for writer in ("model", "choose"):
        fallback = generate_copy(db, tenant.id, "pour-kettle", "en", writer=writer)
        failure = model_failure(fallback.copy)
        assert failure is not None and "model_unavailable" in failure and "down" in failure
