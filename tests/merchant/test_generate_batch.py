"""Generation over the demo store's catalogue: every copy passes the checker, SEO fields
fit, nothing is written twice when a run is resumed, and ``bench copy-check`` reads it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from random import Random

import pytest

from tradewinds.core.errors import InvalidInput
from tradewinds.demo import write_products_csv
from tradewinds.demo.catalog import generate_catalog as demo_catalogue
from tradewinds.merchant import check_copies, generate_catalog, read_copies
from tradewinds.merchant.batch import load_catalog_facts


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.csv"
    products = demo_catalogue(Random(23), 36, days=60, start=datetime(2025, 1, 1, tzinfo=UTC))
    write_products_csv(products, path)
    return path


def test_every_demo_product_gets_copy_the_checker_passes(catalogue: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies.jsonl"
    summary = generate_catalog(catalogue, out, ("en", "zh"), tone="friendly", length="long")
    data = summary.to_dict()
    assert data["products"] == 36 and data["copies"] == 72
    assert data["languages"] == {"en": 36, "zh": 36}
    assert data["checker_pass_rate"] == 1.0, data["finding_kinds"]
    assert data["leaked_refusals"] == 0 and data["over_length_seo_fields"] == 0
    assert data["products_per_minute"] > 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(3 <= len(line["copy"]["bullets"]) <= 5 for line in lines if line["language"] == "en")
    # the output is a COPIES file: the fact checker harness reads it as it is
    items = read_copies(out)
    results = check_copies(load_catalog_facts(catalogue), items)
    assert {result.verdict for _, result in results} == {"ok"}


def test_a_resumed_run_writes_no_product_twice(catalogue: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies.jsonl"
    first = generate_catalog(catalogue, out, ("en",), limit=3)
    assert first.products == 3
    with out.open("a", encoding="utf-8") as sink:
        sink.write('{"id": "half-writ')  # the line a killed run was writing
    second = generate_catalog(catalogue, out, ("en", "zh"), limit=5)
    assert (second.skipped, second.products, second.copies) == (0, 5, 7)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 10
    third = generate_catalog(catalogue, out, ("en", "zh"), limit=5)
    assert (third.skipped, third.products, third.copies) == (5, 0, 0)


def test_bad_requests_are_refused_before_anything_is_written(
    catalogue: Path, tmp_path: Path
) -> None:
    out = tmp_path / "copies.jsonl"
    with pytest.raises(InvalidInput, match="supported: en, zh"):
        generate_catalog(catalogue, out, ("en", "th"))
    with pytest.raises(InvalidInput, match="tone 'shouty'"):
        generate_catalog(catalogue, out, ("en",), tone="shouty")
    assert not out.exists() or out.read_text() == ""
    out.write_text('{"id": "a"}\nnot json\n{"id": "b"}\n')
    with pytest.raises(InvalidInput, match="line 2"):
        generate_catalog(catalogue, out, ("en",))
