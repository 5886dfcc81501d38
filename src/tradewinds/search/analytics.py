"""Search analytics: clicks, the report (top and zero-result queries, click-through rate)
and query suggestions (autocomplete) from popular queries and product titles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
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
    query: str
    searches: int
    clicks: int
    avg_results: float

    @property
    def ctr(self) -> float:
        return self.clicks / self.searches if self.searches else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "searches": self.searches,
            "clicked_searches": self.clicks,
            "ctr": round(self.ctr, 4),
            "avg_results": round(self.avg_results, 1),
        }


def search_report(session: Session, days: int = 30, limit: int = 20) -> dict[str, Any]:
    """Top queries, zero-result queries and click-through rate over the last ``days``."""
    if days < 1 or limit < 1:
        raise InvalidInput("Expected days ≥ 1 and limit ≥ 1.")
    since = utcnow() - timedelta(days=days)
    clicked = select(SearchClick.search_id).group_by(SearchClick.search_id).subquery("clicked")
    base = (
        select(
            SearchLogEntry.query,
            func.count(SearchLogEntry.id),
            func.count(clicked.c.search_id),
            func.avg(SearchLogEntry.result_count),
        )
        .outerjoin(clicked, clicked.c.search_id == SearchLogEntry.id)
        .where(SearchLogEntry.at >= since)
        .group_by(SearchLogEntry.query)
    )
    top = [
        QueryStat(q, int(n), int(c), float(a or 0))
        for q, n, c, a in session.execute(
            base.order_by(func.count(SearchLogEntry.id).desc(), SearchLogEntry.query).limit(limit)
        )
    ]
    zero = [
        QueryStat(q, int(n), int(c), 0.0)
        for q, n, c, _ in session.execute(
            base.having(func.max(SearchLogEntry.result_count) == 0)
            .order_by(func.count(SearchLogEntry.id).desc(), SearchLogEntry.query)
            .limit(limit)
        )
    ]
    totals = session.execute(
        select(func.count(SearchLogEntry.id), func.avg(SearchLogEntry.latency_ms)).where(
            SearchLogEntry.at >= since
        )
    ).one()
    with_click = session.scalar(
        select(func.count(distinct(SearchClick.search_id)))
        .join(SearchLogEntry, SearchLogEntry.id == SearchClick.search_id)
        .where(SearchLogEntry.at >= since)
    )
    searches = int(totals[0])
    return {
        "since": since.isoformat(),
        "searches": searches,
        "click_through_rate": round((with_click or 0) / searches, 4) if searches else 0.0,
        "avg_latency_ms": round(float(totals[1] or 0), 2),
        "top_queries": [s.to_dict() for s in top],
        "zero_result_queries": [s.to_dict() for s in zero],
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
