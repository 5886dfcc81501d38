"""Response schemas of ``GET /api/v1/search``: hits carry the products API's money objects."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from tradewinds.api.schemas.common import MoneyOut, Schema


class SearchHitOut(Schema):
    """One result: the product's summary fields a result list shows, and its score."""

    id: int
    handle: str
    title: str
    brand: str = Field(description="The product's vendor.")
    category: str = Field(description="Category path, e.g. 'Apparel > Shoes'.")
    price: MoneyOut | None = Field(description="Cheapest variant's price (as in products).")
    max_price: MoneyOut | None = Field(description="Dearest variant's price.")
    in_stock: bool
    score: float = Field(description="Fused relevance score after boosts and rules.")
    explain: dict[str, Any] | None = Field(
        default=None, description="With explain=true: BM25/dense ranks, rules applied."
    )


class FacetValueOut(Schema):
    value: str
    count: int


class FacetsOut(Schema):
    """Counts over the matched products (not only this page)."""

    category: list[FacetValueOut]
    brand: list[FacetValueOut]
    price: list[FacetValueOut] = Field(description="Price bands in major units, e.g. '25-50'.")
    in_stock: list[FacetValueOut]
    attributes: dict[str, list[FacetValueOut]] = Field(description="The busiest attributes.")


class SearchOut(Schema):
    """A page of search results with facets and how the query was understood.

    Paging is ``page``/``per_page`` (what a search UI shows as "page 3 of 12"), with the
    equivalent ``limit``/``offset`` of the products API alongside; a request may use
    either pair.
    """

    search_id: int | None = Field(description="Send it back with clicks.")
    query: str
    total: int = Field(description="Matched products across all pages.")
    page: int
    per_page: int
    limit: int
    offset: int
    sort: str
    results: list[SearchHitOut]
    facets: FacetsOut
    understanding: dict[str, Any] = Field(
        description="Text left after reading constraints, and each understood constraint."
    )
    filters: dict[str, Any] = Field(description="The filters applied.")
    latency_ms: float
    note: str | None = Field(default=None, description="Empty query, or keywords only.")
    explain: dict[str, Any] | None = Field(default=None, description="With explain=true.")
