"""``/api/v1/customers``: browse the tenant's customers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from tradewinds.api.deps import SessionDep
from tradewinds.api.routes._paging import page_out
from tradewinds.api.schemas.common import PageOut, error_responses
from tradewinds.api.schemas.customers import RECENT_ORDERS, CustomerOut, CustomerSummary
from tradewinds.api.schemas.filters import CustomerQuery
from tradewinds.store import queries

router = APIRouter(prefix="/customers", tags=["customers"])


@router.get(
    "",
    operation_id="list_customers",
    summary="List customers",
    responses=error_responses(401, 404, 422),
)
def list_customers(
    request: Request, session: SessionDep, params: Annotated[CustomerQuery, Query()]
) -> PageOut[CustomerSummary]:
    """Customers matching every given filter, newest first unless sorted otherwise."""
    page = queries.list_customers(
        session,
        q=params.q,
        city=params.city,
        country=params.country,
        accepts_marketing=params.accepts_marketing,
        sort=params.sort,
        limit=params.limit,
        offset=params.offset,
    )
    return page_out(request, page, CustomerSummary.of)


@router.get(
    "/{id_or_email}",
    operation_id="get_customer",
    summary="Get a customer",
    responses=error_responses(401, 404),
)
def get_customer(id_or_email: str, session: SessionDep) -> CustomerOut:
    """One customer, by id or e-mail, with an order count and the latest orders."""
    customer = queries.get_customer(session, id_or_email)
    recent = queries.list_orders(session, customer_id=customer.id, limit=RECENT_ORDERS)
    return CustomerOut.detail(customer, recent)
