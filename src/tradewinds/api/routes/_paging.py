"""Turning a store :class:`~tradewinds.store.queries.Page` into the API's page shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request

from tradewinds.api.schemas.common import PageOut
from tradewinds.store.queries import Page

T = TypeVar("T")


def page_out(request: Request, page: Page[Any], convert: Callable[[Any], T]) -> PageOut[T]:
    """``{"items", "total", "limit", "offset", "next"}``; ``next`` keeps the request's filters."""
    following = page.next_offset
    next_url = None
    if following is not None:
        url = request.url.include_query_params(offset=following, limit=page.limit)
        next_url = f"{url.path}?{url.query}"
    return PageOut[T](
        items=[convert(row) for row in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        next=next_url,
    )
