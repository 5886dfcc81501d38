"""``search_products``: one search, from raw query to ranked, filtered, faceted page.

Steps: validate → catch the index up with the catalogue → understand the query (filters
and boosts) → analyse (typos, synonyms) → hybrid retrieval under the filters → boosts and
merchandising rules → sort → facets → page → log. With ``explain`` every step's decisions
are returned alongside the results.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tradewinds.core.errors import InvalidInput, ModelUnavailable
from tradewinds.core.money import Money, parse_money
from tradewinds.core.settings import Settings
from tradewinds.search import _state
from tradewinds.search._ranking import apply_boosts, apply_rules, sort_candidates
from tradewinds.search.documents import SearchDocument
from tradewinds.search.encoders import live_encoder
from tradewinds.search.facets import facet_counts
from tradewinds.search.merchandising import ActiveRule, active_rules
from tradewinds.search.ranker import Ranker, tenant_ranker
from tradewinds.search.retrieval import (
    Candidate,
    RetrievalParams,
    dense_query,
    plan_query,
    retrieve,
    settle_translation,
)
from tradewinds.search.sync import catch_up, open_index
from tradewinds.search.understanding import Understanding, extract_query, parse_query
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SearchLogEntry, Tenant

MAX_QUERY_CHARS = 500
SORTS = ("relevance", "price_asc", "price_desc", "newest", "popularity")
UNDERSTAND_MODES = ("parser", "model", "off")


class BadSearchRequest(InvalidInput):
    """A search request we refuse outright (HTTP 400): bad query text, unknown filter field."""

    code = "bad_request"
    http_status = 400


@dataclass
class SearchRequest:
    """One search. Prices are decimal strings in the tenant's currency ("79.99").

    Pages are ``page``/``per_page`` (a search UI's "page 3"); ``limit``/``offset``, as in
    the products API, may be given instead (not both): ``offset`` need not be a multiple
    of ``limit``.
    """

    query: str = ""
    category: str | None = None
    brand: str | None = None
    tag: str | None = None
    min_price: str | None = None
    max_price: str | None = None
    in_stock: bool | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    limit: int | None = None
    offset: int | None = None
    semantic_ratio: float = 0.5
    understand: str = "parser"
    drop: list[str] = field(default_factory=list)
    explain: bool = False
    source: str = "api"
    log: bool = True
    facets: bool = True  # False: no facet counts (a shelf of products needs none)


def check_query_text(query: str) -> str:
    """The query with whitespace collapsed; ``BadSearchRequest`` if binary or too long."""
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co") and not ch.isspace() for ch in query):
        raise BadSearchRequest(
            "the query contains binary or control characters; send plain UTF-8 text"
        )
    if "\ufffd" in query:
        raise BadSearchRequest("the query is not valid UTF-8 text")
    if len(query) > MAX_QUERY_CHARS:
        raise BadSearchRequest(
            f"the query is {len(query)} characters long; at most {MAX_QUERY_CHARS} are "
            "accepted (search for the key words)"
        )
    return " ".join(query.split())


def _validate(request: SearchRequest) -> None:
    if request.sort not in SORTS:
        raise BadSearchRequest(
            f"unknown sort {request.sort!r} (expected one of {', '.join(SORTS)})"
        )
    if request.understand not in UNDERSTAND_MODES:
        raise BadSearchRequest(
            f"unknown understand mode {request.understand!r} (expected parser, model or off)"
        )
    if request.page < 1 or not 1 <= request.per_page <= 100:
        raise BadSearchRequest("expected page ≥ 1 and per_page between 1 and 100")
    if request.limit is not None or request.offset is not None:
        if request.page != 1 or request.per_page != SearchRequest.per_page:
            raise BadSearchRequest("give page/per_page or limit/offset, not both")
        if request.limit is not None and not 1 <= request.limit <= 100:
            raise BadSearchRequest(f"limit: expected 1 to 100, got {request.limit}")
        if request.offset is not None and request.offset < 0:
            raise BadSearchRequest(f"offset: expected ≥ 0, got {request.offset}")
    for key in request.attributes:
        if not key or len(key) > 100 or not key.replace("_", "").replace("-", "").isalnum():
            raise BadSearchRequest(f"attribute filter name {key!r} is not a valid attribute key")


def _price(name: str, text: str | None, currency: str) -> int | None:
    if text is None or text == "":
        return None
    try:
        return parse_money(text, currency).minor
    except InvalidInput as exc:
        raise BadSearchRequest(f"{name}: {exc.message}") from None


def _where(
    request: SearchRequest, understood: Understanding, currency: str
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if request.category:
        clauses.append("(lower(d.category) = ? OR lower(d.category) LIKE ? ESCAPE '\\')")
        value = request.category.strip().lower()
        params += [value, value.replace("%", "\\%").replace("_", "\\_") + " > %"]
    if request.brand:
        clauses.append("lower(d.brand) = ?")
        params.append(request.brand.strip().lower())
    if request.tag:
        clauses.append("EXISTS (SELECT 1 FROM json_each(d.data, '$.tags') WHERE lower(value) = ?)")
        params.append(request.tag.strip().lower())
    filters = understood.filters()
    low = _price("min_price", request.min_price or filters.get("min_price"), currency)
    high = _price("max_price", request.max_price or filters.get("max_price"), currency)
    if low is not None:
        clauses.append("d.max_price >= ?")
        params.append(low)
    if high is not None:
        clauses.append("d.min_price <= ?")
        params.append(high)
    in_stock = (
        request.in_stock
        if request.in_stock is not None
        else (True if filters.get("in_stock") == "true" else None)
    )
    if in_stock is not None:
        clauses.append("d.in_stock = ?")
        params.append(int(in_stock))
    for key, value in request.attributes.items():
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(d.data, '$.attributes') a WHERE a.key = ? AND "
            "(',' || replace(lower(a.value), ', ', ',') || ',') LIKE ?)"
        )
        params += [key.lower(), f"%,{value.strip().lower()},%"]
    return " AND ".join(clauses), params


def _understand(
    request: SearchRequest, text: str, index_facets: dict[str, list[str]]
) -> Understanding:
    if request.understand == "off" or not text:
        return Understanding(text=text, source="off")
    reader = extract_query if request.understand == "model" else parse_query
    understood = reader(text, index_facets["category"], index_facets["brand"])
    understood.drop(request.drop)
    return understood


def search_products(
    db: Database, tenant: Tenant, request: SearchRequest, settings: Settings
) -> dict[str, Any]:
    """Run one search for ``tenant``; see the module docstring. Returns the response body."""
    started = time.perf_counter()
    text = check_query_text(request.query)
    _validate(request)
    params = RetrievalParams(semantic_ratio=request.semantic_ratio)
    catch_up(db, tenant.id, settings)
    index = open_index(settings, tenant.id)
    state = _state.for_index(index)
    understood = _understand(request, text, state.known_values())
    where, where_params = _where(request, understood, tenant.currency)
    with tenant_session(db, tenant.id) as session:
        synonyms = _state.synonyms(session, tenant.id)
        plan = plan_query(
            understood.text,
            state.corrector if params.typo_tolerance else None,
            synonyms,
            state.stats,
            params.common_share,
        )
        rules = active_rules(session, plan.tokens)
    degraded = ""
    ranker = None
    if plan.tokens:
        vector = None
        translated = settle_translation(index, plan, where, where_params)
        if params.semantic_ratio > 0:
            try:
                dense = dense_query(understood.text) if translated else understood.text
                vector = np.asarray(state.embed(dense, settings), dtype=np.float32)
            except ModelUnavailable as exc:  # keywords still work without the model
                degraded = f"semantic search unavailable, keywords only: {exc.message}"
        ranker = tenant_ranker(settings, tenant.id) if request.sort == "relevance" else None
        candidates = retrieve(index, plan, vector, params, where, where_params, ranker, state.stats)
    else:
        candidates = _browse(index, where, where_params)
    docs = index.documents(
        [c.id for c in candidates] + [r.product_id for r in rules if r.product_id]
    )
    notes: dict[int, list[str]] = {}
    effects: list[tuple[int, ActiveRule]] = []
    candidates = apply_boosts(candidates, docs, understood, notes)
    candidates = apply_rules(candidates, docs, rules, notes, where, where_params, index, effects)
    candidates = sort_candidates(candidates, docs, request.sort)
    total = len(candidates)
    first, size = _window(request)
    page = candidates[first : first + size]
    latency_ms = (time.perf_counter() - started) * 1000
    applied = {
        k: v
        for k, v in {
            "category": request.category,
            "brand": request.brand,
            "tag": request.tag,
            "min_price": request.min_price,
            "max_price": request.max_price,
            "in_stock": request.in_stock,
            **{f"attr.{k}": v for k, v in request.attributes.items()},
            **{f"understood.{k}": v for k, v in understood.filters().items()},
        }.items()
        if v is not None
    }
    shown = [c.id for c in page if c.id in docs]
    search_id = _log(
        db, tenant.id, request, text, plan.tokens, applied, total, latency_ms, (shown, first + 1)
    )
    body: dict[str, Any] = {
        "search_id": search_id,
        "query": text,
        "total": total,
        "page": first // size + 1,
        "per_page": size,
        "limit": size,
        "offset": first,
        "sort": request.sort,
        "results": [_result(c, docs[c.id], request.explain, notes) for c in page if c.id in docs],
        "facets": (
            facet_counts([docs[c.id] for c in candidates if c.id in docs]) if request.facets else {}
        ),
        "understanding": understood.to_dict(),
        "filters": applied,
        "latency_ms": round(latency_ms, 2),
    }
    if not plan.tokens and not text:
        body["note"] = "empty query: showing popular products"
    if degraded:
        body["note"] = degraded
    if request.explain:
        body["explain"] = {
            "plan": plan.explain(),
            "semantic_ratio": params.semantic_ratio,
            "rules": [r.label() for r in rules],
            "merchandising": _merchandising(effects, docs),
            "ranker": _ranker_info(ranker),
            "encoder": live_encoder(index) or None,  # None: the deployment's embed model
            "where": where,
        }
    return body


def _merchandising(
    effects: list[tuple[int, ActiveRule]], docs: dict[int, SearchDocument]
) -> list[dict[str, Any]]:
    """Which rule did what to which product (hidden products included, which the results
    no longer show), for the console's live preview."""
    return [
        {
            "product_id": product_id,
            "handle": docs[product_id].handle if product_id in docs else "",
            "title": docs[product_id].title if product_id in docs else "",
            "rule_id": rule.id,
            "action": rule.action.value,
        }
        for product_id, rule in effects
    ]


def _ranker_info(ranker: Ranker | None) -> dict[str, Any] | None:
    """What the explain output says about the learned ranker (None: not used)."""
    if ranker is None:
        return None
    return {k: v for k, v in ranker.to_dict().items() if k != "features"}


def _browse(index: Any, where: str, where_params: list[Any]) -> list[Candidate]:
    sql = f"SELECT d.id, d.popularity FROM docs d{' WHERE ' + where if where else ''} "
    rows = index.query(sql + "ORDER BY d.popularity DESC, d.id LIMIT 1000", where_params)
    return [Candidate(int(r[0]), score=float(r[1])) for r in rows]


def _window(request: SearchRequest) -> tuple[int, int]:
    """The first result's index and the page size, from page/per_page or limit/offset."""
    if request.limit is not None or request.offset is not None:
        return request.offset or 0, request.limit or request.per_page
    return (request.page - 1) * request.per_page, request.per_page


def _money(minor: int, currency: str) -> dict[str, Any] | None:
    """The products API's money object (``MoneyOut``); None without a currency (no variants)."""
    if not currency:
        return None
    money = Money(minor, currency)
    return {"amount": money.format_plain(), "currency": money.currency, "minor": money.minor}


def _result(
    c: Candidate, doc: SearchDocument, explain: bool, notes: dict[int, list[str]]
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": doc.id,
        "handle": doc.handle,
        "title": doc.title,
        "brand": doc.brand,
        "category": doc.category,
        "price": _money(doc.min_price, doc.currency),
        "max_price": _money(doc.max_price, doc.currency),
        "in_stock": doc.in_stock,
        "score": round(c.score, 6),
    }
    if explain:
        item["explain"] = {**c.explain(), "adjustments": notes.get(c.id, [])}
    return item


def _log(
    db: Database,
    tenant_id: int,
    request: SearchRequest,
    text: str,
    tokens: list[str],
    applied: dict[str, Any],
    total: int,
    latency_ms: float,
    shown: tuple[list[int], int],
) -> int | None:
    if not request.log:
        return None
    with tenant_session(db, tenant_id) as session:
        entry = SearchLogEntry(
            query=text[:500],
            normalised=" ".join(tokens)[:500],
            filters=json.dumps(applied, default=str, sort_keys=True),
            result_count=total,
            latency_ms=round(latency_ms, 2),
            source=request.source[:16],
            shown=json.dumps(shown[0]),
            shown_from=shown[1],
        )
        session.add(entry)
        session.flush()
        return entry.id
