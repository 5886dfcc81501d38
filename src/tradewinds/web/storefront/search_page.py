"""``/search``: results, facets as links, sorting, pages and "did you mean".

Every control is a link or a GET form, so the page works without JavaScript. Searches
go through the search capability and are logged with ``source="storefront"``; result
links carry the search id and position (``?sid=&pos=``) so the product page can record
the click for the analytics and the learned ranker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings
from tradewinds.search import SORTS, SearchRequest, search_products
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.web.storefront.images import card_images

PER_PAGE = 20
FILTERS = ("category", "brand", "min_price", "max_price", "in_stock")


@dataclass
class SearchParams:
    """The page's query string, validated loosely: a bad value becomes the default."""

    q: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def read(cls, params: dict[str, str]) -> SearchParams:
        page = params.get("page", "1")
        sort = params.get("sort", "relevance")
        return cls(
            q=params.get("q", ""),
            filters={k: params[k] for k in FILTERS if params.get(k)},
            sort=sort if sort in SORTS else "relevance",
            page=int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1,
        )

    def href(self, **changes: str | None) -> str:
        """This search's URL with ``changes`` (None removes a parameter); back to page 1
        unless ``page`` is changed."""
        values: dict[str, str | None] = {"q": self.q, **self.filters, "sort": self.sort}
        values.update(changes)
        if values.get("sort") == "relevance":
            values.pop("sort")
        pairs = [(k, v) for k, v in values.items() if v not in (None, "")]
        return "/search?" + urlencode(pairs)


def price_band(band: str) -> dict[str, str | None]:
    """A price facet value (``25-50``, ``500+``) as filter bounds.

    >>> price_band("25-50"), price_band("500+")
    ({'min_price': '25', 'max_price': '50'}, {'min_price': '500', 'max_price': None})
    """
    low, _, high = band.rstrip("+").partition("-")
    return {"min_price": low, "max_price": high or None}


def did_you_mean(query: str, corrections: dict[str, list[str]]) -> str | None:
    """The query with each word the index corrected replaced by its likeliest spelling.

    >>> did_you_mean("blue tnet", {"tnet": ["tent", "teet"]})
    'blue tent'
    """
    words = query.split()
    fixed = [corrections[w.lower()][0] if corrections.get(w.lower()) else w for w in words]
    return " ".join(fixed) if fixed != words else None


def _facets(params: SearchParams, facets: dict[str, Any]) -> list[dict[str, Any]]:
    groups = []
    for name in ("category", "brand"):
        groups.append(
            {
                "name": name,
                "values": [
                    {
                        "label": item["value"],
                        "count": item["count"],
                        "href": params.href(**{name: item["value"]}),
                        "active": params.filters.get(name) == item["value"],
                    }
                    for item in facets.get(name, [])
                ],
            }
        )
    chosen = {k: params.filters.get(k) for k in ("min_price", "max_price")}
    bands = [(item, price_band(item["value"])) for item in facets.get("price", [])]
    groups.append(
        {
            "name": "price",
            "values": [
                {
                    "label": item["value"],
                    "count": item["count"],
                    "href": params.href(**bounds),
                    "active": bounds == chosen,
                }
                for item, bounds in bands
            ],
        }
    )
    return [g for g in groups if g["values"]]


def search_context(
    db: Database, tenant: Tenant, settings: Settings, params: SearchParams
) -> dict[str, Any]:
    """Everything the search page shows; ``error`` holds a refused request's message."""
    filters = params.filters
    request = SearchRequest(
        query=params.q,
        category=filters.get("category"),
        brand=filters.get("brand"),
        min_price=filters.get("min_price"),
        max_price=filters.get("max_price"),
        in_stock=True if filters.get("in_stock") else None,
        sort=params.sort,
        page=params.page,
        per_page=PER_PAGE,
        explain=bool(params.q),  # for the typo corrections behind "did you mean"
        source="storefront",
    )
    context: dict[str, Any] = {"params": params, "sorts": SORTS, "error": None}
    try:
        body = search_products(db, tenant, request, settings)
    except InvalidInput as exc:
        return {**context, "error": exc.message, "results": [], "total": 0, "facets": []}
    corrections = body.get("explain", {}).get("plan", {}).get("corrections", {})
    total = int(body["total"])
    first = (params.page - 1) * PER_PAGE
    return {
        **context,
        "search_id": body["search_id"],
        "results": card_images(db, tenant.id, body["results"]),
        "first_position": first + 1,
        "total": total,
        "pages": max(1, math.ceil(total / PER_PAGE)),
        "facets": _facets(params, body["facets"]),
        "in_stock_count": next(
            (f["count"] for f in body["facets"]["in_stock"] if f["value"] == "true"), 0
        ),
        "did_you_mean": did_you_mean(params.q, corrections),
        "active_filters": [
            {"name": k, "value": v, "remove": params.href(**{k: None})} for k, v in filters.items()
        ],
    }
