"""The console's order list: the REST API's order query (``store.queries.list_orders``)
with the console's filters, typed as a shop owner types them.

Search finds an order number with or without its ``#`` ("#1001", "1001"), an email or a
delivery name; dates are whole days in UTC (``2025-03-01`` to ``2025-03-31`` includes the
31st). A date that is not one, or a range that ends before it starts, is reported at its
field and the list is shown without that bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import list_orders
from tradewinds.store.tables import Order, OrderStatus

PER_PAGE = 50
MAX_OFFSET = 10**9
STATUS_FILTERS = ("", *(s.value for s in OrderStatus))
FINANCIAL_FILTERS = ("", "pending", "authorized", "paid", "partially_refunded", "refunded",
                     "voided")  # fmt: skip
FULFILMENT_FILTERS = ("", "unfulfilled", "partial", "fulfilled")


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    placed_at: datetime
    customer: str  # the delivery name, else the email
    email: str
    status: str
    financial_status: str
    fulfillment_status: str
    items: int
    total_minor: int
    currency: str


@dataclass(frozen=True)
class OrderList:
    rows: list[OrderRow]
    total: int
    offset: int
    per_page: int
    errors: dict[str, str]  # filter field -> "invalid" or "before_start"


@dataclass(frozen=True)
class OrderFilters:
    """What the list is narrowed to; unknown choices are treated as no filter."""

    q: str = ""
    status: str = ""
    financial: str = ""
    fulfilment: str = ""
    date_from: str = ""
    date_to: str = ""

    def cleaned(self) -> OrderFilters:
        return OrderFilters(
            self.q.strip()[:200],
            self.status if self.status in STATUS_FILTERS else "",
            self.financial if self.financial in FINANCIAL_FILTERS else "",
            self.fulfilment if self.fulfilment in FULFILMENT_FILTERS else "",
            self.date_from.strip()[:10],
            self.date_to.strip()[:10],
        )


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _bounds(filters: OrderFilters) -> tuple[datetime | None, datetime | None, dict[str, str]]:
    errors: dict[str, str] = {}
    start, end = _day(filters.date_from), _day(filters.date_to)
    for name, text, day in (("date_from", filters.date_from, start),
                            ("date_to", filters.date_to, end)):  # fmt: skip
        if text and day is None:
            errors[name] = "invalid"
    if start is not None and end is not None and end < start:
        errors["date_to"] = "before_start"
        end = None
    low = datetime.combine(start, time(), UTC) if start else None
    high = datetime.combine(end + timedelta(days=1), time(), UTC) if end else None
    return low, high, errors


def row_of(order: Order) -> OrderRow:
    return OrderRow(
        order.id, order.name, order.created_at, order.ship_name or order.email, order.email,
        order.status.value, order.financial_status, order.fulfillment_status,
        sum(line.quantity for line in order.lines), order.total_minor, order.currency,
    )  # fmt: skip


def console_orders(
    db: Database, tenant_id: int, filters: OrderFilters, offset: int = 0
) -> OrderList:
    """One page of the shop's orders matching ``filters``, newest first."""
    filters = filters.cleaned()
    offset = max(0, min(offset, MAX_OFFSET))
    low, high, errors = _bounds(filters)
    with tenant_session(db, tenant_id) as session:
        page = list_orders(
            session,
            q=filters.q.removeprefix("#") or None,  # "#1001" and "1001" alike
            status=filters.status or None,
            financial_status=filters.financial or None,
            fulfillment_status=filters.fulfilment or None,
            created_from=low,
            created_to=high,
            limit=PER_PAGE,
            offset=offset,
        )
        return OrderList([row_of(o) for o in page.items], page.total, offset, PER_PAGE, errors)
