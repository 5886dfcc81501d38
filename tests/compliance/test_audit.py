"""Audit log: recording, retention modes, query, export, purge, tenant isolation."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tradewinds.compliance import (
    AuditQuery,
    export_audit,
    file_complaint,
    make_label,
    purge_audit,
    query_audit,
    record_generation,
)
from tradewinds.compliance.labels import text_sha256
from tradewinds.compliance.verdict import ModerationVerdict
from tradewinds.core.settings import Settings, load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

FLAG = ModerationVerdict("flag", {"violence": 0.8}, ["violence"], "flagged: violence 0.80")


def _record(
    db: Database,
    settings: Settings,
    tenant_id: int,
    text: str,
    *,
    verdict: ModerationVerdict | None = FLAG,
) -> str:
    label = make_label(settings, tenant_id=tenant_id, model="chat", text=text)
    record_generation(
        db,
        tenant_id,
        key_id=7,
        model="chat",
        input_text="prompt " + text,
        output_text=text,
        verdict=verdict,
        label=label,
        settings=settings,
    )
    return label.content_id


def test_record_query_and_isolation(
    db: Database, tenant: Tenant, other_tenant: Tenant, tmp_path: Path
) -> None:
    settings = load_settings(home=tmp_path)
    cid = _record(db, settings, tenant.id, "hello")
    _record(db, settings, other_tenant.id, "secret of globex")
    rows = query_audit(db, tenant.id, AuditQuery())
    assert [r["content_id"] for r in rows] == [cid]
    row = rows[0]
    assert row["output_text"] == "hello" and row["key_id"] == "7" and row["action"] == "flag"
    assert row["flagged"] == ["violence"] and row["scores"] == {"violence": 0.8}
    assert query_audit(db, tenant.id, AuditQuery(action="block")) == []


def test_hash_mode_keeps_no_text(db: Database, tenant: Tenant, tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path, compliance={"audit_retention_mode": "hash"})
    _record(db, settings, tenant.id, "private words")
    row = query_audit(db, tenant.id, AuditQuery())[0]
    assert row["output_text"] is None and row["input_text"] is None
    assert row["output_sha256"] == text_sha256("private words")


def test_export_jsonl_and_csv(db: Database, tenant: Tenant, tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path)
    ids = {_record(db, settings, tenant.id, f"text {i}, with comma") for i in range(3)}
    lines = list(export_audit(db, tenant.id, AuditQuery(), fmt="jsonl"))
    assert {json.loads(line)["content_id"] for line in lines} == ids
    table = list(
        csv.DictReader(io.StringIO("".join(export_audit(db, tenant.id, AuditQuery(), fmt="csv"))))
    )
    assert {r["content_id"] for r in table} == ids
    assert table[0]["output_text"].endswith("with comma")


def test_purge_respects_age_and_open_complaints(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    settings = load_settings(home=tmp_path)
    kept = _record(db, settings, tenant.id, "disputed")
    gone = _record(db, settings, tenant.id, "old")
    file_complaint(db, tenant.id, content_id=kept, reason="offensive")
    assert purge_audit(db, tenant.id, older_than_days=183) == 0
    later = datetime.now(UTC) + timedelta(days=200)
    assert purge_audit(db, tenant.id, older_than_days=183, now=later) == 1
    left = [r["content_id"] for r in query_audit(db, tenant.id, AuditQuery())]
    assert left == [kept] and gone not in left


def test_unmoderated_generation_is_recorded_as_such(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    settings = load_settings(home=tmp_path)
    _record(db, settings, tenant.id, "plain", verdict=None)
    row = query_audit(db, tenant.id, AuditQuery())[0]
    assert row["action"] == "allow" and row["reason"] == "not moderated"
