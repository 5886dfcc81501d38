"""The product CSV export carries published copy: SEO fields, and the signed implicit label
of AI-written copy in its own column (only then), which imports ignore."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import replace
from pathlib import Path

from tests.merchant._review import FAITHFUL, add_kettle
from tradewinds.merchant import approve, create_draft, publish
from tradewinds.store import Database, tenant_session
from tradewinds.store.exporters import export_products
from tradewinds.store.importers import import_products
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


def _publish(db: Database, tenant_id: int, handle: str, copy=FAITHFUL) -> None:  # type: ignore[no-untyped-def]
    with tenant_session(db, tenant_id) as session:
        draft = create_draft(session, handle, copy)
        approve(session, draft.id)
        publish(session, draft.id)


def _export(db: Database, tenant_id: int) -> tuple[list[str], dict[str, dict[str, str]]]:
    out = io.StringIO()
    export_products(db, tenant_id, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    return header, {r["Handle"]: r for r in rows if r["Title"]}


def test_export_carries_seo_fields_and_the_ai_label(
    db: Database, tenant: Tenant, tmp_path: Path
) -> None:
    add_kettle(db, tenant.id)
    add_kettle(db, tenant.id, "pour-kettle-2")
    header, _ = _export(db, tenant.id)
    assert "AI Content Label" not in header  # no AI copy: the export is as before
    mine = replace(FAITHFUL, origin="merchant", model=None, seo_title="Kettle 2")
    _publish(db, tenant.id, "pour-kettle-2", mine)
    header, rows = _export(db, tenant.id)
    assert "AI Content Label" not in header
    assert rows["pour-kettle-2"]["SEO Title"] == "Kettle 2"
    _publish(db, tenant.id, "pour-kettle")
    header, rows = _export(db, tenant.id)
    assert header[-1] == "AI Content Label"
    kettle = rows["pour-kettle"]
    assert (kettle["SEO Title"], kettle["SEO Description"]) == (
        FAITHFUL.seo_title, FAITHFUL.meta_description,
    )  # fmt: skip
    label = json.loads(kettle["AI Content Label"])
    assert label["aigc"] is True and label["model"] == "chat" and label["sig"]
    assert label["sha256"] == hashlib.sha256(FAITHFUL.text().encode()).hexdigest()
    assert rows["pour-kettle-2"]["AI Content Label"] == ""
    path = tmp_path / "products.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        export_products(db, tenant.id, out)
    report = import_products(db, create_tenant(db, "elsewhere").id, path)
    assert report.created == 2 and not report.skipped
