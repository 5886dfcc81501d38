from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.gateway.conftest import CountingChat
from tradewinds.compliance import AuditQuery, add_blocklist_entry, query_audit
from tradewinds.core.settings import ModelSpec, Settings, load_settings
from tradewinds.gateway import ModelClient
from tradewinds.gateway.usage_writer import flush_usage
from tradewinds.models import ChatRequest, clear_model_cache, default_registry
from tradewinds.search.understanding import FEATURE, extract_query, parse_query
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant, UsageRecord
from tradewinds.store.tenants import create_tenant


@pytest.mark.parametrize(
    ("query", "text", "constraints"),
    [
        ("red running shoes under $80 for kids", "running shoes",
         {"max_price": "80", "colour": "red", "audience": "kids"}),
        ("tent between $20 and $49.50", "tent", {"min_price": "20", "max_price": "49.5"}),
        ("grey sofa in stock", "sofa", {"colour": "grey", "in_stock": "true"}),
        ("gray women's coat over 100", "coat",
         {"min_price": "100", "colour": "grey", "audience": "women"}),
        ("3/4 in copper pipe", "3/4 in copper pipe", {}),
        # the colour of what the product is for, not of the product
        ("glasses for red wine", "glasses for red wine", {}),
        ("a frame for the white wall under 40", "a frame for the white wall",
         {"max_price": "40"}),
        ("shoes for kids in red", "shoes for in", {"audience": "kids", "colour": "red"}),
        ("a case for red", "a case", {"colour": "red"}),
    ],
)  # fmt: skip
def test_parser_reads_prices_colours_audiences_and_stock(
    query: str, text: str, constraints: dict[str, str]
) -> None:
    understood = parse_query(query)
    assert understood.text == text
    assert understood.constraints == constraints


def test_known_categories_and_brands_become_boosts() -> None:
    understood = parse_query("peak tents", ["Outdoor > Tents", "Apparel"], ["Peak", "Stride"])
    assert understood.boosts() == {"category": "Outdoor > Tents", "brand": "Peak"}
    assert understood.filters() == {}
    understood.drop(["brand"])
    assert [u["field"] for u in understood.to_dict()["understood"]] == ["category"]


def _usage(db: Database, tenant_id: int) -> list[tuple[str, str, str]]:
    flush_usage(db)  # the gateway writes usage records in background batches
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(UsageRecord).order_by(UsageRecord.id))
        return [(r.feature, r.model, r.status) for r in rows]


@pytest.fixture
def quiet_settings() -> Settings:
    """The embedded SmolLM2 as ``extract``; moderation by the tenant's blocklist only (the
    classifiers have their own tests, and their loading would dominate these)."""
    return load_settings(compliance={"moderators": []})


class ExtractingChat(CountingChat):
    """The gateway tests' deterministic backend, answering one fixed reading as JSON."""

    backend = "extracting"
    supports_schema = True

    def _words(self, request: ChatRequest) -> list[str]:
        return ['{"text": "running shoes", "max_price": 80, "min_price": null, ',
                '"colour": "red", "audience": null, "in_stock": null}']  # fmt: skip


@pytest.fixture
def extracting_settings(quiet_settings: Settings) -> Iterator[Settings]:
    """``extract`` on :class:`ExtractingChat` (a plugin registered like any backend)."""
    default_registry().add_chat(ExtractingChat)
    clear_model_cache()
    spec = ModelSpec(backend="extracting", model="x1")
    yield quiet_settings.model_copy(update={"models": {**quiet_settings.models, "extract": spec}})
    default_registry().remove(ExtractingChat.backend)
    clear_model_cache()


def test_model_reader_falls_back_to_the_parser_when_the_model_is_missing(
    tmp_path: Path, sqlite_db: Database, quiet_settings: Settings
) -> None:
    spec = ModelSpec(backend="llamacpp", model=str(tmp_path / "missing.gguf"))
    settings = quiet_settings.model_copy(
        update={"models": {**quiet_settings.models, "extract": spec}}
    )
    tenant_id = create_tenant(sqlite_db, "acme").id
    understood = extract_query(
        "blue socks under $10", client=ModelClient(sqlite_db, tenant_id, FEATURE, settings)
    )
    assert understood.source == "parser"
    assert "model unavailable" in understood.note
    assert understood.constraints == {"max_price": "10", "colour": "blue"}
    assert _usage(sqlite_db, tenant_id) == [(FEATURE, "extract", "backend_error")]


def test_model_reader_is_metered_and_audited_as_search_understanding(
    db: Database, tenant: Tenant, extracting_settings: Settings
) -> None:
    client = ModelClient(db, tenant.id, FEATURE, extracting_settings)
    understood = extract_query("red running shoes under $80", client=client)
    assert understood.source == "model"
    assert understood.constraints == {"max_price": "80", "colour": "red"}
    assert _usage(db, tenant.id) == [(FEATURE, "extract", "ok")]
    records = query_audit(db, tenant.id, AuditQuery(feature=FEATURE))
    assert [(r["model"], r["action"], r["key_id"]) for r in records] == [("extract", "allow", None)]
    assert "red running shoes under $80" in records[0]["input_text"]
    assert records[0]["label"]  # the answer was labelled as AI-generated


def test_a_blocked_query_is_refused_by_the_gateway_and_read_by_the_parser(
    db: Database, tenant: Tenant, quiet_settings: Settings
) -> None:
    add_blocklist_entry(db, tenant.id, "counterfeit")
    client = ModelClient(db, tenant.id, FEATURE, quiet_settings)
    understood = extract_query("counterfeit watches under $50", client=client)
    assert understood.source == "parser" and "content_blocked" in understood.note
    assert understood.constraints == {"max_price": "50"}
    assert _usage(db, tenant.id) == [(FEATURE, "extract", "blocked")]
    records = query_audit(db, tenant.id, AuditQuery(feature=FEATURE))
    assert [(r["action"], r["output_text"]) for r in records] == [("block", "")]


def test_the_embedded_model_answers_through_the_gateway(
    sqlite_db: Database, quiet_settings: Settings
) -> None:
    tenant_id = create_tenant(sqlite_db, "acme").id
    spec = quiet_settings.models["extract"].model_copy(update={"timeout_s": 30.0})
    settings = quiet_settings.model_copy(
        update={"models": {**quiet_settings.models, "extract": spec}}
    )
    client = ModelClient(sqlite_db, tenant_id, FEATURE, settings)
    understood = extract_query("red running shoes under $80", client=client)
    # SmolLM2 answers the schema's JSON (llama.cpp constrains it); on a loaded machine it may
    # run out of time (metered as backend_error) and the parser answers. Either way: one
    # metered call, audited and labelled when the model answered.
    usage = _usage(sqlite_db, tenant_id)
    assert [u[:2] for u in usage] == [(FEATURE, "extract")]
    audited = query_audit(sqlite_db, tenant_id, AuditQuery(feature=FEATURE))
    if usage[0][2] == "ok":
        assert len(audited) == 1 and audited[0]["label"] and audited[0]["model"] == "extract"
    else:
        assert usage[0][2] == "backend_error" and audited == []
    if understood.source == "parser":
        assert understood.constraints["max_price"] == "80"
    else:
        assert understood.source == "model" and understood.text
