"""Query-string models for the list endpoints.

Each becomes individual query parameters in OpenAPI. Unknown parameters are refused
(``extra="forbid"``): a misspelt filter must not silently return everything.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import Field, field_validator

from tradewinds.api.schemas.common import Schema
from tradewinds.store.queries import MAX_LIMIT
from tradewinds.store.tables import OrderStatus, ProductStatus


class PageQuery(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"Page size, 1 to {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, description="Rows to skip.")


class ProductQuery(PageQuery):
    q: str | None = Field(
        None, max_length=200, description="Text in the title, handle, vendor, type or a SKU."
    )
    category: str | None = Field(
        None, max_length=500, description="Category id, name or path; a path includes its children."
    )
    vendor: str | None = Field(None, max_length=255)
    status: ProductStatus | None = None
    tag: str | None = Field(None, max_length=255)
    # Parsed with the tenant's currency by the route, whose error names the parameter.
    min_price: str | None = Field(
        None, max_length=32, examples=["19.99"], description="Lowest price, store currency."
    )
    max_price: str | None = Field(
        None, max_length=32, examples=["100"], description="Highest price, store currency."
    )
    in_stock: bool | None = Field(None, description="true: some variant is in stock.")
    sort: Literal["newest", "title", "price_asc", "price_desc"] = "newest"


class OrderQuery(PageQuery):
    q: str | None = Field(None, max_length=200, description="Text in the name, e-mail or ship-to.")
    status: OrderStatus | None = None
    customer_id: int | None = Field(None, ge=1)
    email: str | None = Field(None, max_length=320)
    created_from: datetime | None = Field(
        None, description="Inclusive ISO 8601 bound; without an offset it is UTC."
    )
    created_to: datetime | None = Field(
        None, description="Exclusive ISO 8601 bound; without an offset it is UTC."
    )
    sort: Literal["newest", "oldest", "total_asc", "total_desc"] = "newest"

    @field_validator("created_from", "created_to")
    @classmethod
    def _utc_if_naive(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class CustomerQuery(PageQuery):
    q: str | None = Field(None, max_length=200, description="Text in the e-mail, name or phone.")
    city: str | None = Field(None, max_length=200)
    country: str | None = Field(None, min_length=2, max_length=2, description="ISO 3166 alpha-2.")
    accepts_marketing: bool | None = None
    sort: Literal["newest", "name", "email"] = "newest"
