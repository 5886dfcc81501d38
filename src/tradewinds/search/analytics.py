"""Search analytics: clicks, the report (top and zero-result queries, click-through and
conversion rates, searches per day) and query suggestions (autocomplete) from popular
queries and product titles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.search.conversion import converted_searches
from tradewinds.search.fts import fts_phrase
from tradewinds.search.index import ProductIndex
from tradewinds.store.base import utcnow
from tradewinds.store.tables import Product, SearchClick, SearchLogEntry
from tradewinds.text import analyse


def record_click(
    session: Session, search_id: int, product_id: int, position: int | None = None
) -> SearchClick:
    """Record that a shopper clicked ``product_id`` in the results of ``search_id``."""
    if session.get(SearchLogEntry, search_id) is None:
        raise NotFound(f"no search {search_id} (use the search_id returned by the search)")
    if session.get(Product, product_id) is None:
        raise NotFound(f"no product {product_id}")
    if position is not None and position < 1:
        raise InvalidInput(f"Expected position ≥ 1, got {position}.")
    click = SearchClick(search_id=search_id, product_id=product_id, position=position)
    session.add(click)
    session.flush()
    return click


@dataclass
class QueryStat:
    """One query text's searches in a period: how many, how many were clicked (a search
    with at least one click) and converted (see :mod:`.conversion`), mean result count."""

    query: str
    searches: int
    clicks: int
    avg_results: float
    converted: int = 0

    @property
    def ctr(self) -> float:
        return self.clicks / self.searches if self.searches else 0.0

    @property
    def conversion_rate(self) -> float:
        return self.converted / self.searches if self.searches else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "searches": self.searches,
            "clicked_searches": self.clicks,
            "ctr": round(self.ctr, 4),
            "converted_searches": self.converted,
            "conversion_rate": round(self.conversion_rate, 4),
            "avg_results": round(self.avg_results, 1),
        }


@dataclass(frozen=True)
class DayCount:
    """Searches on one UTC day, and how many of them found nothing."""

    day: str  # YYYY-MM-DD
    searches: int
    zero_results: int


@dataclass(frozen=True)
class QueryReport:
    """Search analytics for ``since`` ≤ searched < ``until``."""

    since: datetime
    until: datetime
    searches: int
    clicked: int
    converted: int
    avg_latency_ms: float
    top: list[QueryStat]
    zero: list[QueryStat]
    days: list[DayCount]

    @property
    def click_through_rate(self) -> float:
        return self.clicked / self.searches if self.searches else 0.0

    @property
    def conversion_rate(self) -> float:
        return self.converted / self.searches if self.searches else 0.0


def query_report(
    session: Session, since: datetime, until: datetime, limit: int = 20
) -> QueryReport:
    """Top queries and zero-result queries (each with click-through and conversion),
    overall rates and searches per day, for searches made in ``[since, until)``."""
    if limit < 1 or until <= since:
        raise InvalidInput("Expected limit ≥ 1 and a period whose end is after its start.")
    period = (SearchLogEntry.at >= since, SearchLogEntry.at < until)
    clicked = select(SearchClick.search_id).group_by(SearchClick.search_id).subquery("clicked")
    base = (
        select(
            SearchLogEntry.query,
            func.count(SearchLogEntry.id),
            func.count(clicked.c.search_id),
            func.avg(SearchLogEntry.result_count),
        )
        .outerjoin(clicked, clicked.c.search_id == SearchLogEntry.id)
        .where(*period)
        .group_by(SearchLogEntry.query)
    )
    converted = converted_searches(session, since, until)
    by_query: dict[str, int] = {}
    for query in converted.values():
        by_query[query] = by_query.get(query, 0) + 1
    order = (func.count(SearchLogEntry.id).desc(), SearchLogEntry.query)
    top = [
        QueryStat(q, int(n), int(c), float(a or 0), by_query.get(q, 0))
        for q, n, c, a in session.execute(base.order_by(*order).limit(limit))
    ]
    zero = [
        QueryStat(q, int(n), int(c), 0.0, by_query.get(q, 0))
        for q, n, c, _ in session.execute(
            base.having(func.max(SearchLogEntry.result_count) == 0).order_by(*order).limit(limit)
        )
    ]
    totals = session.execute(
        select(func.count(SearchLogEntry.id), func.avg(SearchLogEntry.latency_ms)).where(*period)
    ).one()
    with_click = session.scalar(
        select(func.count(distinct(SearchClick.search_id)))
        .join(SearchLogEntry, SearchLogEntry.id == SearchClick.search_id)
        .where(*period)
    )
    day = func.date(SearchLogEntry.at)
    days = [
        DayCount(str(d), int(n), int(z or 0))
        for d, n, z in session.execute(
            select(
                day,
                func.count(SearchLogEntry.id),
                func.sum(case((SearchLogEntry.result_count == 0, 1), else_=0)),
            )
            .where(*period)
            .group_by(day)
            .order_by(day)
        )
    ]
    return QueryReport(
        since, until, int(totals[0]), int(with_click or 0), len(converted),
        round(float(totals[1] or 0), 2), top, zero, days,
    )  # fmt: skip


def search_report(session: Session, days: int = 30, limit: int = 20) -> dict[str, Any]:
    """Top queries, zero-result queries, click-through and conversion over the last ``days``."""
    if days < 1 or limit < 1:
        raise InvalidInput("Expected days ≥ 1 and limit ≥ 1.")
    now = utcnow()
    report = query_report(session, now - timedelta(days=days), now, limit)
    return {
        "since": report.since.isoformat(),
        "searches": report.searches,
        "click_through_rate": round(report.click_through_rate, 4),
        "conversion_rate": round(report.conversion_rate, 4),
        "avg_latency_ms": report.avg_latency_ms,
        "top_queries": [s.to_dict() for s in report.top],
        "zero_result_queries": [s.to_dict() for s in report.zero],
    }


def suggest(
    session: Session, index: ProductIndex | None, prefix: str, limit: int = 8
) -> list[dict[str, Any]]:
    """Autocomplete: past queries that found something and start with ``prefix`` (most
    searched first, with ``searches``), then product titles containing a word that starts
    with it (with ``product_id`` and ``handle``)."""
    prefix = " ".join(prefix.split()).lower()
    if not prefix:
        return []
    if len(prefix) > 100:
        raise InvalidInput("a suggestion prefix is at most 100 characters")
    since: datetime = utcnow() - timedelta(days=90)
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = session.execute(
        select(func.lower(SearchLogEntry.query), func.count())
        .where(
            func.lower(SearchLogEntry.query).like(pattern, escape="\\"),
            SearchLogEntry.result_count > 0,
            SearchLogEntry.at >= since,
        )
        .group_by(func.lower(SearchLogEntry.query))
        .order_by(func.count().desc(), func.lower(SearchLogEntry.query))
        .limit(limit)
    )
    found = [{"text": q, "kind": "query", "searches": int(n)} for q, n in rows]
    tokens = analyse(prefix)
    if index is not None and tokens and len(found) < limit:
        *head, last = tokens
        match = " ".join([*(fts_phrase(t) for t in head), fts_phrase(last) + "*"])
        seen = {f["text"] for f in found}
        for doc_id, _score in index.lexical(match, limit * 2):
            doc = index.documents([doc_id]).get(doc_id)
            if doc is not None and doc.title.lower() not in seen:
                seen.add(doc.title.lower())
                found.append(
                    {
                        "text": doc.title,
                        "kind": "product",
                        "product_id": doc.id,
                        "handle": doc.handle,
                    }
                )
            if len(found) >= limit:
                break
    return found
