"""Which searches converted: a product clicked in a search's results was bought soon after.

**Definition.** A search *converts* when at least one product clicked in its results (a
``search_clicks`` row) has a purchase event (``interaction_events``, kind ``purchase``)
for the same product within :data:`WINDOW` (24 hours) after the click. A query's
conversion rate is its converted searches over its searches, like its click-through rate
is its clicked searches over its searches.

The search log does not record who searched (no visitor or customer id), so a purchase is
matched by product and time, not by person: another shopper buying the same product in
that window also counts. On a busy shop this over-counts popular products; it is the
closest reading the logged events allow until searches carry the visitor's id.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.tables import EventKind, InteractionEvent, SearchClick, SearchLogEntry

WINDOW = timedelta(hours=24)


def converted_searches(session: Session, since: datetime, until: datetime) -> dict[int, str]:
    """The searches made in ``[since, until)`` that converted: search id → query text."""
    clicks = session.execute(
        select(SearchClick.search_id, SearchClick.product_id, SearchClick.at, SearchLogEntry.query)
        .join(SearchLogEntry, SearchLogEntry.id == SearchClick.search_id)
        .where(
            SearchLogEntry.at >= since,
            SearchLogEntry.at < until,
            SearchClick.product_id.is_not(None),
        )
    ).all()
    if not clicks:
        return {}
    products = {c.product_id for c in clicks}
    bought: dict[int | None, list[datetime]] = {}
    for product_id, at in session.execute(
        select(InteractionEvent.product_id, InteractionEvent.at).where(
            InteractionEvent.kind == EventKind.PURCHASE,
            InteractionEvent.product_id.in_(products),
            InteractionEvent.at >= since,
            InteractionEvent.at < until + WINDOW,
        )
    ):
        bought.setdefault(product_id, []).append(at)
    for times in bought.values():
        times.sort()
    converted: dict[int, str] = {}
    for search_id, product_id, clicked_at, query in clicks:
        times = bought.get(product_id, [])
        first = bisect_left(times, clicked_at)
        if first < len(times) and times[first] <= clicked_at + WINDOW:
            converted[search_id] = query
    return converted
