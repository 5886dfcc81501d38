"""Facet counts over the matched products: category, brand, price band, stock, attributes."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tradewinds.core.money import Money
from tradewinds.search.documents import SearchDocument

# Price bands in major units; the last is open-ended.
PRICE_BANDS = (0, 10, 25, 50, 100, 250, 500)
MAX_VALUES = 20  # per facet
MAX_ATTRIBUTE_FACETS = 8


@lru_cache(maxsize=65_536)  # prices repeat; facets count a few hundred per search
def _band(minor: int, currency: str) -> str:
    major = Money(minor, currency).amount if currency else minor / 100
    for low, high in itertools.pairwise(PRICE_BANDS):
        if low <= major < high:
            return f"{low}-{high}"
    return f"{PRICE_BANDS[-1]}+"


def facet_counts(docs: Sequence[SearchDocument]) -> dict[str, Any]:
    """``{"category": [{"value", "count"}], "brand": ..., "price": ..., "in_stock": ...,
    "attributes": {key: [...]}}``, most frequent first."""
    categories: Counter[str] = Counter()
    brands: Counter[str] = Counter()
    prices: Counter[str] = Counter()
    stock: Counter[str] = Counter()
    attributes: dict[str, Counter[str]] = {}
    for doc in docs:
        if doc.category:
            categories[doc.category] += 1
        if doc.brand:
            brands[doc.brand] += 1
        prices[_band(doc.min_price, doc.currency)] += 1
        stock["true" if doc.in_stock else "false"] += 1
        for key, value in doc.attributes.items():
            bucket = attributes.setdefault(key, Counter())
            for part in value.split(","):
                if part.strip():
                    bucket[part.strip()] += 1

    def top(counter: Counter[str]) -> list[dict[str, Any]]:
        return [{"value": v, "count": n} for v, n in counter.most_common(MAX_VALUES)]

    busiest = sorted(attributes, key=lambda k: -sum(attributes[k].values()))
    return {
        "category": top(categories),
        "brand": top(brands),
        "price": [
            {"value": band, "count": prices[band]}
            for band in sorted(prices, key=lambda b: int(b.split("-")[0].rstrip("+")))
        ],
        "in_stock": top(stock),
        "attributes": {k: top(attributes[k]) for k in busiest[:MAX_ATTRIBUTE_FACETS]},
    }
