"""``/admin/search/preview?q=``: the storefront's first page of results for a query, as a
shopper gets it now, with what each merchandising rule did.

It calls ``search_products`` exactly as the storefront's search page does (same page
size, relevance order, rules in force now), with ``explain`` on and ``log`` off, so a
preview is not counted in the analytics. The explain output names every product a rule
pinned, boosted, buried or hid (hidden ones included, which the results no longer show).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput
from tradewinds.search import SearchRequest, check_query_text, rule_entries, search_products
from tradewinds.web.admin.console import AdminRequest
from tradewinds.web.admin.search_tabs import ViewSearchDep, search_response

router = APIRouter(include_in_schema=False)
PER_PAGE = 20  # the storefront's page size (web/storefront/search_page.py)


def preview(console: AdminRequest, query: str) -> dict[str, Any]:
    """The preview's results, each with the rules that moved it, and the hidden products."""
    assert console.tenant is not None
    request = SearchRequest(query=query, per_page=PER_PAGE, explain=True, log=False,
                            source="console", facets=False)  # fmt: skip
    body = search_products(console.db, console.tenant, request, console.settings)
    rules = {r.id: r for r in rule_entries(console.db, console.tenant_id)}
    effects: dict[int, list[dict[str, Any]]] = {}
    hidden = []
    for effect in body["explain"]["merchandising"]:
        described = {**effect, "rule": rules.get(effect["rule_id"])}
        effects.setdefault(effect["product_id"], []).append(described)
        if effect["action"] == "hide":
            hidden.append(described)
    return {
        "total": body["total"],
        "results": [{**r, "effects": effects.get(r["id"], [])} for r in body["results"]],
        "hidden": hidden,
        "note": body.get("note", ""),
    }


@router.get("/admin/search/preview")
async def search_preview(console: ViewSearchDep) -> Response:
    query = console.request.query_params.get("q", "")[:1000]
    errors: dict[str, str] = {}
    found = None
    try:
        check_query_text(query)
        if "q" in console.request.query_params:
            found = await run_in_threadpool(preview, console, query)
    except InvalidInput:
        errors["q"] = "bad_query"
    context = {"query": query, "found": found, "errors": errors}
    status = 422 if errors else 200
    return search_response(console, "admin/search_preview.html", "preview", context, status)
