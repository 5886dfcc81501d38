from __future__ import annotations

from pathlib import Path

import pytest

from tradewinds.core.settings import get_settings
from tradewinds.models import clear_model_cache
from tradewinds.search.understanding import extract_query, parse_query


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


def test_model_reader_falls_back_to_the_parser_when_the_model_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRADEWINDS_MODELS__EXTRACT__MODEL", str(tmp_path / "missing.gguf"))
    get_settings.cache_clear()
    clear_model_cache()
    try:
        understood = extract_query("blue socks under $10")
    finally:
        clear_model_cache()
    assert understood.source == "parser"
    assert "model unavailable" in understood.note
    assert understood.constraints == {"max_price": "10", "colour": "blue"}
