"""Delivery promises: the window a customer is told, derived from the planned arrival."""

from __future__ import annotations

from datetime import datetime, timedelta

from tradewinds.core.errors import InvalidInput


def promise_window(
    eta: datetime,
    requested: tuple[datetime, datetime],
    *,
    width: timedelta = timedelta(hours=1),
    step: timedelta = timedelta(minutes=15),
    origin: datetime | None = None,
) -> tuple[datetime, datetime]:
    """A ``width`` window around ``eta``, on a ``step`` grid, inside ``requested``.

    The window is centred on the planned service start, its start rounded down to the
    grid (counted from ``origin``, the local midnight, so 15-minute steps land on the
    clock's quarter hours), then shifted to lie inside the requested window; a requested
    window shorter than ``width`` is promised whole. The result always contains ``eta``
    when ``eta`` lies in ``requested``.

    Raises
    ------
    InvalidInput
        ``width`` is not positive, ``step`` not in ``(0, width / 2]``, or the requested
        window is reversed.
    """
    start_req, end_req = requested
    if width <= timedelta(0) or not timedelta(0) < step <= width / 2:
        raise InvalidInput("expected width > 0 and 0 < step <= width / 2")
    if end_req < start_req:
        raise InvalidInput(f"requested window ends ({end_req}) before it starts ({start_req})")
    if end_req - start_req <= width:
        return start_req, end_req
    grid = origin if origin is not None else eta.replace(hour=0, minute=0, second=0, microsecond=0)
    start = eta - width / 2
    start -= (start - grid) % step
    end = start + width
    if start < start_req:
        start, end = start_req, start_req + width
    if end > end_req:
        start, end = end_req - width, end_req
    return start, end
