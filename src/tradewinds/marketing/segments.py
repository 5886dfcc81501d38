"""Customer segments: definitions stored per tenant, members computed by the database.

>>> from tradewinds.marketing import create_segment, segment_members
>>> create_segment(db, tenant_id, "lapsed-90", "lapsed", {"days": 90})  # doctest: +SKIP
>>> [m.email for m in segment_members(db, tenant_id, "lapsed-90").members]  # doctest: +SKIP

Members are never stored: each read runs one aggregate query over the tenant's orders
(and events, for view affinity), so a segment is always as current as the orders. Money
is the shop's currency (``tenants.currency``); orders in another currency, cancelled,
returned, refunded or voided ones do not count. Days are the shop's calendar days
(``tenants.timezone``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.marketing._members import members_select
from tradewinds.marketing.definitions import check_name, read_params
from tradewinds.reports import shop_today, shop_zone
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import CustomerSegment, Tenant

MAX_MEMBERS_PAGE = 1000


@dataclass(frozen=True)
class SegmentDefinition:
    """A stored segment: its name, kind, checked parameters and description."""

    id: int
    name: str
    kind: str
    params: dict[str, Any]
    description: str


@dataclass(frozen=True)
class Member:
    """One customer of a segment, with the figures that put them there."""

    customer_id: int
    email: str
    name: str
    accepts_marketing: bool
    country: str
    orders: int
    revenue_minor: int
    first_order_at: datetime | None
    last_order_at: datetime | None
    r: int | None
    f: int | None
    m: int | None
    share: float | None  # affinity segments: the share in the category


@dataclass(frozen=True)
class SegmentSize:
    """A segment's size: members, those who accept marketing, and their revenue."""

    segment: SegmentDefinition
    members: int
    reachable: int
    revenue_minor: int
    currency: str


@dataclass(frozen=True)
class SegmentMembers:
    """A page of a segment's members (by revenue, highest first) and its size."""

    size: SegmentSize
    members: list[Member]
    offset: int


def _definition(row: CustomerSegment) -> SegmentDefinition:
    return SegmentDefinition(row.id, row.name, row.kind, dict(row.params), row.description)


def create_segment(
    db: Database,
    tenant_id: int,
    name: str,
    kind: str,
    params: dict[str, Any] | None = None,
    description: str = "",
    *,
    actor: Actor | None = None,
) -> SegmentDefinition:
    """Store a segment definition.

    Parameters
    ----------
    db, tenant_id
        The database and the tenant it belongs to.
    name
        Lower-case letters, digits, ``-`` and ``_`` (1-100 characters), unique per tenant.
    kind, params
        One of ``rfm``, ``lapsed``, ``new``, ``affinity`` and its parameters
        (:func:`tradewinds.marketing.read_params`).
    description
        Free text, at most 500 characters.
    actor
        Who defines it: recorded in the console's audit in the same transaction.

    Raises
    ------
    InvalidInput
        A bad name, kind or parameter (the message names it).
    Conflict
        The tenant already has a segment of that name.
    """
    from tradewinds.core.errors import InvalidInput

    check_name(name)
    checked = read_params(kind, params)
    if len(description) > 500:
        raise InvalidInput("description: expected at most 500 characters")
    with tenant_session(db, tenant_id) as session:
        row = CustomerSegment(name=name, kind=kind, params=checked, description=description)
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            raise Conflict(f"a segment named {name!r} exists already") from None
        if actor is not None:
            after = {"kind": kind, "params": checked, "description": description}
            record_change(
                session, actor, "segment.create", ("segment", name), f"segment {name}", {}, after
            )
        return _definition(row)


def _row(session: Session, name: str) -> CustomerSegment:
    row = session.scalar(select(CustomerSegment).where(CustomerSegment.name == name))
    if row is None:
        raise NotFound(f"no segment {name!r} (see `tradewinds segments list`)")
    return row


def get_segment(db: Database, tenant_id: int, name: str) -> SegmentDefinition:
    """The stored segment ``name``; :class:`NotFound` when the tenant has none."""
    with tenant_session(db, tenant_id) as session:
        return _definition(_row(session, name))


def list_segments(db: Database, tenant_id: int) -> list[SegmentDefinition]:
    """The tenant's segment definitions by name, without counting their members."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(CustomerSegment).order_by(CustomerSegment.name))
        return [_definition(row) for row in rows]


def delete_segment(db: Database, tenant_id: int, name: str, *, actor: Actor | None = None) -> None:
    """Delete a segment and its campaigns (their delivery records go with them); with
    ``actor``, recorded in the console's audit in the same transaction."""
    with tenant_session(db, tenant_id) as session:
        row = _row(session, name)
        if actor is not None:
            before = {"kind": row.kind, "params": dict(row.params), "description": row.description}
            record_change(
                session, actor, "segment.delete", ("segment", name), f"segment {name}", before, {}
            )
        session.delete(row)


def _cutoff(tenant: Tenant, days: int, now: datetime | None) -> datetime:
    """UTC start of the first of the last ``days`` shop days (today included)."""
    zone = shop_zone(tenant.timezone)
    first = shop_today(zone, now) - timedelta(days=days - 1)
    return datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)


def _query(session: Session, segment: SegmentDefinition, now: datetime | None) -> Any:
    tenant = session.get(Tenant, session.info["tenant_id"])
    assert tenant is not None
    days = segment.params.get("days")
    cutoff = _cutoff(tenant, int(days), now) if days else None
    return members_select(segment.kind, segment.params, tenant.currency, cutoff), tenant.currency


def _with_totals(members: Any) -> Any:
    """The members by revenue with the whole segment's size as window totals on each row.

    One pass: on SQLite this reads a segment several times faster than an aggregate over
    the same subquery (benchmarks/segment_pages.py), and a page of members gets its size
    with it."""
    return select(
        members,
        func.count().over().label("total_members"),
        func.sum(case((members.c.accepts_marketing, 1), else_=0)).over().label("total_reach"),
        func.sum(members.c.revenue).over().label("total_revenue"),
    ).order_by(members.c.revenue.desc(), members.c.customer_id)


def _size_of(segment: SegmentDefinition, row: Any, currency: str) -> SegmentSize:
    if row is None:  # nobody in the segment
        return SegmentSize(segment, 0, 0, 0, currency)
    reach, revenue = int(row.total_reach or 0), int(row.total_revenue or 0)
    return SegmentSize(segment, int(row.total_members), reach, revenue, currency)


def _size(session: Session, segment: SegmentDefinition, now: datetime | None) -> SegmentSize:
    query, currency = _query(session, segment, now)
    row = session.execute(_with_totals(query.subquery()).limit(1)).first()
    return _size_of(segment, row, currency)


def segment_sizes(
    db: Database, tenant_id: int, *, now: datetime | None = None
) -> list[SegmentSize]:
    """Every segment of the tenant with its size and revenue, by name."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(CustomerSegment).order_by(CustomerSegment.name)).all()
        return [_size(session, _definition(row), now) for row in rows]


def segment_size(
    db: Database, tenant_id: int, name: str, *, now: datetime | None = None
) -> SegmentSize:
    """The size and revenue of segment ``name`` (:class:`NotFound` when the tenant has
    none), without reading its members."""
    with tenant_session(db, tenant_id) as session:
        return _size(session, _definition(_row(session, name)), now)


def segment_members(
    db: Database,
    tenant_id: int,
    name: str,
    *,
    limit: int | None = 100,
    offset: int = 0,
    reachable_only: bool = False,
    now: datetime | None = None,
) -> SegmentMembers:
    """The members of segment ``name``, highest revenue first (ties by customer id).

    Parameters
    ----------
    limit, offset
        A page of members; ``limit=None`` reads them all.
    reachable_only
        Only customers who accept marketing.
    now
        The instant "today" is taken from (default: now), for ``lapsed`` and ``new``.

    Returns
    -------
    SegmentMembers
        The size of the whole segment and the page of members.
    """
    from tradewinds.core.errors import InvalidInput

    if limit is not None and not 1 <= limit <= MAX_MEMBERS_PAGE:
        raise InvalidInput(f"limit: expected 1 to {MAX_MEMBERS_PAGE}, got {limit}")
    if offset < 0:
        raise InvalidInput(f"offset: expected 0 or more, got {offset}")
    with tenant_session(db, tenant_id) as session:
        segment = _definition(_row(session, name))
        query, currency = _query(session, segment, now)
        members = query.subquery()
        page = select(members).order_by(members.c.revenue.desc(), members.c.customer_id)
        if limit is None and offset == 0:
            # Every member is read anyway: the size is counted from them, not queried twice.
            everyone = [_member(row) for row in session.execute(page)]
            size = SegmentSize(
                segment,
                len(everyone),
                sum(1 for m in everyone if m.accepts_marketing),
                sum(m.revenue_minor for m in everyone),
                currency,
            )
            chosen = [m for m in everyone if m.accepts_marketing or not reachable_only]
            return SegmentMembers(size, chosen, offset)
        if reachable_only:
            size = _size(session, segment, now)
            page = page.where(members.c.accepts_marketing.is_(True))
            rows = session.execute(page.offset(offset).limit(limit)).all()
            return SegmentMembers(size, [_member(row) for row in rows], offset)
        rows = session.execute(_with_totals(members).offset(offset).limit(limit)).all()
        if rows or offset == 0:
            size = _size_of(segment, rows[0] if rows else None, currency)
        else:  # a page past the end: the size on its own
            size = _size(session, segment, now)
        return SegmentMembers(size, [_member(row) for row in rows], offset)


def _member(row: Any) -> Member:
    return Member(
        customer_id=int(row.customer_id),
        email=row.email,
        name=f"{row.first_name} {row.last_name}".strip(),
        accepts_marketing=bool(row.accepts_marketing),
        country=row.country or "",
        orders=int(row.orders),
        revenue_minor=int(row.revenue),
        first_order_at=row.first_at,
        last_order_at=row.last_at,
        r=None if row.r is None else int(row.r),
        f=None if row.f is None else int(row.f),
        m=None if row.m is None else int(row.m),
        share=None if row.share is None else round(float(row.share), 4),
    )
