"""``/api/v1/segments``: customer segment definitions, their sizes and members."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, status
from pydantic import Field

from tradewinds.api.deps import DbDep, TenantDep
from tradewinds.api.schemas.common import MoneyOut, Schema, error_responses
from tradewinds.marketing import (
    MAX_MEMBERS_PAGE,
    NAME_PATTERN,
    SEGMENT_KINDS,
    SegmentSize,
    create_segment,
    delete_segment,
    segment_members,
    segment_size,
    segment_sizes,
)

router = APIRouter(prefix="/segments", tags=["segments"])


class SegmentIn(Schema):
    name: str = Field(pattern=NAME_PATTERN, max_length=100, description="Unique per tenant.")
    kind: str = Field(
        pattern=f"^({'|'.join(SEGMENT_KINDS)})$", description=", ".join(SEGMENT_KINDS)
    )
    params: dict[str, Any] = Field(
        default_factory=dict,
        max_length=8,
        description='Per kind: lapsed {"days", "min_orders"}, new {"days"}, rfm {"r", "f", "m"} '
        'score ranges, affinity {"category", "min_share", "measure"}.',
    )
    description: str = Field(default="", max_length=500)


class SegmentOut(Schema):
    name: str
    kind: str
    params: dict[str, Any]
    description: str
    members: int = Field(description="Customers in the segment now.")
    reachable: int = Field(description="Members who accept marketing.")
    revenue: MoneyOut = Field(description="What the members' orders that count came to.")


class MemberOut(Schema):
    customer_id: int
    email: str
    name: str
    accepts_marketing: bool
    orders: int
    revenue: MoneyOut
    first_order_at: datetime | None
    last_order_at: datetime | None
    r: int | None = Field(description="Recency quintile, 5 = most recent.")
    f: int | None = Field(description="Frequency quintile, 5 = most orders.")
    m: int | None = Field(description="Monetary quintile, 5 = most spent.")
    share: float | None = Field(description="Affinity segments: share in the category.")


class MembersOut(Schema):
    segment: SegmentOut
    offset: int
    members: list[MemberOut]


def _out(size: SegmentSize) -> SegmentOut:
    d = size.segment
    return SegmentOut(
        name=d.name,
        kind=d.kind,
        params=d.params,
        description=d.description,
        members=size.members,
        reachable=size.reachable,
        revenue=MoneyOut.of(size.revenue_minor, size.currency),
    )


@router.get(
    "", operation_id="list_segments", summary="Segments with sizes", responses=error_responses(401)
)
def list_segments(db: DbDep, tenant: TenantDep) -> list[SegmentOut]:
    """Every segment of the tenant with its size and revenue, computed now."""
    return [_out(s) for s in segment_sizes(db, tenant.id)]


@router.post(
    "",
    operation_id="create_segment",
    summary="Define a segment",
    status_code=status.HTTP_201_CREATED,
    responses=error_responses(401, 409, 422),
)
def post_segment(db: DbDep, tenant: TenantDep, body: SegmentIn) -> SegmentOut:
    """Store a segment definition; the answer has its size now."""
    create_segment(db, tenant.id, body.name, body.kind, body.params, body.description)
    return _out(segment_size(db, tenant.id, body.name))


@router.get(
    "/{name}",
    operation_id="get_segment",
    summary="One segment with its size",
    responses=error_responses(401, 404),
)
def get_segment(db: DbDep, tenant: TenantDep, name: str) -> SegmentOut:
    return _out(segment_size(db, tenant.id, name))


@router.delete(
    "/{name}",
    operation_id="delete_segment",
    summary="Delete a segment",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 404),
)
def remove_segment(db: DbDep, tenant: TenantDep, name: str) -> None:
    """Delete the segment and its campaigns."""
    delete_segment(db, tenant.id, name)


@router.get(
    "/{name}/members",
    operation_id="get_segment_members",
    summary="A page of a segment's members",
    responses=error_responses(401, 404, 422),
)
def get_members(
    db: DbDep,
    tenant: TenantDep,
    name: str,
    limit: Annotated[int, Query(ge=1, le=MAX_MEMBERS_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    reachable: Annotated[bool, Query(description="Only customers who accept marketing.")] = False,
) -> MembersOut:
    """Members by revenue, highest first, with their RFM scores."""
    page = segment_members(
        db, tenant.id, name, limit=limit, offset=offset, reachable_only=reachable
    )
    currency = page.size.currency
    return MembersOut(
        segment=_out(page.size),
        offset=page.offset,
        members=[
            MemberOut(
                customer_id=m.customer_id,
                email=m.email,
                name=m.name,
                accepts_marketing=m.accepts_marketing,
                orders=m.orders,
                revenue=MoneyOut.of(m.revenue_minor, currency),
                first_order_at=m.first_order_at,
                last_order_at=m.last_order_at,
                r=m.r,
                f=m.f,
                m=m.m,
                share=m.share,
            )
            for m in page.members
        ],
    )
