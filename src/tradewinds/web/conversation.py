"""Which assistant conversation a browser is in, and who is signed in.

The assistant keeps each conversation as a session with its own token (the
``AssistantSession`` table, made by :func:`tradewinds.assistant.ask`). The storefront keeps
that token in the ``tw_chat`` cookie, bound to the shopper's ``tw_session``: the value is
``<token>.<mac>``, the MAC an HMAC-SHA256 keyed with the session token, so the cookie only
counts next to the session it was made in (a new session, a new conversation) and nothing
is stored on the server for it.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Request
from starlette.responses import Response

from tradewinds.web.session import SESSION_COOKIE

CHAT_COOKIE = "tw_chat"
_CHAT_AGE = 30 * 24 * 3600


def _mac(session: str, conversation: str) -> str:
    message = b"tradewinds-chat-v1:" + conversation.encode()
    return hmac.new(session.encode(), message, hashlib.sha256).hexdigest()[:32]


def conversation_token(request: Request) -> str | None:
    """The assistant session of this browser's conversation, or None (none yet, or the
    cookie belongs to another ``tw_session``)."""
    session = request.cookies.get(SESSION_COOKIE, "")
    conversation, _, mac = request.cookies.get(CHAT_COOKIE, "").partition(".")
    if not session or not conversation or len(conversation) > 64:
        return None
    if not hmac.compare_digest(mac.encode(), _mac(session, conversation).encode()):
        return None
    return conversation


def remember_conversation(response: Response, request: Request, conversation: str) -> None:
    """Keep ``conversation`` for the follow-ups of this browser's session."""
    session = request.cookies.get(SESSION_COOKIE, "")
    response.set_cookie(
        CHAT_COOKIE,
        f"{conversation}.{_mac(session, conversation)}",
        max_age=_CHAT_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


def forget_conversation(response: Response) -> None:
    """End the conversation: the next message starts a new one."""
    response.delete_cookie(CHAT_COOKIE, httponly=True, samesite="lax")


def signed_in_customer(request: Request) -> int | None:
    """The signed-in customer's id, for the assistant's customer context (their orders).

    Hook for the accounts pages: they put the customer's id on ``request.state.customer_id``
    once the shopper has signed in. Until then every shopper is a guest (None).
    """
    customer = getattr(request.state, "customer_id", None)
    return customer if isinstance(customer, int) else None
