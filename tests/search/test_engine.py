"""End-to-end searches over a small catalogue, on SQLite and PostgreSQL, with real MiniLM."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select

from tests.search.conftest import Catalogue, build_catalogue
from tradewinds.core.settings import Settings
from tradewinds.search import BadSearchRequest, SearchRequest, add_rule, search_products
from tradewinds.store import Database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import Product, Tenant, Variant


def _search(
    db: Database, tenant: Tenant, settings: Settings, query: str = "", **kw: object
) -> dict[str, Any]:
    return search_products(db, tenant, SearchRequest(query=query, **kw), settings)  # type: ignore[arg-type]


def _handles(body: dict[str, Any], catalogue: Catalogue) -> list[str]:
    by_id = {v: k for k, v in catalogue.ids.items()}
    return [by_id[r["id"]] for r in body["results"]]


def test_hybrid_search_finds_typos_chinese_and_units(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    assert (
        _handles(_search(db, tenant, settings, "running shoes"), catalogue)[0].endswith(
            "runner-red"
        )
        or "runner" in _handles(_search(db, tenant, settings, "running shoes"), catalogue)[0]
    )
    typo = _search(db, tenant, settings, "hedphones", semantic_ratio=0.0, explain=True)
    assert _handles(typo, catalogue)[:1] == ["wired-headphones"]
    assert typo["explain"]["plan"]["corrections"]
    chinese = _search(db, tenant, settings, "无线耳机", semantic_ratio=0.0)
    assert _handles(chinese, catalogue)[:1] == ["bt-earbuds"]
    inches = _search(db, tenant, settings, "0.75 inch copper pipe", semantic_ratio=0.0)
    assert _handles(inches, catalogue)[0] == "copper-pipe"
    half = _search(db, tenant, settings, "half gallon paint", semantic_ratio=0.0)
    assert _handles(half, catalogue)[0] == "paint-half"


def test_query_understanding_filters_and_boosts(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    body = _search(db, tenant, settings, "red running shoes under $80 for kids")
    understood = {u["field"]: u for u in body["understanding"]["understood"]}
    assert understood["max_price"]["value"] == "80" and understood["max_price"]["kind"] == "filter"
    assert understood["colour"]["value"] == "red" and understood["audience"]["value"] == "kids"
    handles = _handles(body, catalogue)
    assert handles[0] == "kids-runner-red"
    assert "adult-runner" not in handles  # 129.99 > 80
    dropped = _search(
        db, tenant, settings, "red running shoes under $80 for kids", drop=["max_price"]
    )
    assert "adult-runner" in _handles(dropped, catalogue)


def test_filters_facets_sorting_and_pages(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    body = _search(db, tenant, settings, "hiking", category="Apparel", semantic_ratio=0.0)
    assert set(_handles(body, catalogue)) == {"leather-boots", "wool-socks"}
    facets = {f["value"]: f["count"] for f in body["facets"]["category"]}
    assert facets == {"Apparel > Shoes": 1, "Apparel > Socks": 1}
    cheap_first = _search(
        db, tenant, settings, "shoes", sort="price_asc", per_page=2, semantic_ratio=0.0
    )
    prices = [r["price"]["minor"] for r in cheap_first["results"]]
    assert prices == sorted(prices) and cheap_first["total"] >= 3
    assert cheap_first["results"][0]["price"] == {
        "amount": "49.99", "currency": tenant.currency, "minor": 4999,
    }  # fmt: skip
    assert cheap_first["results"][0]["max_price"]["minor"] == 4999
    second = _search(
        db, tenant, settings, "shoes", sort="price_asc", per_page=2, page=2, semantic_ratio=0.0
    )
    assert not {r["id"] for r in second["results"]} & {r["id"] for r in cheap_first["results"]}
    assert (second["offset"], second["limit"]) == (2, 2)
    shifted = _search(
        db, tenant, settings, "shoes", sort="price_asc", limit=2, offset=1, semantic_ratio=0.0
    )
    assert [r["id"] for r in shifted["results"]][:1] == [cheap_first["results"][1]["id"]]
    assert (shifted["page"], shifted["per_page"], shifted["offset"]) == (1, 2, 1)
    with pytest.raises(BadSearchRequest, match="not both"):
        _search(db, tenant, settings, "shoes", page=2, offset=4)
    red = _search(db, tenant, settings, "shoes", attributes={"color": "red"})
    assert set(_handles(red, catalogue)) == {"kids-runner-red", "adult-runner"}
    stocked = _search(db, tenant, settings, "camping", in_stock=True, semantic_ratio=0.0)
    assert _handles(stocked, catalogue) == ["dome-tent"]
    assert _search(db, tenant, settings, "", brand="pipeco")["total"] == 2


def test_empty_query_returns_popular_products(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    body = _search(db, tenant, settings, "   ")
    assert body["total"] == len(catalogue.ids) and "popular" in body["note"]


@pytest.mark.parametrize(
    ("query", "needle"),
    [("x" * 10_000, "10000 characters"), ("abc\x00\x01def", "binary"), ("ok\ufffd", "UTF-8")],
)
def test_bad_queries_are_refused_clearly(
    db: Database, tenant: Tenant, settings: Settings, query: str, needle: str
) -> None:
    with pytest.raises(BadSearchRequest) as caught:
        _search(db, tenant, settings, query)
    assert needle in caught.value.message and caught.value.http_status == 400


def test_changes_are_searchable_within_a_second(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    assert _search(db, tenant, settings, "kite", semantic_ratio=0.0)["total"] == 1
    with tenant_session(db, tenant.id) as session:  # sold out
        variant = session.scalars(
            select(Variant).where(Variant.product_id == catalogue.ids["kite"])
        ).one()
        variant.inventory_qty = 0
    time.sleep(0.6)
    body = _search(db, tenant, settings, "kite", semantic_ratio=0.0)
    assert body["results"][0]["in_stock"] is False
    with tenant_session(db, tenant.id) as session:  # edited
        session.get(Product, catalogue.ids["kite"]).title = "Rainbow Stunt Glider"  # type: ignore[union-attr]
    time.sleep(0.6)
    assert _search(db, tenant, settings, "glider", semantic_ratio=0.0)["total"] == 1
    with tenant_session(db, tenant.id) as session:  # deleted
        session.execute(delete(Product).where(Product.id == catalogue.ids["kite"]))
    time.sleep(0.6)
    assert _search(db, tenant, settings, "glider", semantic_ratio=0.0)["total"] == 0


def test_merchandising_rules_show_in_explain(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    with tenant_session(db, tenant.id) as session:
        add_rule(session, "pin", product_id=catalogue.ids["wool-socks"], position=1, query="shoes")
        add_rule(session, "hide", field="color", value="blue")
        add_rule(
            session,
            "bury",
            product_id=catalogue.ids["adult-runner"],
            ends_at=utcnow() - timedelta(days=1),
        )  # fmt: skip  (expired: no effect)
    body = _search(db, tenant, settings, "running shoes", explain=True)
    handles = _handles(body, catalogue)
    assert handles[0] == "wool-socks"
    assert "kids-runner-blue" not in handles
    assert any("pin" in note for note in body["results"][0]["explain"]["adjustments"])
    assert len(body["explain"]["rules"]) == 2
    assert "wool-socks" not in _handles(_search(db, tenant, settings, "kite"), catalogue)[:1]


def test_each_tenant_searches_only_its_own_index(
    db: Database, tenant: Tenant, other_tenant: Tenant, catalogue: Catalogue, settings: Settings
) -> None:
    theirs = build_catalogue(db, other_tenant)
    mine = _search(db, tenant, settings, "tent")
    other = _search(db, other_tenant, settings, "tent")
    assert {r["id"] for r in mine["results"]} <= set(catalogue.ids.values())
    assert {r["id"] for r in other["results"]} <= set(theirs.ids.values())
    assert other["results"][0]["price"]["currency"] == "EUR"
    assert other["results"][0]["max_price"]["currency"] == "EUR"


def test_a_changed_embedder_is_reported_once(
    db: Database, tenant: Tenant, catalogue: Catalogue, settings: Settings, caplog: Any
) -> None:
    import logging

    from tradewinds.core.settings import load_settings
    from tradewinds.search.sync import catch_up, embedder_id, open_index

    catch_up(db, tenant.id, settings, force=True)
    index = open_index(settings, tenant.id)
    assert index.meta("embedder") == embedder_id(settings)
    float32 = load_settings(models={"embed": {"options": {"quantize": "none"}}})
    assert embedder_id(float32) != embedder_id(settings)
    with caplog.at_level(logging.WARNING, logger="tradewinds.search.sync"):
        catch_up(db, tenant.id, settings, force=True)
        assert not [r for r in caplog.records if "search reindex" in r.getMessage()]
        catch_up(db, tenant.id, float32, force=True)
        catch_up(db, tenant.id, float32, force=True)
    warnings = [r for r in caplog.records if "search reindex" in r.getMessage()]
    assert len(warnings) == 1 and "int8" in warnings[0].getMessage()
