"""``/api/v1/orders``: browse the tenant's orders."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from tradewinds.api.deps import SessionDep
from tradewinds.api.routes._paging import page_out
from tradewinds.api.schemas.common import PageOut, error_responses
from tradewinds.api.schemas.filters import OrderQuery
from tradewinds.api.schemas.orders import OrderOut, OrderSummary
from tradewinds.store import queries

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get(
    "", operation_id="list_orders", summary="List orders", responses=error_responses(401, 404, 422)
)
def list_orders(
    request: Request, session: SessionDep, params: Annotated[OrderQuery, Query()]
) -> PageOut[OrderSummary]:
    """Orders matching every given filter, newest first unless sorted otherwise."""
    page = queries.list_orders(
        session,
        q=params.q,
        status=params.status,
        customer_id=params.customer_id,
        email=params.email,
        created_from=params.created_from,
        created_to=params.created_to,
        sort=params.sort,
        limit=params.limit,
        offset=params.offset,
    )
    return page_out(request, page, OrderSummary.of)


@router.get(
    "/{id_or_name}",
    operation_id="get_order",
    summary="Get an order",
    responses=error_responses(401, 404),
)
def get_order(id_or_name: str, session: SessionDep) -> OrderOut:
    """One order with lines, status history, delivery address and delivery windows.

    ``id_or_name`` is the numeric id or the order name (``1001`` finds ``#1001``; a
    literal ``#`` must be sent as ``%23``).
    """
    return OrderOut.of(queries.get_order(session, id_or_name))
