"""Reading customers: filtered, sorted, paginated lists and single customers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import NotFound
from tradewinds.store.queries._page import (
    DEFAULT_LIMIT,
    Page,
    check_choice,
    check_window,
    contains_pattern,
    count_of,
    fetch_page,
)
from tradewinds.store.tables import Customer

CUSTOMER_SORTS = ("newest", "name", "email")


def customer_filters(
    *,
    q: str | None = None,
    city: str | None = None,
    country: str | None = None,
    accepts_marketing: bool | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE clauses for :func:`list_customers`'s filters (each optional, all ANDed)."""
    where: list[ColumnElement[bool]] = []
    if q is not None and q.strip():
        pattern = contains_pattern(q.strip())
        full_name = Customer.first_name + " " + Customer.last_name
        where.append(
            or_(
                Customer.email.ilike(pattern, escape="\\"),
                full_name.ilike(pattern, escape="\\"),
                Customer.phone.ilike(pattern, escape="\\"),
            )
        )
    if city is not None and city.strip():
        where.append(func.lower(Customer.city) == city.strip().lower())
    if country is not None and country.strip():
        where.append(func.upper(Customer.country) == country.strip().upper())
    if accepts_marketing is not None:
        where.append(Customer.accepts_marketing.is_(accepts_marketing))
    return where


def _order_by(sort: str) -> list[Any]:
    check_choice("sort", sort, CUSTOMER_SORTS)
    if sort == "name":
        return [func.lower(Customer.last_name), func.lower(Customer.first_name), Customer.id]
    if sort == "email":
        return [func.lower(Customer.email), Customer.id]
    return [Customer.created_at.desc(), Customer.id.desc()]


def list_customers(
    session: Session,
    *,
    q: str | None = None,
    city: str | None = None,
    country: str | None = None,
    accepts_marketing: bool | None = None,
    sort: str = "newest",
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page[Customer]:
    """One page of the session's tenant's customers matching every given filter.

    Parameters
    ----------
    session
        A tenant-scoped session (:func:`tradewinds.store.tenant_session`).
    q
        Case-insensitive text found in the e-mail, full name or phone.
    city, country
        Exact, case-insensitive match (country as an ISO 3166 alpha-2 code).
    accepts_marketing
        Only customers who did (``True``) or did not (``False``) opt in.
    sort
        ``newest`` (default), ``name`` (last, first) or ``email``.
    limit, offset
        Page size (1..200) and start position.

    Returns
    -------
    Page[Customer]
        The customers and the total number of matches.

    Raises
    ------
    InvalidInput
        The sort or a page bound is invalid; the message names it.
    """
    check_window(limit, offset)
    where = customer_filters(q=q, city=city, country=country, accepts_marketing=accepts_marketing)
    condition = and_(True, *where)
    stmt = select(Customer).where(condition).order_by(*_order_by(sort))
    return fetch_page(
        session, stmt, count_of(Customer.id).where(condition), limit=limit, offset=offset
    )


def get_customer(session: Session, id_or_email: int | str) -> Customer:
    """The customer with this id, or with this e-mail (case-insensitive) if it has an ``@``.

    Raises
    ------
    NotFound
        No such customer for this tenant (other tenants' customers are invisible).
    """
    key = str(id_or_email).strip()
    stmt = None
    if key.isdigit():
        stmt = select(Customer).where(Customer.id == int(key))
    elif "@" in key:
        stmt = select(Customer).where(func.lower(Customer.email) == key.lower())
    customer = session.scalars(stmt).one_or_none() if stmt is not None else None
    if customer is None:
        raise NotFound(f"no customer with id or e-mail {key!r}", details={"customer": key})
    return customer
