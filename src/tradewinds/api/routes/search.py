"""``/api/v1/search``: product search, clicks, suggestions, the analytics report,
synonyms and reindexing."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from pydantic import Field

from tradewinds.api.deps import DbDep, SessionDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.api.schemas.search import SearchOut
from tradewinds.search import (
    SORTS,
    BadSearchRequest,
    SearchRequest,
    catch_up,
    import_synonyms,
    list_synonyms,
    open_index,
    record_click,
    reindex,
    search_products,
    search_report,
    suggest,
)

router = APIRouter(prefix="/search", tags=["search"])

_PARAMS = {
    "q", "category", "brand", "tag", "min_price", "max_price", "in_stock", "sort", "page",
    "per_page", "limit", "offset", "semantic_ratio", "understand", "drop", "explain",
}  # fmt: skip


@router.get(
    "",
    operation_id="search_products",
    summary="Search products",
    response_model=SearchOut,
    response_model_exclude_unset=True,  # "note" and "explain" only when there is one
    responses=error_responses(400, 401, 404, 422),
)
def search(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    q: Annotated[str, Query(description="The query; empty: popular products.")] = "",
    category: Annotated[str | None, Query(description="Category path or a prefix of it.")] = None,
    brand: str | None = None,
    tag: str | None = None,
    min_price: Annotated[str | None, Query(description="Decimal, e.g. 10")] = None,
    max_price: Annotated[str | None, Query(description="Decimal, e.g. 79.99")] = None,
    in_stock: bool | None = None,
    sort: Annotated[str, Query(description=", ".join(SORTS))] = "relevance",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
    limit: Annotated[
        int | None, Query(ge=1, le=100, description="Instead of per_page (as in products).")
    ] = None,
    offset: Annotated[int | None, Query(ge=0, description="Instead of page.")] = None,
    semantic_ratio: Annotated[float, Query(ge=0, le=1)] = 0.5,
    understand: Annotated[str, Query(description="parser, model or off")] = "parser",
    drop: Annotated[list[str], Query(description="Understood constraints to ignore.")] = [],  # noqa: B006 - FastAPI copies defaults
    explain: bool = False,
) -> dict[str, Any]:
    """Hybrid keyword + semantic search with filters, facets and explanations.

    Attribute filters are ``attr.<key>=<value>`` (``attr.color=red``); any other unknown
    parameter is a 400 error naming it. Page with ``page``/``per_page`` or, as in the
    products API, ``limit``/``offset`` (not both).
    """
    attributes: dict[str, str] = {}
    for name, value in request.query_params.multi_items():
        if name.startswith("attr."):
            attributes[name[5:]] = value
        elif name not in _PARAMS:
            raise BadSearchRequest(
                f"unknown filter field {name!r} (known: {', '.join(sorted(_PARAMS))}, attr.<key>)",
                details={"parameter": name},
            )
    return search_products(
        db,
        tenant,
        SearchRequest(
            query=q,
            category=category,
            brand=brand,
            tag=tag,
            min_price=min_price,
            max_price=max_price,
            in_stock=in_stock,
            attributes=attributes,
            sort=sort,
            page=page,
            per_page=per_page,
            limit=limit,
            offset=offset,
            semantic_ratio=semantic_ratio,
            understand=understand,
            drop=list(drop),
            explain=explain,
            source="api",
        ),
        settings,
    )


class ClickIn(Schema):
    search_id: int = Field(description="The search_id returned by the search.")
    product_id: int
    position: int | None = Field(default=None, ge=1, description="1-based rank clicked.")


class ClickOut(Schema):
    id: int
    search_id: int
    product_id: int | None


@router.post(
    "/clicks",
    operation_id="record_search_click",
    summary="Record a click on a search result",
    status_code=201,
    responses=error_responses(401, 404, 422),
)
def click(body: ClickIn, session: SessionDep) -> ClickOut:
    recorded = record_click(session, body.search_id, body.product_id, body.position)
    return ClickOut(id=recorded.id, search_id=recorded.search_id, product_id=recorded.product_id)


@router.get(
    "/suggest",
    operation_id="suggest_queries",
    summary="Autocomplete suggestions",
    responses=error_responses(401, 404, 422),
)
def suggestions(
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    session: SessionDep,
    q: Annotated[str, Query(max_length=100)],
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
) -> dict[str, Any]:
    catch_up(db, tenant.id, settings)
    index = open_index(settings, tenant.id)
    return {"prefix": q, "suggestions": suggest(session, index, q, limit)}


@router.get(
    "/report",
    operation_id="search_report",
    summary="Top queries, zero-result queries, click-through rate",
    responses=error_responses(401, 404, 422),
)
def report(
    session: SessionDep,
    days: Annotated[int, Query(ge=1, le=3650)] = 30,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    return search_report(session, days=days, limit=limit)


@router.put(
    "/synonyms",
    operation_id="replace_synonyms",
    summary="Replace the synonyms (text body: 'a, b' or 'a => b' per line)",
    responses=error_responses(401, 404, 422),
)
def put_synonyms(
    session: SessionDep,
    text: Annotated[str, Body(media_type="text/plain")],
) -> dict[str, Any]:
    rules = import_synonyms(session, text, "synonyms")
    return {"rules": len(rules)}


@router.get("/synonyms", operation_id="list_synonyms", summary="The synonyms")
def get_synonyms(session: SessionDep) -> dict[str, Any]:
    return {"rules": list_synonyms(session)}


@router.post(
    "/reindex",
    operation_id="reindex_search",
    summary="Rebuild the search index",
    responses=error_responses(401, 404),
)
def post_reindex(db: DbDep, settings: SettingsDep, tenant: TenantDep) -> dict[str, Any]:
    done = reindex(db, tenant.id, settings)
    return {"products": done.products, "seconds": round(done.seconds, 2)}
