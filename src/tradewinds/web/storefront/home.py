"""``/``: category navigation, popular products and new arrivals.

Both lists come from the search capability's browse mode (an empty query): popularity is
its ranking of purchases, add-to-carts and views; "new" is its ``newest`` sort. Home-page
browses are not logged as searches.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tradewinds.core.settings import Settings
from tradewinds.search import SearchRequest, search_products
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.web.storefront.images import card_images

SHELF_SIZE = 8


def top_categories(facet: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Top-level categories with their product counts, from a category facet of full paths.

    >>> top_categories([{"value": "Toys > Kites", "count": 2}, {"value": "Toys", "count": 1}])
    [{'name': 'Toys', 'count': 3}]
    """
    counts: Counter[str] = Counter()
    for item in facet:
        counts[item["value"].split(" > ")[0].strip()] += int(item["count"])
    return [{"name": name, "count": n} for name, n in sorted(counts.items())]


def home_context(db: Database, tenant: Tenant, settings: Settings) -> dict[str, Any]:
    """The home page's shelves and category navigation for ``tenant``."""

    def browse(sort: str) -> dict[str, Any]:
        request = SearchRequest(sort=sort, per_page=SHELF_SIZE, source="storefront", log=False)
        return search_products(db, tenant, request, settings)

    popular = browse("popularity")
    newest = browse("newest")
    return {
        "categories": top_categories(popular["facets"]["category"]),
        "popular": card_images(db, tenant.id, popular["results"]),
        "newest": card_images(db, tenant.id, newest["results"]),
    }
