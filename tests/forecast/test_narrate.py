"""Narration: citations are checked, model text is labelled, the template is the fallback."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest
from sqlalchemy import select

from tests.gateway.conftest import CountingChat
from tradewinds.compliance import AuditQuery, query_audit
from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings, load_settings
from tradewinds.forecast.insights import InsightTables, build_insights
from tradewinds.forecast.narrate import (
    FEATURE,
    ai_label,
    cites_only_known_rows,
    narrate,
    template_narrative,
)
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.models import ChatRequest, clear_model_cache, default_registry
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord


class BriefingChat(CountingChat):
    """A deterministic backend (registered like any plugin) writing one cited sentence."""

    backend = "briefing"

    def _words(self, request: ChatRequest) -> list[str]:
        return ["A ", "runs ", "out ", "in ", "about ", "a ", "day ", "[stockout#1]."]


@pytest.fixture
def briefing_settings() -> Iterator[Settings]:
    default_registry().add_chat(BriefingChat)
    clear_model_cache()
    yield load_settings(
        models={"writer": {"backend": "briefing", "model": "b1"}},
        compliance={"moderators": []},
    )
    default_registry().remove(BriefingChat.backend)
    clear_model_cache()


def _tables() -> InsightTables:
    days = pd.date_range("2024-03-01", periods=14)
    forecasts = pd.DataFrame(
        {
            "unique_id": ["A"] * 14 + ["B"] * 14,
            "ds": list(days) * 2,
            "yhat": [5.0] * 14 + [0.1] * 14,
        }
    )
    history = pd.DataFrame(
        {
            "unique_id": "A",
            "ds": pd.date_range("2024-01-04", periods=56),
            "y": [1.0] * 28 + [6.0] * 28,
            "promo": [0, 0, 0, 1] * 14,
        }
    )
    return build_insights(forecasts, history, {"A": 4, "B": 400}, default_lead_time=3)


def test_tables_and_template_cite_their_rows() -> None:
    tables = _tables()
    assert [r["sku"] for r in tables.stockout] == ["A"]
    assert tables.stockout[0]["shortfall_units"] == 11
    assert [r["sku"] for r in tables.overstock] == ["B"]
    assert tables.trend[0]["change_pct"] == 500.0
    assert tables.promotion[0]["promo_days"] == 14
    text = template_narrative(tables)
    for ref in ("stockout#1", "overstock#1", "trend#1", "promotion#1"):
        assert f"[{ref}]" in text
    assert "4 unit(s) on hand against 15.0 expected" in text


def test_model_text_must_cite_existing_rows() -> None:
    tables = _tables()
    assert cites_only_known_rows("A runs out [stockout#1].", tables)
    assert not cites_only_known_rows("A runs out soon.", tables)
    assert not cites_only_known_rows("See [stockout#9].", tables)


def test_model_written_text_gets_an_ai_label() -> None:
    settings = load_settings()
    label = ai_label(settings, 1, "chat", "A runs out [stockout#1].")
    assert label["content_id"] and label["header_value"] and label["explicit_text"]


def test_unconfigured_model_falls_back_to_the_template(sqlite_db: Database) -> None:
    from tradewinds.store.tenants import create_tenant

    report = narrate(
        _tables(),
        use_model=True,
        purpose="no-such-purpose",
        settings=load_settings(),
        tenant_id=create_tenant(sqlite_db, "acme").id,
        db=sqlite_db,
    )
    assert report.narrator.startswith("template") and report.label is None
    assert "[stockout#1]" in report.narrative


def test_model_narration_is_metered_and_audited_as_forecast_narration(
    db: Database, tenant: Tenant, briefing_settings: Settings
) -> None:
    report = narrate(
        _tables(),
        use_model=True,
        purpose="writer",
        settings=briefing_settings,
        tenant_id=tenant.id,
        db=db,
    )
    assert report.narrator == "writer" and report.narrative.endswith("[stockout#1].")
    assert report.label is not None
    flush_usage(db)
    with tenant_session(db, tenant.id) as session:
        rows = session.scalars(select(UsageRecord)).all()
        assert [(r.feature, r.model, r.status) for r in rows] == [(FEATURE, "writer", "ok")]
    records = query_audit(db, tenant.id, AuditQuery(feature=FEATURE))
    assert [r["content_id"] for r in records] == [report.label["content_id"]]


def test_model_narration_needs_the_tenant_that_pays() -> None:
    with pytest.raises(InvalidInput, match="metered to the tenant"):
        narrate(_tables(), use_model=True, settings=load_settings())
