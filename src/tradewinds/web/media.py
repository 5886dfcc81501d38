"""``/media/{key}``: the shop's stored images, optionally resized (``?w=320``).

The tenant is the storefront's shop (:mod:`tradewinds.web.shop`), never a part of the URL,
so a key guessed from another shop's pages only reaches this shop's own files. Responses
carry a strong ``ETag`` (``If-None-Match`` gets a 304) and may be cached for a day; a
replaced original changes its ETag and its variants' keys.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import Settings
from tradewinds.store.media import MediaStore, ServedImage, image_for, open_media_store
from tradewinds.web.shop import choose_shop

router = APIRouter(include_in_schema=False)

_CACHE = "public, max-age=86400"
_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": _CACHE,
}


def media_store(request: Request) -> MediaStore:
    """The app's media store, opened from its settings on first use."""
    state = request.app.state
    store = getattr(state, "media_store", None)
    if store is None:
        settings = state.settings
        assert isinstance(settings, Settings)
        store = state.media_store = open_media_store(settings)
    assert isinstance(store, MediaStore)
    return store


@router.api_route("/media/{key:path}", methods=["GET", "HEAD"])
async def media(
    key: str, request: Request, w: Annotated[int | None, Query(ge=1, le=10_000)] = None
) -> Response:
    """One stored image of the storefront's shop; 404 for anything it does not hold."""
    try:
        image = await run_in_threadpool(_image, request, key, w)
    except NotFound:
        return Response("not found", status_code=404, media_type="text/plain")
    except InvalidInput as exc:  # a bad key (e.g. "../") or a width not offered
        return Response(exc.message, status_code=400, media_type="text/plain")
    etag = f'"{image.etag}"'
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers={**_HEADERS, "ETag": etag})
    body = b"" if request.method == "HEAD" else image.data
    headers = {**_HEADERS, "ETag": etag, "Content-Length": str(len(image.data))}
    return Response(body, media_type=image.content_type, headers=headers)


def _image(request: Request, key: str, width: int | None) -> ServedImage:
    state = request.app.state
    shop = choose_shop(state.database.get(), state.settings, request.headers.get("host", ""))
    if shop.tenant is None:
        raise NotFound("no shop")
    return image_for(media_store(request), shop.tenant.id, key, width)
