"""Complaints: filing against a content id, status transitions with history."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewinds.compliance import (
    file_complaint,
    get_complaint,
    list_complaints,
    make_label,
    record_generation,
    update_complaint,
)
from tradewinds.compliance.verdict import ALLOW, ModerationVerdict, decide
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def _content(
    db: Database, tenant_id: int, tmp_path: Path, verdict: ModerationVerdict = ALLOW
) -> str:
    """A generation's content id; a blocked one (``verdict``) generated nothing."""
    settings = load_settings(home=tmp_path)
    blocked = verdict.blocked
    label = None if blocked else make_label(settings, tenant_id=tenant_id, model="chat", text="out")
    return record_generation(
        db,
        tenant_id,
        key_id=None,
        model="chat",
        input_text="in",
        output_text="" if blocked else "out",
        verdict=verdict,
        label=label,
        settings=settings,
    )


def test_lifecycle_with_history(db: Database, tenant: Tenant, tmp_path: Path) -> None:
    cid = _content(db, tenant.id, tmp_path)
    filed = file_complaint(
        db, tenant.id, content_id=cid, reason="misleading claim", contact="a@b.c"
    )
    assert filed["status"] == "open" and filed["content_id"] == cid
    update_complaint(db, tenant.id, filed["id"], status="investigating", note="looking")
    done = update_complaint(db, tenant.id, filed["id"], status="resolved", note="removed")
    assert [h["status"] for h in done["history"]] == ["open", "investigating", "resolved"]
    assert get_complaint(db, tenant.id, filed["id"])["status"] == "resolved"
    assert [c["id"] for c in list_complaints(db, tenant.id, status="resolved")] == [filed["id"]]
    with pytest.raises(InvalidInput, match="can move to open"):
        update_complaint(db, tenant.id, filed["id"], status="investigating")


def test_unknown_content_and_other_tenants(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> None:
    with pytest.raises(NotFound, match="no generated content"):
        file_complaint(db, tenant.id, content_id="aigc-nope", reason="x")
    cid = _content(db, tenant.id, tmp_path)
    with pytest.raises(NotFound):
        file_complaint(db, other_tenant.id, content_id=cid, reason="x")
    filed = file_complaint(db, tenant.id, content_id=cid, reason="x")
    with pytest.raises(NotFound):
        update_complaint(db, other_tenant.id, filed["id"], status="rejected")
    with pytest.raises(InvalidInput, match="reason"):
        file_complaint(db, tenant.id, content_id=cid, reason="  ")


def test_a_complaint_about_a_block_is_an_appeal_showing_the_decision(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    verdict = decide(load_settings(home=tmp_path).compliance, {"illicit": 0.86, "violence": 0.3})
    blocked = _content(db, tenant.id, tmp_path, verdict)
    appeal = file_complaint(db, tenant.id, content_id=blocked, reason="an ordinary question")
    assert appeal["kind"] == "appeal" and appeal["decision"]["action"] == "block"
    assert appeal["decision"]["flagged"] == ["illicit"]
    assert (
        "illicit 0.86 (>= block 0.80; settings: illicit -> block)" in (appeal["decision"]["reason"])
    )
    plain = file_complaint(db, tenant.id, content_id=_content(db, tenant.id, tmp_path), reason="x")
    assert plain["kind"] == "complaint" and plain["decision"]["action"] == "allow"
    listed = {c["id"]: c["kind"] for c in list_complaints(db, tenant.id)}
    assert listed == {appeal["id"]: "appeal", plain["id"]: "complaint"}
    resolved = update_complaint(db, tenant.id, appeal["id"], status="resolved", note="allowed")
    assert resolved["kind"] == "appeal" and get_complaint(db, tenant.id, appeal["id"])["decision"]
