"""HTTP: audit query/export, complaints with status, label verification."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import assert_error, make_client
from tradewinds.compliance import embed_label, make_label, record_generation
from tradewinds.compliance.verdict import ALLOW
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def test_audit_complaints_and_verify(db: Database, tenant: Tenant, tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path / "home", default_tenant="acme")
    label = make_label(settings, tenant_id=tenant.id, model="chat", text="Nice tent.")
    record_generation(
        db,
        tenant.id,
        key_id="k1",
        model="chat",
        input_text="write",
        output_text="Nice tent.",
        verdict=ALLOW,
        label=label,
        settings=settings,
    )
    with make_client(db, home=tmp_path / "home") as client:
        rows = client.get("/api/v1/compliance/audit", headers={"X-Tenant": "acme"}).json()
        assert [r["content_id"] for r in rows] == [label.content_id]
        csv_text = client.get("/api/v1/compliance/audit/export?format=csv").text
        assert label.content_id in csv_text and csv_text.startswith("content_id,")
        made = client.post(
            "/api/v1/compliance/complaints",
            json={"content_id": label.content_id, "reason": "wrong claim"},
        )
        assert made.status_code == 201 and made.json()["status"] == "open"
        moved = client.patch(
            f"/api/v1/compliance/complaints/{made.json()['id']}", json={"status": "rejected"}
        )
        assert [h["status"] for h in moved.json()["history"]] == ["open", "rejected"]
        assert_error(
            client.post("/api/v1/compliance/complaints", json={"content_id": "x", "reason": "r"}),
            404,
            "not_found",
        )
        ok = client.post(
            "/api/v1/compliance/labels/verify", json={"text": embed_label("Nice tent.", label)}
        ).json()
        assert ok["status"] == "valid" and ok["content_id"] == label.content_id
        bad = client.post("/api/v1/compliance/labels/verify", json={"text": "plain"}).json()
        assert bad["status"] == "unlabelled" and bad["ok"] is False
