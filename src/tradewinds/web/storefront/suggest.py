"""``/search/suggest?q=``: suggestions for the search box while a shopper types (JSON).

The API's ``/api/v1/search/suggest`` needs a key and names its tenant; the pages' script
needs a same-origin address with the storefront's shop (from the host name, like every
page), no key and no session. Both call the search capability's ``suggest``.

A past query is suggested only when it was searched at least :data:`MIN_SEARCHES` times
(and found something) in the last 90 days, so one shopper's one-off query (a name, an
email typed into the wrong box) is never shown to others. Suggestions are read-only: no
cookie is set and nothing is logged. Product titles come from the shop's search index once
a search or the home page has built it; until then only past queries are suggested.

Answers: ``{"query", "suggestions": [{"text", "kind", "href"}]}``; an empty ``q``, an
unknown shop's products or nothing matching give an empty list; a ``q`` over
:data:`MAX_PREFIX_CHARS` characters or with control characters is a 422 in the API's error
shape naming ``q``.
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.search import BadSearchRequest, catch_up, check_query_text, open_index, suggest
from tradewinds.store import tenant_session
from tradewinds.web.page import PageRequest, page_request

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]

MAX_PREFIX_CHARS = 100  # the search capability's limit for a suggestion prefix
MIN_SEARCHES = 2
LIMIT = 8
_HEADERS = {"Cache-Control": "private, max-age=60", "X-Content-Type-Options": "nosniff"}


def storefront_suggestions(page: PageRequest, query: str) -> list[dict[str, Any]]:
    """Suggestions for ``query`` in the page's shop, each with the link it leads to."""
    tenant = page.shop.tenant
    if tenant is None:
        raise NotFound("no shop at this address")
    if len(query) > MAX_PREFIX_CHARS:
        raise InvalidInput(
            f"q: at most {MAX_PREFIX_CHARS} characters are suggested for "
            f"(got {len(query)}); search instead",
            details={"field": "q"},
        )
    try:
        text = check_query_text(query)
    except BadSearchRequest as error:
        raise InvalidInput(f"q: {error.message}", details={"field": "q"}) from None
    if not text.strip():
        return []
    index = open_index(page.settings, tenant.id)
    # A keystroke never builds a shop's whole index (the first search does); once built,
    # catching up is cheap: only what changed since the last look.
    built = index.meta("built") == "1"
    if built:
        catch_up(page.db, tenant.id, page.settings)
    with tenant_session(page.db, tenant.id) as session:
        found = suggest(session, index if built else None, text, LIMIT * 2)
    shown = []
    for item in found:
        if item["kind"] == "query" and item["searches"] >= MIN_SEARCHES:
            href = "/search?" + urlencode({"q": item["text"]})
        elif item["kind"] == "product" and item.get("handle"):
            href = "/products/" + quote(item["handle"])
        else:
            continue
        shown.append({"text": item["text"], "kind": item["kind"], "href": href})
    return shown[:LIMIT]


def _json(body: dict[str, Any]) -> bytes:
    """JSON with ``<``, ``>`` and ``&`` escaped, so no title reads as markup to anything
    that sniffs (the script writes suggestions as text in any case)."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode()


@router.get("/search/suggest")
async def suggestions(page: PageDep, q: str = "") -> Response:
    found = await run_in_threadpool(storefront_suggestions, page, q)
    body = _json({"query": q, "suggestions": found})
    return Response(body, media_type="application/json", headers=_HEADERS)
