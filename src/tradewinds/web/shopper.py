"""Who is shopping, as the recommendation and event records know them.

The ``tw_session`` cookie is a credential (it names the cart and keys the CSRF tokens), so
it is never stored with events: records carry :func:`visitor_id`, a one-way hash of it.
A signed-in shopper is also known by their customer id (the accounts hook,
``request.state.customer_id``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from fastapi import Request

from tradewinds.web.conversation import signed_in_customer
from tradewinds.web.session import session_token


def visitor_id(session: str) -> str:
    """The opaque id stored for a session token (32 hex characters; not reversible).

    >>> len(visitor_id("a" * 43))
    32
    """
    return hashlib.sha256(b"tradewinds-visitor-v1:" + session.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Shopper:
    """The request's signed-in customer (or None) and its session's visitor id."""

    customer_id: int | None
    session_id: str


def current_shopper(request: Request) -> Shopper:
    """The shopper of ``request`` (a new session's id when the cookie is being set)."""
    session, _ = session_token(request)
    return Shopper(signed_in_customer(request), visitor_id(session))
