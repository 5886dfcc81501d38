"""Precision on the demo store's own listings: every product's description, and a copy
that restates its title and attributes, are faithful, so none may be flagged. The
catalogue goes through the Shopify CSV export and the store's importer, as the harness
reads it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from random import Random

from tradewinds.demo import write_products_csv
from tradewinds.demo.catalog import generate_catalog
from tradewinds.merchant import KINDS, CopyItem, CopyPolicy, check_copies
from tradewinds.merchant.batch import load_catalog_facts
from tradewinds.text import split_sentences


def test_the_demo_stores_own_words_are_not_flagged(tmp_path: Path) -> None:
    products = generate_catalog(Random(11), 150, days=60, start=datetime(2025, 1, 1, tzinfo=UTC))
    write_products_csv(products, tmp_path / "demo.csv")
    facts = load_catalog_facts(tmp_path / "demo.csv")
    items = []
    for handle, product in facts.items():
        description = " ".join(split_sentences(product.description))
        items.append(CopyItem(f"{handle}-d", handle, "en", description))
        said = ". ".join(f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in product.attributes)
        items.append(CopyItem(f"{handle}-a", handle, "en", f"{product.title}. {said}."))
    results = check_copies(facts, items, CopyPolicy(frozenset(KINDS)))
    flagged = [(item.id, result.findings) for item, result in results if result.findings]
    assert flagged == []
