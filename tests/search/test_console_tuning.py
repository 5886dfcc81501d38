"""The search capability's console functions: the period report with conversion, editing
synonyms and rules one at a time (checked, audited, per shop), and the ranker's status.
No index is built: these read and write the tables only."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests._shop import add_product
from tradewinds.core.errors import NotFound
from tradewinds.core.settings import Settings
from tradewinds.search import (
    InvalidRule,
    InvalidSynonym,
    RuleDraft,
    SynonymDraft,
    delete_rule,
    delete_synonym,
    query_report,
    ranker_status,
    rule_entries,
    save_rule,
    save_synonym,
    search_report,
    synonym_entries,
)
from tradewinds.search.ranker import ranker_directory
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import (
    EventKind,
    InteractionEvent,
    SearchClick,
    SearchLogEntry,
    Tenant,
)

ANN = Actor(7, "ann@example.com")


def test_the_report_counts_a_click_followed_by_a_purchase_as_a_conversion(
    db: Database, tenant: Tenant
) -> None:
    kite = add_product(db, tenant.id, "kite", "Kite", prices=[999])
    tent = add_product(db, tenant.id, "tent", "Tent", prices=[9999])
    now = utcnow()
    with tenant_session(db, tenant.id) as session:
        searches = [SearchLogEntry(query=q, result_count=n, at=now - timedelta(hours=h))
                    for q, n, h in (("kite", 3, 30), ("kite", 3, 20), ("tent", 1, 10),
                                    ("zzz", 0, 5), ("kite", 3, 24 * 40))]  # fmt: skip
        session.add_all(searches)
        session.flush()
        session.add_all([
            SearchClick(search_id=searches[0].id, product_id=kite, at=now - timedelta(hours=29)),
            SearchClick(search_id=searches[1].id, product_id=kite, at=now - timedelta(hours=19)),
            SearchClick(search_id=searches[2].id, product_id=tent, at=now - timedelta(hours=9)),
        ])  # fmt: skip
        bought = EventKind.PURCHASE
        session.add_all([  # a kite bought 1 h after the second click; the tent 2 days late
            InteractionEvent(kind=bought, product_id=kite, at=now - timedelta(hours=18)),
            InteractionEvent(kind=bought, product_id=tent, at=now + timedelta(days=2)),
            InteractionEvent(kind=EventKind.VIEW, product_id=tent, at=now - timedelta(hours=8)),
        ])  # fmt: skip
    with tenant_session(db, tenant.id) as session:
        report = query_report(session, now - timedelta(days=7), now + timedelta(minutes=1))
        api = search_report(session, days=7)
    assert report.searches == 4 and report.clicked == 3
    # the first kite click's purchase came 11 h later (in the window): both kite searches
    assert report.converted == 2 and report.conversion_rate == 0.5
    top = {s.query: s for s in report.top}
    assert (top["kite"].searches, top["kite"].clicks, top["kite"].converted) == (2, 2, 2)
    assert (top["tent"].clicks, top["tent"].converted) == (1, 0)
    assert [s.query for s in report.zero] == ["zzz"]
    assert sum(d.searches for d in report.days) == 4
    assert sum(d.zero_results for d in report.days) == 1
    assert api["conversion_rate"] == 0.5 and api["top_queries"][0]["converted_searches"] == 2


def test_synonyms_are_checked_stored_as_file_lines_and_audited(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    entry = save_synonym(db, tenant.id, SynonymDraft("one_way", " tv ", "television,  telly"), ANN)
    assert entry.line == "tv => television, telly" and entry.one_way
    for draft, errors in (
        (SynonymDraft("equivalent", "sofa"), {"terms": "too_few"}),
        (SynonymDraft("one_way", "tv", "tv, telly"), {"targets": "duplicate"}),
        (SynonymDraft("one_way", "TV", "Television, telly"), {"terms": "exists"}),
        (SynonymDraft("equivalent", "a => b, c"), {"terms": "invalid"}),
        (SynonymDraft("equivalent", "!!, ??"), {"terms": "no_words"}),
        (SynonymDraft("sideways", "", ""), {"kind": "invalid", "terms": "required"}),
    ):
        with pytest.raises(InvalidSynonym) as raised:
            save_synonym(db, tenant.id, draft, ANN)
        assert raised.value.errors == errors
    # saving a rule unchanged is no change; another shop sees none of it
    save_synonym(db, tenant.id, entry.draft(), ANN, entry.id)
    assert synonym_entries(db, other_tenant.id) == []
    with pytest.raises(NotFound):
        save_synonym(db, other_tenant.id, SynonymDraft("equivalent", "x1, x2"), ANN, entry.id)
    with pytest.raises(NotFound):
        delete_synonym(db, other_tenant.id, entry.id, ANN)
    changes = list_changes(db, tenant.id).changes
    assert [(c.action, c.actor) for c in changes] == [("search.synonym.add", "ann@example.com")]
    assert changes[0].after == {"rule": "tv => television, telly"}


def test_rules_are_checked_field_by_field_and_audit_what_changed(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    tent = add_product(db, tenant.id, "tent", "Tent", prices=[9999])
    add_product(db, other_tenant.id, "gadget", "Gadget", prices=[100])
    for draft, errors in (
        (RuleDraft("pin", position="1"), {"product": "required"}),
        (RuleDraft("pin", product="tent", position="1.5"), {"position": "invalid"}),
        (RuleDraft("pin", product="gadget", position="1"), {"product": "not_found"}),
        (RuleDraft("hide", product="tent", field="brand", value="x"), {"field": "with_product"}),
        (RuleDraft("boost", field="brand"), {"value": "required"}),
        (RuleDraft("boost", field="brand", value="x", weight="lots"), {"weight": "invalid"}),
        (RuleDraft("shout", field="brand", value="x"), {"action": "invalid"}),
        (RuleDraft("hide", product="tent", starts_at="tomorrow"), {"starts_at": "invalid"}),
        (RuleDraft("hide", product="tent", query="!!"), {"query": "no_words"}),
    ):
        with pytest.raises(InvalidRule) as raised:
            save_rule(db, tenant.id, draft, ANN)
        assert raised.value.errors == errors, draft
    assert rule_entries(db, tenant.id) == []
    pin = RuleDraft("pin", product=str(tent), position="2", query="Tents!",
                    starts_at="2030-01-01T09:30")  # fmt: skip
    entry = save_rule(db, tenant.id, pin, ANN)
    assert (entry.product_handle, entry.query, entry.state) == ("tent", "tent", "scheduled")
    assert entry.starts_at == datetime(2030, 1, 1, 9, 30, tzinfo=UTC)
    save_rule(db, tenant.id, entry.draft(), ANN, entry.id)  # unchanged: nothing recorded
    save_rule(db, tenant.id, RuleDraft("pin", product="tent", position="1", query="tent"), ANN,
              entry.id)  # fmt: skip
    (latest, added) = list_changes(db, tenant.id).changes
    assert added.action == "search.rule.add" and added.after["position"] == 2
    assert latest.action == "search.rule.update"
    assert latest.before == {"position": 2, "starts_at": "2030-01-01T09:30:00+00:00"}
    assert latest.after == {"position": 1, "starts_at": None}
    assert rule_entries(db, other_tenant.id) == []
    with pytest.raises(NotFound):
        delete_rule(db, other_tenant.id, entry.id, ANN)
    delete_rule(db, tenant.id, entry.id, ANN)
    assert rule_entries(db, tenant.id) == []


def test_ranker_status_reads_the_description_without_loading_the_model(
    sqlite_db: Database, settings: Settings
) -> None:
    assert not ranker_status(settings, 3).trained
    directory: Path = ranker_directory(settings, 3)
    directory.mkdir(parents=True)
    (directory / "ranker.json").write_text(json.dumps({
        "top_n": 40, "features": [], "kind": "lambdarank", "queries": 25, "rows": 800,
        "trained_at": "2026-11-20T10:00:00+00:00", "source": "judgements", "ndcg@10": 0.42,
    }))  # fmt: skip
    status = ranker_status(settings, 3)
    assert status.trained and (status.queries, status.rows, status.top_n) == (25, 800, 40)
    assert status.source == "judgements" and status.metrics == {"ndcg@10": 0.42}
