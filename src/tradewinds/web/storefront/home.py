"""``/``: category navigation, featured products, popular products and new arrivals.

Every shelf comes from the search capability's browse mode (an empty query). Featured
products are the ones the merchant tagged ``featured`` (the product tags of the Shopify CSV,
the API and the importers; the tag is matched without regard to case), most popular
first; with none tagged the shelf is left out. Popularity is the search ranking of
purchases, add-to-carts and views; "new" is its ``newest`` sort. Home-page browses are not
logged as searches.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tradewinds.core.lru import TimedLRU
from tradewinds.core.settings import Settings
from tradewinds.search import SearchRequest, search_products
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.web.storefront.images import card_images

SHELF_SIZE = 8
FEATURED_TAG = "featured"
# The shelves of a shop's home page, reused for web.shelf_cache_s seconds: three browses of
# the whole catalogue per page view were most of the page's server time.
_shelves: TimedLRU[tuple[str, str, int], dict[str, Any]] = TimedLRU(256)


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
    """The home page's shelves and category navigation for ``tenant`` (reused for
    ``web.shelf_cache_s`` seconds: a product's change reaches the home page that late)."""
    key = (str(settings.home), str(db.engine.url), tenant.id)
    ttl = settings.web.shelf_cache_s
    cached = _shelves.get(key, max_age=ttl) if ttl > 0 else None
    if cached is not None:
        return cached

    def browse(sort: str, tag: str | None = None, facets: bool = False) -> dict[str, Any]:
        request = SearchRequest(
            sort=sort, tag=tag, per_page=SHELF_SIZE, source="storefront", log=False,
            facets=facets,
        )  # fmt: skip
        return search_products(db, tenant, request, settings)

    featured = browse("popularity", FEATURED_TAG)
    popular = browse("popularity", facets=True)  # its category facet is the navigation
    newest = browse("newest")
    context = {
        "categories": top_categories(popular["facets"]["category"]),
        "featured": card_images(db, tenant.id, featured["results"]),
        "popular": card_images(db, tenant.id, popular["results"]),
        "newest": card_images(db, tenant.id, newest["results"]),
    }
    if ttl > 0:
        _shelves.put(key, context)
    return context
