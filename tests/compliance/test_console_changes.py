"""What the console's compliance pages need: words and counts in the audit log, the
complaints' deadlines and next statuses, and changes made with an actor in the console's
audit (blocklist entries, complaint statuses)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from tradewinds.compliance import (
    RESPONSE_DAYS,
    AuditQuery,
    add_blocklist_entry,
    count_audit,
    delete_blocklist_entry,
    file_complaint,
    list_complaints,
    next_statuses,
    query_audit,
    record_generation,
    update_complaint,
)
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Complaint, Tenant

ANN = Actor(7, "ann@example.com")


def _record(db: Database, tenant_id: int, text: str) -> str:
    return record_generation(
        db,
        tenant_id,
        key_id=None,
        model="chat",
        input_text=text,
        output_text="ok",
        verdict=None,
        label=None,
    )


def test_words_and_counts_in_the_audit_log(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    _record(db, tenant.id, "Best RED kite for 50%")
    _record(db, tenant.id, "A tent")
    _record(db, other_tenant.id, "red kite")
    found = query_audit(db, tenant.id, AuditQuery(text="red kite"))
    assert [r["input_text"] for r in found] == ["Best RED kite for 50%"]
    assert count_audit(db, tenant.id, AuditQuery(text="50%")) == 1
    assert count_audit(db, tenant.id, AuditQuery(text="_")) == 0  # LIKE wildcards escaped
    assert count_audit(db, tenant.id, AuditQuery(limit=1)) == 2


def test_deadlines_next_statuses_and_audited_changes(db: Database, tenant: Tenant) -> None:
    complaint = file_complaint(db, tenant.id, content_id=_record(db, tenant.id, "x"), reason="r")
    assert complaint["overdue"] is False
    assert next_statuses("open") == ("investigating", "resolved", "rejected")
    with tenant_session(db, tenant.id) as session:
        session.execute(
            update(Complaint).values(
                created_at=datetime.now(UTC) - timedelta(days=RESPONSE_DAYS + 1)
            )
        )
    assert list_complaints(db, tenant.id)[0]["overdue"] is True
    done = update_complaint(db, tenant.id, complaint["id"], status="resolved", note="n", actor=ANN)
    assert done["overdue"] is False
    entry = add_blocklist_entry(db, tenant.id, "竞品", actor=ANN)
    delete_blocklist_entry(db, tenant.id, entry.id, actor=ANN)
    changes = list_changes(db, tenant.id).changes
    assert [c.action for c in changes] == ["blocklist.remove", "blocklist.add", "complaint.status"]
    assert changes[1].after == {"pattern": "竞品", "kind": "keyword", "category": "blocklist"}
    assert changes[2].before == {"status": "open"}
