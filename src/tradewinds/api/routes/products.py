"""``/api/v1/products``: browse the tenant's catalogue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from tradewinds.api.deps import SessionDep, TenantDep
from tradewinds.api.routes._paging import page_out
from tradewinds.api.schemas.common import PageOut, error_responses
from tradewinds.api.schemas.filters import ProductQuery
from tradewinds.api.schemas.products import ProductOut, ProductSummary
from tradewinds.store import queries

router = APIRouter(prefix="/products", tags=["products"])


@router.get(
    "",
    operation_id="list_products",
    summary="List products",
    responses=error_responses(401, 404, 422),
)
def list_products(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    params: Annotated[ProductQuery, Query()],
) -> PageOut[ProductSummary]:
    """Products matching every given filter, one page at a time."""
    page = queries.list_products(
        session,
        q=params.q,
        category=params.category,
        vendor=params.vendor,
        status=params.status,
        tag=params.tag,
        in_stock=params.in_stock,
        sort=params.sort,
        min_price=(
            queries.parse_price_bound("min_price", params.min_price, tenant.currency)
            if params.min_price is not None
            else None
        ),
        max_price=(
            queries.parse_price_bound("max_price", params.max_price, tenant.currency)
            if params.max_price is not None
            else None
        ),
        limit=params.limit,
        offset=params.offset,
    )
    return page_out(request, page, ProductSummary.of)


@router.get(
    "/{id_or_handle}",
    operation_id="get_product",
    summary="Get a product",
    responses=error_responses(401, 404),
)
def get_product(id_or_handle: str, session: SessionDep) -> ProductOut:
    """One product with its variants, options, attributes and images, by id or handle."""
    return ProductOut.of(queries.get_product(session, id_or_handle))
