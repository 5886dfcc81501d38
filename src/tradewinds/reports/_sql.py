"""SQL pieces the reports share: an instant's day in the shop's calendar, on SQLite and
PostgreSQL alike, and which orders count toward sales."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, and_, cast, func, literal_column, not_, or_
from sqlalchemy.sql.elements import ColumnElement

from tradewinds.reports.periods import DayClock
from tradewinds.store.tables import Order, OrderStatus

# An order out of the sales: cancelled, or given back, or its payment refunded or voided.
# (A partial refund keeps the order: its amount, in order_refunds, is not read here yet.)
UNDONE_STATUSES = (OrderStatus.CANCELLED, OrderStatus.RETURNED)
UNDONE_PAYMENTS = ("refunded", "voided")


def _unix_seconds(column: Any, dialect: str) -> ColumnElement[int]:
    """Whole seconds since 1970 of a naive-UTC ``UTCDateTime`` column."""
    if dialect == "sqlite":
        return func.unixepoch(column)  # SQLite 3.38+; twice as fast as strftime('%s')
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


def _number(value: int) -> ColumnElement[int]:
    return literal_column(str(int(value)), BigInteger)


def day_segments(
    clock: DayClock, start: datetime, end: datetime
) -> list[tuple[datetime, datetime, int]]:
    """``[start, end)`` cut where the shop's UTC offset changes: (from, to, offset)."""
    cuts = [datetime.fromtimestamp(c, UTC) for c in clock.changes]
    bounds = [start, *[c for c in cuts if start < c < end], end]
    offsets = [clock.offset_at(int(b.timestamp())) for b in bounds[:-1]]
    return list(zip(bounds[:-1], bounds[1:], offsets, strict=True))


def local_day(column: Any, offset: int, dialect: str) -> ColumnElement[int]:
    """The shop's calendar day of ``column`` as a day number (days after 1970-01-01;
    :func:`tradewinds.reports.periods.day_of` turns it into a date), for instants whose
    UTC offset is ``offset`` seconds. One constant per query part, rather than a CASE per
    row: that CASE cost SQLite as much as the rest of the scan."""
    return (_unix_seconds(column, dialect) + _number(offset)) // _number(86400)


def order_counts() -> ColumnElement[bool]:
    """Whether an order counts toward sales (see :data:`UNDONE_STATUSES`)."""
    return and_(
        not_(Order.status.in_(UNDONE_STATUSES)),
        or_(Order.financial_status.is_(None), not_(Order.financial_status.in_(UNDONE_PAYMENTS))),
    )
